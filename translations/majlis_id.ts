<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Could not open %1 as an archive: %2</source>
        <translation type="unfinished">Tidak dapat membuka %1 sebagai arsip: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not an archive Majlis reads (.tar.gz or .zip): %2</source>
        <translation type="unfinished">%1 rusak atau bukan arsip yang dibaca Majlis (.tar.gz atau .zip): %2</translation>
    </message>
    <message>
        <source>%1 was refused: its entry &quot;%2&quot; points outside the folder it would be unpacked into. Nothing was imported; download the data set again from its source.</source>
        <translation type="unfinished">%1 ditolak: entrinya &quot;%2&quot; menunjuk ke luar folder tempat ia akan dibongkar. Tidak ada yang diimpor; unduh lagi kumpulan data dari sumbernya.</translation>
    </message>
    <message>
        <source>%1 was refused: its file &quot;%2&quot; is larger than any file of a member list.</source>
        <translation type="unfinished">%1 ditolak: berkasnya &quot;%2&quot; lebih besar daripada berkas daftar anggota mana pun.</translation>
    </message>
    <message>
        <source>%1 is damaged: its file &quot;%2&quot; cannot be read (%3).</source>
        <translation type="unfinished">%1 rusak: berkasnya &quot;%2&quot; tidak dapat dibaca (%3).</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>That legislature is not in this workspace.</source>
        <translation type="unfinished">Badan legislatif itu tidak ada di ruang kerja ini.</translation>
    </message>
    <message>
        <source>No legislature &quot;%1&quot; in this workspace; `majlis-cli bodies list` shows the codes, and importing a legislature&apos;s members adds it.</source>
        <translation type="unfinished">Tidak ada badan legislatif &quot;%1&quot; di ruang kerja ini; `majlis-cli bodies list` menampilkan kodenya, dan mengimpor anggota sebuah badan legislatif akan menambahkannya.</translation>
    </message>
    <message>
        <source>A legislature needs a code and a name.</source>
        <translation type="unfinished">Badan legislatif memerlukan kode dan nama.</translation>
    </message>
    <message>
        <source>A building of the group &quot;%1&quot; has no name; name it or leave its group empty.</source>
        <translation type="unfinished">Sebuah gedung dalam kelompok &quot;%1&quot; tidak bernama; beri nama atau kosongkan kelompoknya.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; a building belongs to one group.</source>
        <translation type="unfinished">&quot;%1&quot; tercantum dua kali; satu gedung hanya termasuk satu kelompok.</translation>
    </message>
</context>
<context>
    <name>BundledCongress</name>
    <message>
        <source>This build of Majlis was made without the members of Congress; import legislators-current.csv from the congress-legislators project instead.</source>
        <translation type="unfinished">Versi Majlis ini dibuat tanpa anggota Kongres; impor legislators-current.csv dari proyek congress-legislators sebagai gantinya.</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Say which campaign the answer was given in.</source>
        <translation>Sebutkan di kampanye mana jawaban itu diberikan.</translation>
    </message>
    <message>
        <source>Say which election the pledges or votes are for.</source>
        <translation>Sebutkan pemilu mana yang dimaksud oleh janji atau suara itu.</translation>
    </message>
    <message>
        <source>Say which legislature the district is of.</source>
        <translation>Sebutkan lembaga legislatif mana pemilik daerah pemilihan itu.</translation>
    </message>
    <message>
        <source>Name at least one volunteer to give the list to.</source>
        <translation>Sebutkan sedikitnya satu relawan yang menerima daftar ini.</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>The campaign &quot;%1&quot; is closed.</source>
        <translation>Kampanye &quot;%1&quot; sudah ditutup.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is closed and takes no more results.</source>
        <translation>Kampanye &quot;%1&quot; sudah ditutup dan tidak menerima hasil lagi.</translation>
    </message>
    <message>
        <source>Answers are recorded only for a person who was reached.</source>
        <translation>Jawaban hanya dicatat untuk orang yang berhasil dihubungi.</translation>
    </message>
    <message>
        <source>A refusal opts out as &quot;refused&quot; or &quot;hostile&quot;.</source>
        <translation>Penolakan mencatat berhenti sebagai &quot;refused&quot; atau &quot;hostile&quot;.</translation>
    </message>
    <message>
        <source>This person is not on the campaign&apos;s list.</source>
        <translation>Orang ini tidak ada di daftar kampanye.</translation>
    </message>
</context>
<context>
    <name>CampaignExport</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telepon</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">Penelepon</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Hasil</translation>
    </message>
    <message>
        <source>Result Name</source>
        <translation type="unfinished">Hasil (teks)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation type="unfinished">Dicatat (UTC)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished">Tindak lanjut</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished">Tolak dihubungi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ya</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished">Urutan</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Jalan</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Kota</translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation type="unfinished">Kode pos</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Bahasa</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">Relawan</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Percobaan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Selesai</translation>
    </message>
    <message>
        <source>Last Result</source>
        <translation type="unfinished">Hasil terakhir</translation>
    </message>
</context>
<context>
    <name>CampaignProgress</name>
    <message numerus="yes">
        <source>%n results entered within one minute</source>
        <translation>
            <numerusform>%n hasil dimasukkan dalam satu menit</numerusform>
        </translation>
    </message>
    <message>
        <source>reached %1% of the people called; most phone banks reach far fewer</source>
        <translation>menjangkau %1% orang yang ditelepon; kebanyakan bank telepon menjangkau jauh lebih sedikit</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>Give the election a name.</source>
        <translation>Beri nama untuk pemilu ini.</translation>
    </message>
    <message>
        <source>The election no longer exists.</source>
        <translation>Pemilu ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>No election is called &quot;%1&quot;.</source>
        <translation>Tidak ada pemilu bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>More than one election&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>Lebih dari satu id pemilu diawali &quot;%1&quot;; berikan lebih panjang.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Beri nama untuk kampanye ini.</translation>
    </message>
    <message>
        <source>The campaign must end on or after the day it starts.</source>
        <translation>Kampanye harus berakhir pada hari mulainya atau sesudahnya.</translation>
    </message>
    <message>
        <source>A get-out-the-vote drive needs the election it is for.</source>
        <translation>Gerakan ajakan memilih membutuhkan pemilu yang dituju.</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>Kampanye ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>No campaign is called &quot;%1&quot;.</source>
        <translation>Tidak ada kampanye bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>More than one campaign&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>Lebih dari satu id kampanye diawali &quot;%1&quot;; berikan lebih panjang.</translation>
    </message>
</context>
<context>
    <name>CampaignScriptFormat</name>
    <message>
        <source>The script is not valid YAML (line %1): %2</source>
        <translation>Naskah ini bukan YAML yang sah (baris %1): %2</translation>
    </message>
    <message>
        <source>A script starts with &quot;introduction:&quot; and &quot;questions:&quot;.</source>
        <translation>Naskah diawali &quot;introduction:&quot; dan &quot;questions:&quot;.</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list of questions.</source>
        <translation>&quot;questions&quot; harus berupa daftar pertanyaan.</translation>
    </message>
    <message>
        <source>Question %1 needs a key of letters, digits, &apos;_&apos; or &apos;-&apos; (at most 40).</source>
        <translation>Pertanyaan %1 perlu kunci berupa huruf, angka, &apos;_&apos; atau &apos;-&apos; (paling banyak 40).</translation>
    </message>
    <message>
        <source>Two questions have the key &quot;%1&quot;.</source>
        <translation>Dua pertanyaan memakai kunci &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has no text to read.</source>
        <translation>Pertanyaan &quot;%1&quot; tidak punya teks untuk dibacakan.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has the kind &quot;%2&quot;; use single, multiple, yes_no or text.</source>
        <translation>Pertanyaan &quot;%1&quot; berjenis &quot;%2&quot;; gunakan single, multiple, yes_no atau text.</translation>
    </message>
    <message>
        <source>An answer of question &quot;%1&quot; needs a key of letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Sebuah jawaban pertanyaan &quot;%1&quot; perlu kunci berupa huruf, angka, &apos;_&apos; atau &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has two answers with the key &quot;%2&quot;.</source>
        <translation>Pertanyaan &quot;%1&quot; punya dua jawaban berkunci &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; of question &quot;%2&quot; has the action &quot;%3&quot;; use pledge, follow_up, do_not_contact or tag:NAME.</source>
        <translation>Jawaban &quot;%1&quot; dari pertanyaan &quot;%2&quot; bertindakan &quot;%3&quot;; gunakan pledge, follow_up, do_not_contact atau tag:NAMA.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Tidak</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes free text and cannot list answers.</source>
        <translation>Pertanyaan &quot;%1&quot; menerima teks bebas dan tidak bisa mendaftar jawaban.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; lists no answers to choose from.</source>
        <translation>Pertanyaan &quot;%1&quot; tidak mencantumkan jawaban untuk dipilih.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has more than nine answers; a caller picks them with keys 1 to 9.</source>
        <translation>Pertanyaan &quot;%1&quot; punya lebih dari sembilan jawaban; penelepon memilihnya dengan tombol 1 sampai 9.</translation>
    </message>
    <message>
        <source>The script has no question &quot;%1&quot;.</source>
        <translation>Naskah tidak punya pertanyaan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes text.</source>
        <translation>Pertanyaan &quot;%1&quot; menerima teks.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes a list of answers.</source>
        <translation>Pertanyaan &quot;%1&quot; menerima daftar jawaban.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of question &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; bukan jawaban pertanyaan &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ChapterRepository</name>
    <message>
        <source>A chapter needs a name.</source>
        <translation type="unfinished">Cabang memerlukan nama.</translation>
    </message>
    <message>
        <source>There is already a chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">Sudah ada cabang bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">Tidak ada cabang bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The chapter no longer exists.</source>
        <translation type="unfinished">Cabang sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>same email</source>
        <translation type="unfinished">email sama</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished">telepon sama</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">nama sama</translation>
    </message>
</context>
<context>
    <name>ConflictLog</name>
    <message>
        <source>This conflict is no longer in the log.</source>
        <translation type="unfinished">Konflik ini sudah tidak ada dalam log.</translation>
    </message>
    <message>
        <source>This conflict names a field Majlis does not know, so it cannot be restored.</source>
        <translation type="unfinished">Konflik ini menyebut kolom yang tidak dikenal Majlis, sehingga tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>The record this value belonged to has been deleted since.</source>
        <translation type="unfinished">Catatan pemilik nilai ini sudah dihapus sejak saat itu.</translation>
    </message>
</context>
<context>
    <name>ConflictLogModel</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Nama depan</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nama keluarga</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Nama panggilan</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Jalan</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Kota</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Wilayah</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Kode pos</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Negara</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Negara bagian</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrik</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Cabang</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Bahasa</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organisasi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Peran</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished">Keahlian</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">Minat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Catatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">Dihapus</translation>
    </message>
</context>
<context>
    <name>ContactChoice</name>
    <message>
        <source>One Person</source>
        <translation type="unfinished">Satu Orang</translation>
    </message>
    <message>
        <source>Tick only one person.</source>
        <translation type="unfinished">Centang hanya satu orang.</translation>
    </message>
</context>
<context>
    <name>ContactDirectory</name>
    <message>
        <source>&quot;%1&quot; is not a contact id; use the id shown by &quot;contacts list&quot; (at least 4 characters).</source>
        <translation type="unfinished">&quot;%1&quot; bukan id kontak; gunakan id yang ditampilkan oleh &quot;contacts list&quot; (minimal 4 karakter).</translation>
    </message>
    <message>
        <source>No contact has the id %1.</source>
        <translation type="unfinished">Tidak ada kontak dengan id %1.</translation>
    </message>
    <message>
        <source>More than one contact has an id starting with %1; give more of it.</source>
        <translation type="unfinished">Lebih dari satu kontak memiliki id yang diawali %1; berikan lebih banyak karakternya.</translation>
    </message>
</context>
<context>
    <name>ContactDistricts</name>
    <message>
        <source>That contact is not in this workspace.</source>
        <translation type="unfinished">Kontak itu tidak ada di ruang kerja ini.</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished">dimasukkan manual</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">dikonfirmasi</translation>
    </message>
    <message>
        <source>estimated from the postcode</source>
        <translation type="unfinished">diperkirakan dari kode pos</translation>
    </message>
    <message>
        <source>to choose</source>
        <translation type="unfinished">perlu dipilih</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot; with districts.</source>
        <translation type="unfinished">%1 tidak memiliki kamar &quot;%2&quot; dengan daerah pemilihan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it with its state, such as MI-12 (MI-0 or MI-AL at-large).</source>
        <translation type="unfinished">&quot;%1&quot; bukan kursi DPR AS; tulis dengan negara bagiannya, misalnya MI-12 (MI-0 atau MI-AL untuk kursi seluruh negara bagian).</translation>
    </message>
    <message>
        <source>Name the district to choose.</source>
        <translation type="unfinished">Sebutkan daerah pemilihan yang dipilih.</translation>
    </message>
    <message>
        <source>The contact has no district there to confirm yet; choose one first (--set).</source>
        <translation type="unfinished">Kontak belum memiliki daerah pemilihan di sana untuk dikonfirmasi; pilih dulu (--set).</translation>
    </message>
    <message>
        <source>The contact has no district there to check.</source>
        <translation type="unfinished">Kontak tidak memiliki daerah pemilihan di sana untuk diperiksa.</translation>
    </message>
    <message>
        <source>No current member of the %1 of %2 holds district &quot;%3&quot;. Check the district, or import the current members if the districts were redrawn.</source>
        <translation type="unfinished">Tidak ada anggota %1 dari %2 saat ini yang mewakili distrik «%3». Periksa distriknya, atau impor anggota terkini jika distrik telah digambar ulang.</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">email sama %1</translation>
    </message>
    <message>
        <source>same email as line %1 of this file</source>
        <translation type="unfinished">email sama dengan baris %1 di berkas ini</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">telepon sama %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">nama dan kode pos sama</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds.</source>
        <translation type="unfinished">Pilih isi setiap kolom berkas.</translation>
    </message>
    <message>
        <source>No column holds a name: map at least one column to a name field.</source>
        <translation type="unfinished">Tidak ada kolom yang berisi nama: petakan setidaknya satu kolom ke kolom nama.</translation>
    </message>
    <message>
        <source>The line has more fields than the header; the extra fields were left out.</source>
        <translation type="unfinished">Baris ini memiliki lebih banyak kolom daripada tajuk; kolom tambahan diabaikan.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished">Dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district number; it was left out.</source>
        <translation type="unfinished">&quot;%1&quot; bukan nomor distrik; diabaikan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; the birthday was left out.</source>
        <translation type="unfinished">&quot;%1&quot; bukan tanggal; tanggal lahir diabaikan.</translation>
    </message>
    <message>
        <source>Line %1 could not be merged: %2</source>
        <translation type="unfinished">Baris %1 tidak dapat digabungkan: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished">Impor dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Masalah</translation>
    </message>
</context>
<context>
    <name>ContactMerger</name>
    <message>
        <source>A record the merge needs is missing (%1 %2).</source>
        <translation type="unfinished">Catatan yang diperlukan untuk penggabungan tidak ada (%1 %2).</translation>
    </message>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation type="unfinished">Pilih dua kontak yang berbeda untuk digabungkan.</translation>
    </message>
    <message>
        <source>%1 or %2 changed after they were merged, so the merge cannot be undone without losing that change.</source>
        <translation type="unfinished">%1 atau %2 berubah setelah digabungkan, sehingga penggabungan tidak dapat diurungkan tanpa kehilangan perubahan itu.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>Contact %1 (%2): %3</source>
        <translation type="unfinished">Kontak %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cancelled; no contacts were added.</source>
        <translation type="unfinished">Dibatalkan; tidak ada kontak yang ditambahkan.</translation>
    </message>
    <message>
        <source>Enter at least one tag.</source>
        <translation type="unfinished">Masukkan setidaknya satu tag.</translation>
    </message>
    <message>
        <source>The contact was deleted meanwhile; nothing was saved.</source>
        <translation type="unfinished">Kontak telah dihapus sementara itu; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">Kontak sudah tidak ada; mungkin telah dihapus.</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>The email address is empty.</source>
        <translation type="unfinished">Alamat email kosong.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains a space.</source>
        <translation type="unfinished">Alamat email &quot;%1&quot; mengandung spasi.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no @ sign; it should look like name@example.org.</source>
        <translation type="unfinished">Alamat email &quot;%1&quot; tidak memiliki tanda @; seharusnya seperti nama@example.org.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing before the @ sign.</source>
        <translation type="unfinished">Alamat email &quot;%1&quot; tidak memiliki apa pun sebelum tanda @.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has more than one @ sign.</source>
        <translation type="unfinished">Alamat email &quot;%1&quot; memiliki lebih dari satu tanda @.</translation>
    </message>
    <message>
        <source>The part after @ in &quot;%1&quot; is not a valid domain such as example.org.</source>
        <translation type="unfinished">Bagian setelah @ pada &quot;%1&quot; bukan domain yang valid seperti example.org.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished">Nomor telepon kosong.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may contain only digits, spaces, + ( ) - . and /.</source>
        <translation type="unfinished">Nomor telepon &quot;%1&quot; hanya boleh berisi angka, spasi, + ( ) - . dan /.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is too short.</source>
        <translation type="unfinished">Nomor telepon &quot;%1&quot; terlalu pendek.</translation>
    </message>
    <message>
        <source>Enter a given name, a family name or a preferred name.</source>
        <translation type="unfinished">Masukkan nama depan, nama keluarga, atau nama panggilan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a U.S. state code; use two letters such as MI or CA.</source>
        <translation type="unfinished">&quot;%1&quot; bukan kode negara bagian AS; gunakan dua huruf seperti MI atau CA.</translation>
    </message>
    <message>
        <source>A congressional district needs a state.</source>
        <translation type="unfinished">Distrik kongres memerlukan negara bagian.</translation>
    </message>
    <message>
        <source>District %1 does not exist; use 0 for an at-large seat or 1 to %2.</source>
        <translation type="unfinished">Distrik %1 tidak ada; gunakan 0 untuk kursi at-large atau 1 hingga %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: check the country code and the number of digits after it.</source>
        <translation type="unfinished">&quot;%1&quot; bukan nomor telepon: periksa kode negara dan jumlah digit setelahnya.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; does not look like a whole number in %2: check the digits and the area code, or write it with + and the country code.</source>
        <translation type="unfinished">Nomor telepon &quot;%1&quot; tidak tampak seperti nomor lengkap di %2: periksa digit dan kode area, atau tulis dengan + dan kode negara.</translation>
    </message>
</context>
<context>
    <name>CreateContactCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished">Tambah %1</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file ends inside a quoted field that starts on line %1; it may be cut short.</source>
        <translation type="unfinished">Berkas berakhir di dalam kolom berkutip yang dimulai pada baris %1; berkas mungkin terpotong.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished">Berkas kosong: tidak memiliki baris tajuk.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header names only %3.</source>
        <translation type="unfinished">Baris %1 memiliki %2 kolom tetapi tajuk hanya menyebutkan %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder. Choose a workspace file instead.</source>
        <translation type="unfinished">%1 adalah folder. Pilih berkas ruang kerja.</translation>
    </message>
    <message>
        <source>Majlis cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished">Majlis tidak dapat membaca %1: %2. Periksa izin berkas tersebut.</translation>
    </message>
    <message>
        <source>%1 is not a Majlis workspace (it is not an SQLite database). Choose another file.</source>
        <translation type="unfinished">%1 bukan ruang kerja Majlis (bukan basis data SQLite). Pilih berkas lain.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation type="unfinished">%1 hanya-baca. Salin ke folder yang dapat Anda tulisi, atau ubah izinnya.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, and Majlis needs to write beside the workspace. Move the file to a writable folder.</source>
        <translation type="unfinished">Folder %1 hanya-baca, dan Majlis perlu menulis di samping ruang kerja. Pindahkan berkas ke folder yang dapat ditulisi.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation type="unfinished">Tidak ada ruang kerja di %1.</translation>
    </message>
    <message>
        <source>Majlis cannot create the folder %1. Choose a location you can write to.</source>
        <translation type="unfinished">Majlis tidak dapat membuat folder %1. Pilih lokasi yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <source>Majlis cannot create a workspace in %1: %2. Choose a location you can write to.</source>
        <translation type="unfinished">Majlis tidak dapat membuat ruang kerja di %1: %2. Pilih lokasi yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 rusak dan tidak dapat dibuka. Pulihkan dari cadangan atau salinan yang disinkronkan.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 rusak (%2). Pulihkan dari cadangan atau salinan yang disinkronkan.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database from another program, not a Majlis workspace. Choose another file.</source>
        <translation type="unfinished">%1 adalah basis data SQLite dari program lain, bukan ruang kerja Majlis. Pilih berkas lain.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Majlis (workspace format %2; this version reads up to %3). Update Majlis to open it.</source>
        <translation type="unfinished">%1 ditulis oleh versi Majlis yang lebih baru (format ruang kerja %2; versi ini membaca hingga %3). Perbarui Majlis untuk membukanya.</translation>
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
        <translation type="unfinished">Tanggal Hijriah mengikuti kalender Islam sipil (tabular). Di tempat bulan dimulai dengan rukyat hilal atau menurut kalender Umm al-Qura, tanggal yang diumumkan setempat bisa berbeda satu hari.</translation>
    </message>
</context>
<context>
    <name>DayExport</name>
    <message>
        <source>Meeting with %1</source>
        <translation type="unfinished">Pertemuan dengan %1</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1, ruang %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished">Tempat: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">Tim: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">Ketua: %1</translation>
    </message>
    <message>
        <source>The asks:</source>
        <translation type="unfinished">Permintaan:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Selesai</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Kantor</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Majelis</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">Kursi</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Gedung</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Ruang</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Ketua</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">Tim</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Disematkan</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">Terlaksana</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Dibatalkan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">Direncanakan</translation>
    </message>
    <message>
        <source>Senate</source>
        <translation type="unfinished">Senat</translation>
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished">DPR</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Tidak</translation>
    </message>
</context>
<context>
    <name>DayPlanner</name>
    <message>
        <source>There are no members of %1 in this workspace yet; import its current members first.</source>
        <translation type="unfinished">Belum ada anggota %1 di ruang kerja ini; impor dulu anggotanya saat ini.</translation>
    </message>
</context>
<context>
    <name>DayRepository</name>
    <message>
        <source>Give the day a title.</source>
        <translation type="unfinished">Beri judul untuk hari ini.</translation>
    </message>
    <message>
        <source>Choose the day&apos;s date.</source>
        <translation type="unfinished">Pilih tanggal hari ini.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation type="unfinished">&quot;%1&quot; bukan zona waktu yang dikenal komputer ini.</translation>
    </message>
    <message>
        <source>The meeting window must start before it ends, within the day.</source>
        <translation type="unfinished">Jendela pertemuan harus dimulai sebelum berakhir, dalam hari yang sama.</translation>
    </message>
    <message>
        <source>A meeting slot must be at least 5 minutes and fit in the window.</source>
        <translation type="unfinished">Slot pertemuan harus minimal 5 menit dan muat dalam jendela.</translation>
    </message>
    <message>
        <source>A team needs room for at least one person.</source>
        <translation type="unfinished">Tim memerlukan tempat untuk setidaknya satu orang.</translation>
    </message>
    <message>
        <source>Walking times cannot be negative.</source>
        <translation type="unfinished">Waktu berjalan kaki tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The advocacy day no longer exists.</source>
        <translation type="unfinished">Hari advokasi sudah tidak ada.</translation>
    </message>
    <message>
        <source>There is no advocacy day &quot;%1&quot;.</source>
        <translation type="unfinished">Tidak ada hari advokasi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 advocacy days; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; cocok dengan %2 hari advokasi; berikan lebih banyak karakter id.</translation>
    </message>
    <message>
        <source>A contact to register no longer exists; nothing was added.</source>
        <translation type="unfinished">Kontak yang akan didaftarkan sudah tidak ada; tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <source>The time must end after it starts.</source>
        <translation type="unfinished">Waktu harus berakhir setelah dimulai.</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>Hapus %n kontak</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoAdvocacy</name>
    <message>
        <source>Capitol Advocacy Day (demo)</source>
        <translation type="unfinished">Hari Advokasi di Capitol (demo)</translation>
    </message>
    <message>
        <source>Civil rights and community safety</source>
        <translation type="unfinished">Hak sipil dan keamanan komunitas</translation>
    </message>
    <message>
        <source>Protect travellers from profiling by religion or origin</source>
        <translation type="unfinished">Lindungi pelancong dari profiling berdasarkan agama atau asal</translation>
    </message>
    <message>
        <source>Share a story of a family stopped at the border; ask the office to speak up.</source>
        <translation type="unfinished">Ceritakan kisah keluarga yang dihentikan di perbatasan; minta kantor untuk bersuara.</translation>
    </message>
    <message>
        <source>Fund community violence-prevention grants</source>
        <translation type="unfinished">Danai hibah pencegahan kekerasan komunitas</translation>
    </message>
    <message>
        <source>Name the programmes in your district that the grants keep open.</source>
        <translation type="unfinished">Sebutkan program di distrik Anda yang tetap berjalan berkat hibah tersebut.</translation>
    </message>
</context>
<context>
    <name>DistrictFill</name>
    <message>
        <source>No postcode file was imported for %1; import one with &quot;majlis-cli districts import FILE --body %2 --chamber house&quot; (or senate).</source>
        <translation type="unfinished">Belum ada berkas kode pos yang diimpor untuk %1; impor dengan &quot;majlis-cli districts import FILE --body %2 --chamber house&quot; (atau senate).</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">email sama %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">telepon sama %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">nama dan kode pos sama</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">nama sama</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation type="unfinished">Pencarian duplikat dibatalkan.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">Kontak sudah tidak ada; mungkin telah dihapus.</translation>
    </message>
</context>
<context>
    <name>EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished">Sunting %1</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Give the event a title.</source>
        <translation type="unfinished">Beri judul untuk acara.</translation>
    </message>
    <message>
        <source>Give the date and time the event starts.</source>
        <translation type="unfinished">Berikan tanggal dan waktu acara dimulai.</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation type="unfinished">Acara harus berakhir setelah dimulai.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation type="unfinished">Acara sudah tidak ada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 events; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; cocok dengan %2 acara; berikan lebih banyak karakter id.</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;.</source>
        <translation type="unfinished">Tidak ada acara &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telepon</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Terdaftar</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">Tanpa daftar</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Sudah check-in</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Tidak</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished">Alamat server harus diawali https://.</translation>
    </message>
    <message>
        <source>No certificate or fingerprint is set for this server, so it cannot be trusted.</source>
        <translation type="unfinished">Tidak ada sertifikat atau sidik jari yang diatur untuk server ini, sehingga server ini tidak dapat dipercaya.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one set for this organization.</source>
        <translation type="unfinished">Sertifikat server bukan sertifikat yang diatur untuk organisasi ini.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted for this organization (%1).</source>
        <translation type="unfinished">Sertifikat server tidak dipercaya untuk organisasi ini (%1).</translation>
    </message>
    <message>
        <source>The sync server answered with a redirect to another address; Majlis does not follow it. Check the server address.</source>
        <translation type="unfinished">Server sinkronisasi menjawab dengan pengalihan ke alamat lain; Majlis tidak mengikutinya. Periksa alamat server.</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Line %1 is not an iCalendar line (NAME:value): &quot;%2&quot;.</source>
        <translation type="unfinished">Baris %1 bukan baris iCalendar (NAME:value): &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, which is not the open component.</source>
        <translation type="unfinished">Baris %1 mengakhiri %2, yang bukan komponen yang sedang terbuka.</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation type="unfinished">Baris %1 berada di luar BEGIN:VCALENDAR … END:VCALENDAR.</translation>
    </message>
    <message>
        <source>%1 opened on line %2 is never closed; the file may be cut short.</source>
        <translation type="unfinished">%1 yang dibuka pada baris %2 tidak pernah ditutup; berkas mungkin terpotong.</translation>
    </message>
    <message>
        <source>The file holds no calendar.</source>
        <translation type="unfinished">Berkas tidak berisi kalender.</translation>
    </message>
    <message>
        <source>%1 names the time zone &quot;%2&quot;, which this computer does not know; its time %3 is kept as written, without a zone.</source>
        <translation type="unfinished">%1 menyebut zona waktu &quot;%2&quot;, yang tidak dikenal komputer ini; waktunya %3 disimpan seperti tertulis, tanpa zona.</translation>
    </message>
</context>
<context>
    <name>InteractionLog</name>
    <message>
        <source>Give the date of the interaction.</source>
        <translation type="unfinished">Berikan tanggal interaksi.</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation type="unfinished">Jelaskan secara singkat apa yang terjadi.</translation>
    </message>
</context>
<context>
    <name>Itineraries</name>
    <message>
        <source>Team for %1</source>
        <translation type="unfinished">Tim untuk %1</translation>
    </message>
    <message>
        <source>No meetings are scheduled yet.</source>
        <translation type="unfinished">Belum ada pertemuan yang dijadwalkan.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Waktu</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Kantor</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Gedung</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Ruang</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">Tim</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">Ketua: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Dibatalkan</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">Permintaan</translation>
    </message>
</context>
<context>
    <name>ItineraryPdf</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorFile</name>
    <message>
        <source>This is not a congress-legislators file: it has no &quot;%1&quot; column.</source>
        <translation type="unfinished">Ini bukan berkas congress-legislators: tidak memiliki kolom &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: it needs a bioguide id, a state and a type of &quot;sen&quot; or &quot;rep&quot;.</source>
        <translation type="unfinished">Baris %1 dilewati: memerlukan id bioguide, negara bagian, dan jenis &quot;sen&quot; atau &quot;rep&quot;.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: %2 is listed twice.</source>
        <translation type="unfinished">Baris %1 dilewati: %2 tercantum dua kali.</translation>
    </message>
    <message>
        <source>%1 has no Capitol office building in the address &quot;%2&quot;; add it by hand before scheduling meetings with this office.</source>
        <translation type="unfinished">%1 tidak memiliki gedung kantor Capitol dalam alamat &quot;%2&quot;; tambahkan secara manual sebelum menjadwalkan pertemuan dengan kantor ini.</translation>
    </message>
    <message>
        <source>The file lists no members of Congress.</source>
        <translation type="unfinished">Berkas tidak mencantumkan anggota Kongres.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">Tidak dapat membaca %1: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorRepository</name>
    <message>
        <source>No member of Congress has the bioguide id &quot;%1&quot;; import the current legislators first.</source>
        <translation type="unfinished">Tidak ada anggota Kongres dengan id bioguide &quot;%1&quot;; impor anggota legislatif saat ini terlebih dahulu.</translation>
    </message>
    <message>
        <source>A member of %1 has no id, so a later import could not find them again.</source>
        <translation type="unfinished">Seorang anggota %1 tidak memiliki id, sehingga impor berikutnya tidak dapat menemukannya lagi.</translation>
    </message>
    <message>
        <source>%1 is listed twice for %2; nothing was imported.</source>
        <translation type="unfinished">%1 tercantum dua kali untuk %2; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>That legislator is not in this workspace.</source>
        <translation type="unfinished">Legislator itu tidak ada di ruang kerja ini.</translation>
    </message>
</context>
<context>
    <name>MarkVotedCommand</name>
    <message>
        <source>Mark %1 Voted</source>
        <translation type="unfinished">Tandai %1 sudah memilih</translation>
    </message>
    <message>
        <source>Mark %1 Not Voted</source>
        <translation type="unfinished">Tandai %1 belum memilih</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Voted</source>
        <translation type="unfinished">
            <numerusform>Tandai %Ln orang sudah memilih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Not Voted</source>
        <translation type="unfinished">
            <numerusform>Tandai %Ln orang belum memilih</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation type="unfinished">Pertemuan sudah tidak ada.</translation>
    </message>
    <message>
        <source>A meeting must end after it starts.</source>
        <translation type="unfinished">Pertemuan harus berakhir setelah dimulai.</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>&quot;%1&quot; does not map a field to a column: write FIELD=COLUMN, a field being one of %2 and a column one of the file&apos;s header (%3).</source>
        <translation type="unfinished">&quot;%1&quot; tidak memetakan bidang ke kolom: tulis FIELD=COLUMN, dengan bidang salah satu dari %2 dan kolom salah satu dari kepala berkas (%3).</translation>
    </message>
    <message>
        <source>The member list needs a column of names and one of constituencies; its header is: %1.</source>
        <translation type="unfinished">Daftar anggota memerlukan satu kolom nama dan satu kolom daerah pemilihan; kepalanya: %1.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: a member needs a name and a constituency.</source>
        <translation type="unfinished">Baris %1 dilewati: anggota memerlukan nama dan daerah pemilihan.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: &quot;%2&quot; is not a chamber of %3.</source>
        <translation type="unfinished">Baris %1 dilewati: &quot;%2&quot; bukan kamar dari %3.</translation>
    </message>
    <message>
        <source>Lines %1 and %2 both list %3 (%4); a member list names each member once. Nothing was imported.</source>
        <translation type="unfinished">Baris %1 dan %2 sama-sama mencantumkan %3 (%4); daftar anggota menyebut setiap anggota sekali. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The member list has no member with a name and a constituency.</source>
        <translation type="unfinished">Daftar anggota tidak memuat anggota dengan nama dan daerah pemilihan.</translation>
    </message>
</context>
<context>
    <name>MergeContactsCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished">Gabungkan %1 ke %2</translation>
    </message>
</context>
<context>
    <name>OpenStates</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: this is not valid YAML (%3). Nothing was imported.</source>
        <translation type="unfinished">%1, baris %2: ini bukan YAML yang sah (%3). Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>%1, line %2: this is not an Open States person file (%3). Nothing was imported.</source>
        <translation type="unfinished">%1, baris %2: ini bukan berkas orang Open States (%3). Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: it has no &quot;%2&quot;. Nothing was imported.</source>
        <translation type="unfinished">%1 bukan berkas orang Open States: tidak ada &quot;%2&quot;. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: its id, name or roles are not what the people schema writes. Nothing was imported.</source>
        <translation type="unfinished">%1 bukan berkas orang Open States: id, nama, atau perannya tidak seperti yang ditulis skema people. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>%1 (%2) was skipped: no current role in a state legislature.</source>
        <translation type="unfinished">%1 (%2) dilewati: tidak memiliki peran saat ini di badan legislatif negara bagian.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished">%1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 holds no Open States legislators: they are YAML files in data/&lt;state&gt;/legislature/.</source>
        <translation type="unfinished">%1 tidak memuat legislator Open States: mereka adalah berkas YAML di data/&lt;state&gt;/legislature/.</translation>
    </message>
    <message>
        <source>%1 and %2 both describe the person %3; remove one and import again. Nothing was imported.</source>
        <translation type="unfinished">%1 dan %2 sama-sama menggambarkan orang %3; hapus salah satunya lalu impor lagi. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Congress in data/us was skipped (%1 files): import Congress from congress-legislators&apos; legislators-current.csv.</source>
        <translation type="unfinished">Kongres di data/us dilewati (%1 berkas): impor Kongres dari legislators-current.csv milik congress-legislators.</translation>
    </message>
    <message>
        <source>The Open States data names no current member of a state legislature.</source>
        <translation type="unfinished">Data Open States tidak menyebut anggota badan legislatif negara bagian yang sedang menjabat.</translation>
    </message>
</context>
<context>
    <name>OptOuts</name>
    <message>
        <source>&quot;%1&quot; is not a reason; use requested, refused, hostile or deceased.</source>
        <translation>&quot;%1&quot; bukan alasan; gunakan requested, refused, hostile atau deceased.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Kontak ini sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>A partner needs a name.</source>
        <translation type="unfinished">Mitra memerlukan nama.</translation>
    </message>
    <message>
        <source>There is already a partner named &quot;%1&quot;.</source>
        <translation type="unfinished">Sudah ada mitra bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation type="unfinished">Mitra sudah tidak ada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 partners; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; cocok dengan %2 mitra; berikan lebih banyak karakter id.</translation>
    </message>
    <message>
        <source>There is no partner &quot;%1&quot;.</source>
        <translation type="unfinished">Tidak ada mitra &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose the person who belongs to the partner.</source>
        <translation type="unfinished">Pilih orang yang tergabung dalam mitra.</translation>
    </message>
    <message>
        <source>%1 is already listed at this partner; record that they left before adding them again.</source>
        <translation type="unfinished">%1 sudah tercantum di mitra ini; catat bahwa mereka telah keluar sebelum menambahkannya lagi.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation type="unfinished">Kontak tersebut sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>PersonRows</name>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation type="unfinished">Tidak ada kontak dengan ID %1.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This number could not be read as a phone number; it is kept as typed.</source>
        <translation type="unfinished">Nomor ini tidak dapat dibaca sebagai nomor telepon; disimpan seperti yang diketik.</translation>
    </message>
    <message>
        <source>This number could not be read as a phone number of %1; it is kept as typed.</source>
        <translation type="unfinished">Nomor ini tidak dapat dibaca sebagai nomor telepon %1; disimpan seperti yang diketik.</translation>
    </message>
</context>
<context>
    <name>PhoneRegion</name>
    <message>
        <source>&quot;%1&quot; is not a country code Majlis knows; use two letters such as DE, GB or CA.</source>
        <translation type="unfinished">&quot;%1&quot; bukan kode negara yang dikenal Majlis; gunakan dua huruf seperti DE, GB, atau CA.</translation>
    </message>
</context>
<context>
    <name>PostcodeFile</name>
    <message>
        <source>The file needs a postcode column (postcode, zip or zcta) and a district column (district or cd) in its first line; it has: %1.</source>
        <translation type="unfinished">Berkas memerlukan kolom kode pos (postcode, zip, atau zcta) dan kolom daerah pemilihan (district atau cd) di baris pertamanya; yang ada: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postcode; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; bukan kode pos; baris dilewati.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ZIP code; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; bukan kode ZIP; baris dilewati.</translation>
    </message>
    <message>
        <source>Postcode %1 has no district; the row was left out.</source>
        <translation type="unfinished">Kode pos %1 tidak memiliki daerah pemilihan; baris dilewati.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it as MI-12, or give the state in a state column; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; bukan kursi DPR AS; tulis sebagai MI-12, atau cantumkan negara bagian di kolom state; baris dilewati.</translation>
    </message>
</context>
<context>
    <name>PostcodeImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chamber; use senate (the upper chamber), house (the lower one) or unicameral.</source>
        <translation type="unfinished">&quot;%1&quot; bukan kamar; gunakan senate (majelis tinggi), house (majelis rendah), atau unicameral.</translation>
    </message>
    <message>
        <source>Senators of the U.S. Congress represent a whole state; a postcode file is for the House.</source>
        <translation type="unfinished">Senator Kongres AS mewakili seluruh negara bagian; berkas kode pos untuk DPR.</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot;.</source>
        <translation type="unfinished">%1 tidak memiliki kamar &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file has no usable rows, so the districts held for %1 were left as they were.</source>
        <translation type="unfinished">Berkas tidak memiliki baris yang dapat dipakai, jadi daerah pemilihan yang tersimpan untuk %1 dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>No current member of %1 holds district %2 (postcode %3); the row was imported.</source>
        <translation type="unfinished">Tidak ada anggota %1 saat ini yang mewakili daerah %2 (kode pos %3); baris tetap diimpor.</translation>
    </message>
</context>
<context>
    <name>PostcodeLookup</name>
    <message>
        <source>&quot;%1&quot; is not a U.S. ZIP code; give five digits, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">&quot;%1&quot; bukan kode ZIP AS; berikan lima angka, misalnya 48126 atau 48126-1234.</translation>
    </message>
</context>
<context>
    <name>ScheduleCheck</name>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">kantor yang tidak lagi tercantum</translation>
    </message>
    <message>
        <source>someone no longer registered</source>
        <translation type="unfinished">seseorang yang tidak lagi terdaftar</translation>
    </message>
    <message>
        <source>%1 to %2 is outside the day&apos;s meeting window.</source>
        <translation type="unfinished">%1 hingga %2 berada di luar jendela pertemuan hari ini.</translation>
    </message>
    <message>
        <source>The team has %1 people; the day allows %2.</source>
        <translation type="unfinished">Tim memiliki %1 orang; hari ini mengizinkan %2.</translation>
    </message>
    <message>
        <source>%1 cannot meet from %2 to %3.</source>
        <translation type="unfinished">%1 tidak dapat bertemu dari %2 hingga %3.</translation>
    </message>
    <message>
        <source>%1 confirmed other times for meetings.</source>
        <translation type="unfinished">%1 mengonfirmasi waktu lain untuk pertemuan.</translation>
    </message>
    <message>
        <source>%1 has another meeting at %2.</source>
        <translation type="unfinished">%1 memiliki pertemuan lain pada %2.</translation>
    </message>
    <message>
        <source>%1 is also meeting %2 at %3.</source>
        <translation type="unfinished">%1 juga bertemu %2 pada %3.</translation>
    </message>
    <message>
        <source>%1 needs %2 minutes to walk here from %3, which ends at %4.</source>
        <translation type="unfinished">%1 memerlukan %2 menit untuk berjalan ke sini dari %3, yang berakhir pada %4.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>The office has no free time left in the day&apos;s window, its blackouts and its confirmed times.</source>
        <translation type="unfinished">Kantor tidak memiliki waktu luang lagi dalam jendela hari ini, masa tidak tersedianya, dan waktu yang dikonfirmasinya.</translation>
    </message>
    <message>
        <source>Whenever the office is free, the attendee is in another meeting or could not walk there in time.</source>
        <translation type="unfinished">Setiap kali kantor luang, peserta sedang dalam pertemuan lain atau tidak dapat berjalan ke sana tepat waktu.</translation>
    </message>
    <message>
        <source>The contact has no U.S. state, or lives outside the legislature&apos;s state, so their members are unknown.</source>
        <translation type="unfinished">Kontak tidak memiliki negara bagian AS, atau tinggal di luar negara bagian badan legislatif ini, jadi wakilnya tidak diketahui.</translation>
    </message>
    <message>
        <source>The contact has no district for this chamber, so their member is unknown; fill districts from ZIP codes or enter it.</source>
        <translation type="unfinished">Kontak tidak memiliki daerah pemilihan untuk kamar ini, jadi wakilnya tidak diketahui; isi daerah dari kode ZIP atau masukkan sendiri.</translation>
    </message>
    <message>
        <source>No current member holds this seat.</source>
        <translation type="unfinished">Tidak ada anggota saat ini yang menduduki kursi ini.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Enter the server address, such as https://sync.example.org.</source>
        <translation type="unfinished">Masukkan alamat server, seperti https://sync.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It looks like https://sync.example.org.</source>
        <translation type="unfinished">“%1” bukan alamat server. Alamat server tampak seperti https://sync.example.org.</translation>
    </message>
    <message>
        <source>The server address must start with https://, so the password and the workspace travel encrypted. Plain http:// is only for a server on this computer (localhost).</source>
        <translation type="unfinished">Alamat server harus diawali https:// agar kata sandi dan ruang kerja dikirim secara terenkripsi. http:// biasa hanya untuk server di komputer ini (localhost).</translation>
    </message>
    <message>
        <source>The fingerprint must be the SHA-256 of the server&apos;s certificate: 64 hexadecimal digits (0–9 and A–F), colons allowed.</source>
        <translation type="unfinished">Sidik jari harus berupa SHA-256 dari sertifikat server: 64 digit heksadesimal (0–9 dan A–F), boleh memakai titik dua.</translation>
    </message>
</context>
<context>
    <name>SignOnLetters</name>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished">Belum ada jawaban</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">Ditandatangani</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Ditolak</translation>
    </message>
    <message>
        <source>A sign-on letter needs a title.</source>
        <translation type="unfinished">Surat dukungan bersama memerlukan judul.</translation>
    </message>
    <message>
        <source>That partner was not asked to sign this letter.</source>
        <translation type="unfinished">Mitra tersebut tidak diminta menandatangani surat ini.</translation>
    </message>
    <message>
        <source>Signed &quot;%1&quot;</source>
        <translation type="unfinished">Menandatangani &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The workspace is in use by another program or another Majlis window. Close it there and try again.</source>
        <translation type="unfinished">Ruang kerja sedang digunakan oleh program lain atau jendela Majlis lain. Tutup di sana dan coba lagi.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written. Check that the file and its folder are writable.</source>
        <translation type="unfinished">Berkas ruang kerja tidak dapat ditulis. Pastikan berkas dan foldernya dapat ditulisi.</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">Berkas ruang kerja rusak. Pulihkan dari cadangan atau salinan yang disinkronkan.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished">Disk penuh. Kosongkan sebagian ruang dan coba lagi; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation type="unfinished">Ruang kerja tidak dapat dibaca atau ditulis: %1</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The sync server could not be reached: %1</source>
        <translation type="unfinished">Server sinkronisasi tidak dapat dihubungi: %1</translation>
    </message>
    <message>
        <source>The server did not accept the login. Log in again.</source>
        <translation type="unfinished">Server tidak menerima proses masuk. Masuk lagi.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished">Server menolak: %1</translation>
    </message>
    <message>
        <source>The sync server needs a newer Majlis. Update Majlis on this laptop, then sync again.</source>
        <translation type="unfinished">Server sinkronisasi memerlukan Majlis versi yang lebih baru. Perbarui Majlis di laptop ini, lalu sinkronkan lagi.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation type="unfinished">Terlalu banyak percobaan. Tunggu beberapa menit, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The sync server answered %1: %2</source>
        <translation type="unfinished">Server sinkronisasi menjawab %1: %2</translation>
    </message>
    <message>
        <source>This workspace syncs with another server. Open a new workspace to sync with this one.</source>
        <translation type="unfinished">Ruang kerja ini disinkronkan dengan server lain. Buka ruang kerja baru untuk menyinkronkan dengan server ini.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished">Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>The sync server keeps refusing to acknowledge this laptop&apos;s changes.</source>
        <translation type="unfinished">Server sinkronisasi terus menolak mengonfirmasi penerimaan perubahan dari laptop ini.</translation>
    </message>
    <message>
        <source>The server refused this workspace&apos;s new device id as well. Try again later.</source>
        <translation type="unfinished">Server juga menolak id perangkat baru dari ruang kerja ini. Coba lagi nanti.</translation>
    </message>
    <message>
        <source>Ask for at least one person.</source>
        <translation>Minta setidaknya satu orang.</translation>
    </message>
    <message>
        <source>The server has no such campaign in your chapters. Sync, then choose the campaign again.</source>
        <translation>Server tidak memiliki kampanye tersebut di cabang Anda. Sinkronkan, lalu pilih kampanye itu lagi.</translation>
    </message>
    <message>
        <source>This campaign is closed: nobody can take people from its list.</source>
        <translation>Kampanye ini sudah ditutup: tidak ada yang dapat mengambil orang dari daftarnya.</translation>
    </message>
</context>
<context>
    <name>TagContactsCommand</name>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>Beri tag %n kontak</numerusform>
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
        <translation type="unfinished">Arab (Windows-1256)</translation>
    </message>
    <message>
        <source>Arabic (ISO-8859-6)</source>
        <translation type="unfinished">Arab (ISO-8859-6)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished">Eropa Barat (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation type="unfinished">Eropa Barat (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Line %1 has bytes (%2) that are not %3 text; the file is written in another encoding. Choose the one it was saved in.</source>
        <translation type="unfinished">Baris %1 berisi byte (%2) yang bukan teks %3; berkas ditulis dalam pengodean lain. Pilih pengodean yang dipakai saat menyimpannya.</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; use an IANA name such as Europe/London, America/New_York or Asia/Karachi.</source>
        <translation type="unfinished">&quot;%1&quot; bukan zona waktu yang dikenal komputer ini; gunakan nama IANA seperti Europe/London, America/New_York, atau Asia/Karachi.</translation>
    </message>
</context>
<context>
    <name>Turnout</name>
    <message>
        <source>A person to mark is no longer in the workspace.</source>
        <translation>Orang yang hendak ditandai sudah tidak ada di ruang kerja.</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>Line %1 is not a vCard line (NAME:value) and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">Baris %1 bukan baris vCard (NAME:value) dan dilewati: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 was not imported</source>
        <translation type="unfinished">%1: %2 tidak diimpor</translation>
    </message>
    <message>
        <source>%1: another %2 (&quot;%3&quot;) was not imported; Majlis keeps one</source>
        <translation type="unfinished">%1: %2 lainnya (&quot;%3&quot;) tidak diimpor; Majlis menyimpan satu</translation>
    </message>
    <message>
        <source>%1: BDAY %2 has no year, so the birthday was not imported</source>
        <translation type="unfinished">%1: BDAY %2 tidak memiliki tahun, sehingga tanggal lahir tidak diimpor</translation>
    </message>
    <message>
        <source>%1: BDAY &quot;%2&quot; is not a date Majlis can read, so the birthday was not imported</source>
        <translation type="unfinished">%1: BDAY &quot;%2&quot; bukan tanggal yang dapat dibaca Majlis, sehingga tanggal lahir tidak diimpor</translation>
    </message>
    <message>
        <source>%1: the %2 nested inside it on line %3 was not imported</source>
        <translation type="unfinished">%1: %2 yang bersarang di dalamnya pada baris %3 tidak diimpor</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped.</source>
        <translation type="unfinished">Kartu %1, dimulai pada baris %2, tidak memiliki nama (N atau FN) dan dilewati.</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped: %3</source>
        <translation type="unfinished">Kartu %1, dimulai pada baris %2, tidak memiliki nama (N atau FN) dan dilewati: %3</translation>
    </message>
    <message>
        <source>%1: ADR was not imported for %2; Majlis keeps one address per contact</source>
        <translation type="unfinished">%1: ADR tidak diimpor untuk %2; Majlis menyimpan satu alamat per kontak</translation>
    </message>
    <message>
        <source>%1: ROLE (&quot;%2&quot;) was not imported; the role comes from TITLE</source>
        <translation type="unfinished">%1: ROLE (&quot;%2&quot;) tidak diimpor; peran diambil dari TITLE</translation>
    </message>
    <message>
        <source>%1: the name parts &quot;%2&quot; in N were not imported</source>
        <translation type="unfinished">%1: bagian nama &quot;%2&quot; dalam N tidak diimpor</translation>
    </message>
    <message>
        <source>Card %1 (%2)</source>
        <translation type="unfinished">Kartu %1 (%2)</translation>
    </message>
    <message>
        <source>The file is empty; there is no vCard in it.</source>
        <translation type="unfinished">Berkas kosong; tidak ada vCard di dalamnya.</translation>
    </message>
    <message>
        <source>Line %1 is &quot;%2&quot; where a vCard should begin with BEGIN:VCARD; this does not look like a vCard (.vcf) file.</source>
        <translation type="unfinished">Baris %1 berisi &quot;%2&quot; padahal vCard harus dimulai dengan BEGIN:VCARD; ini tidak tampak seperti berkas vCard (.vcf).</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but no vCard is open there.</source>
        <translation type="unfinished">Baris %1 mengakhiri %2, tetapi tidak ada vCard yang terbuka di sana.</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCARD … END:VCARD and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">Baris %1 berada di luar BEGIN:VCARD … END:VCARD dan dilewati: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the %3 begun on line %4 is still open.</source>
        <translation type="unfinished">Baris %1 mengakhiri %2, tetapi %3 yang dimulai pada baris %4 masih terbuka.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the vCard begun on line %3 is still open.</source>
        <translation type="unfinished">Baris %1 mengakhiri %2, tetapi vCard yang dimulai pada baris %3 masih terbuka.</translation>
    </message>
    <message>
        <source>The vCard begun on line %1 is never closed (END:VCARD is missing); the file may be cut short.</source>
        <translation type="unfinished">vCard yang dimulai pada baris %1 tidak pernah ditutup (END:VCARD tidak ada); berkas mungkin terpotong.</translation>
    </message>
    <message>
        <source>Line %1 names the character set &quot;%2&quot;, but its text cannot be read in it; it was read as %3 (detected) and may look wrong.</source>
        <translation type="unfinished">Baris %1 menyebut set karakter &quot;%2&quot;, tetapi teksnya tidak dapat dibaca dengannya; teks dibaca sebagai %3 (terdeteksi) dan mungkin tampak salah.</translation>
    </message>
</context>
<context>
    <name>WalkList</name>
    <message>
        <source>Only a door-knocking campaign has a walk list; &quot;%1&quot; is not one.</source>
        <translation type="unfinished">Hanya kampanye ketuk pintu yang punya daftar kunjungan; &quot;%1&quot; bukan salah satunya.</translation>
    </message>
</context>
<context>
    <name>WalkListDocument</name>
    <message>
        <source>Walk list: %1</source>
        <translation type="unfinished">Daftar kunjungan: %1</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">Seluruh daftar</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation type="unfinished">Bagian %1</translation>
    </message>
    <message>
        <source>Not given to anyone yet</source>
        <translation type="unfinished">Belum diberikan kepada siapa pun</translation>
    </message>
    <message>
        <source>%1: %2 on %3, printed %4</source>
        <comment>share, doors, streets, date</comment>
        <translation type="unfinished">%1: %2 di %3, dicetak %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doors</source>
        <translation type="unfinished">
            <numerusform>%Ln pintu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln streets</source>
        <translation type="unfinished">
            <numerusform>%Ln jalan</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick one result at each door. Write a short answer for each question the person answered; the answers are entered afterwards.</source>
        <translation type="unfinished">Centang satu hasil di setiap pintu. Tulis jawaban singkat untuk setiap pertanyaan yang dijawab; jawaban dimasukkan kemudian.</translation>
    </message>
    <message>
        <source>Q%1: %2</source>
        <comment>question number, then its text</comment>
        <translation type="unfinished">P%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>question, then its answers</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is left to visit here.</source>
        <translation type="unfinished">Tidak ada lagi yang perlu dikunjungi di sini.</translation>
    </message>
    <message>
        <source>Street without a name</source>
        <translation type="unfinished">Jalan tanpa nama</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>street, then town and postal code</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln doors)</source>
        <translation type="unfinished">
            <numerusform>%1 (%Ln pintu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Alamat</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>question number</comment>
        <translation type="unfinished">P%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Walk list %1</source>
        <comment>file name: the campaign</comment>
        <translation type="unfinished">Daftar kunjungan %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceArchive</name>
    <message>
        <source>%1 already exists; choose a new file name for the archive.</source>
        <translation type="unfinished">%1 sudah ada; pilih nama berkas baru untuk arsip.</translation>
    </message>
    <message>
        <source>This workspace already has records. Import an archive into a new, empty workspace (File &gt; New Workspace), so nothing is mixed or overwritten.</source>
        <translation type="unfinished">Ruang kerja ini sudah memiliki catatan. Impor arsip ke ruang kerja baru yang kosong (Berkas &gt; Ruang Kerja Baru), agar tidak ada yang tercampur atau tertimpa.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first organizer for civic and advocacy organizations.</source>
        <translation type="unfinished">Pengelola yang mengutamakan kerja luring untuk organisasi kewargaan dan advokasi.</translation>
    </message>
    <message>
        <source>Open this workspace file (default: %1).</source>
        <translation type="unfinished">Buka berkas ruang kerja ini (bawaan: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">jalur</translation>
    </message>
    <message>
        <source>Open a fictional demo workspace, creating it if needed.</source>
        <translation type="unfinished">Buka ruang kerja demo fiktif, dan buat jika perlu.</translation>
    </message>
    <message>
        <source>Language, such as ar or en.</source>
        <translation type="unfinished">Bahasa, seperti ar atau en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">kode</translation>
    </message>
</context>
<context>
    <name>majlis-cli</name>
    <message>
        <source>majlis-cli: error: %1</source>
        <translation type="unfinished">majlis-cli: galat: %1</translation>
    </message>
    <message>
        <source>majlis-cli: %1</source>
        <translation type="unfinished">majlis-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;majlis-cli --help&quot; for the commands.</source>
        <translation type="unfinished">Jalankan &quot;majlis-cli --help&quot; untuk melihat perintah.</translation>
    </message>
    <message>
        <source>Workspace file (default: %1).</source>
        <translation type="unfinished">Berkas ruang kerja (bawaan: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">jalur</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished">Cetak JSON yang dapat dibaca mesin.</translation>
    </message>
    <message>
        <source>Language of messages, such as ar.</source>
        <translation type="unfinished">Bahasa pesan, seperti ar.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">kode</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished">Tampilkan versi.</translation>
    </message>
    <message>
        <source>init, contacts, chapters, legislators, day, partners, events, import, export or demo</source>
        <translation type="unfinished">init, contacts, chapters, legislators, day, partners, events, import, export, atau demo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a verb, such as list.</source>
        <translation type="unfinished">&quot;%1&quot; memerlukan kata kerja, seperti list.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished">perintah tidak dikenal &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>  sync                        sync with the organization&apos;s server (--server, --user, --ca or --fingerprint, --password-stdin)</source>
        <translation type="unfinished">  sync                        menyinkronkan dengan server organisasi (--server, --user, --ca atau --fingerprint, --password-stdin)</translation>
    </message>
    <message>
        <source>  chapters time-zone [ZONE]   show or set the workspace&apos;s time zone (--chapter NAME: a chapter&apos;s)
  events show EVENT           one event, with its time zone (--hijri)
  --hijri on events list, day list and day export --pdf adds the Hijri date</source>
        <translation type="unfinished">  chapters time-zone [ZONE]   tampilkan atau atur zona waktu ruang kerja (--chapter NAMA: milik satu cabang)
  events show EVENT           satu acara, dengan zona waktunya (--hijri)
  --hijri pada events list, day list, dan day export --pdf menambahkan tanggal Hijriah</translation>
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
        <translation type="unfinished">Perintah:
  init                        membuat atau meningkatkan ruang kerja
  contacts add [options]      menambahkan kontak (--given, --family, --email, --phone, --country, --chapter, ...)
  contacts list               menampilkan daftar kontak (--chapter, --tag, --limit)
  contacts search TEXT        mencari kontak menurut nama, email, telepon, tag, organisasi, atau catatan
  contacts show ID            menampilkan satu kontak
  contacts edit ID [options]  mengubah kontak
  contacts delete ID...       menghapus kontak
  contacts merge KEEP OTHER   gabungkan duplikat ke kontak yang dipertahankan (email, telepon, tag, riwayatnya)
  contacts export-data ID FILE  tulis semua yang disimpan tentang satu orang ke berkas JSON
  contacts erase ID --yes     hapus semua yang disimpan tentang satu orang, di sini dan di setiap laptop yang tersinkron
  chapters add NAME           menambahkan cabang (--city, --region, --country)
  chapters list               menampilkan daftar cabang
  chapters region [CODE]      tampilkan atau atur negara ruang kerja, untuk nomor telepon tanpa + (--chapter NAME: milik satu cabang)
  legislators import FILE     mengimpor atau memperbarui anggota Kongres (legislators-current.csv)
  legislators list            daftar anggota suatu lembaga legislatif (--body, --state, --chamber)
  bodies list                 daftar lembaga legislatif di ruang kerja ini dan majelisnya
  bodies campus BODY          tampilkan atau atur gedung-gedung parlemen (--building NAME=GROUP ...)
  day create TITLE --date D   merencanakan hari advokasi (--body, --time-zone, --start, --end, --slot, --team-size, --ask)
  day list                    menampilkan daftar hari advokasi
  day attendees add DAY ID... mendaftarkan kontak untuk suatu hari (--role, --tag)
  day attendees list DAY      menampilkan daftar peserta suatu hari
  day schedule DAY            menyusun jadwal pertemuan hari itu
  day export DAY --ics|--pdf|--csv FILE   menulis kalender, rencana perjalanan, atau jadwal
  partners add NAME           menambahkan mitra koalisi (--kind, --area, --status, --city, ...)
  partners list               menampilkan daftar mitra (--kind, --area, --status, --search)
  partners show NAME|ID       menampilkan mitra beserta orang dan riwayatnya
  events create TITLE --start T   membuat acara (--end, --kind, --place, --capacity, --chapter)
  events list                 menampilkan daftar acara
  events checkin EVENT ID...  melakukan check-in kontak (atau --walk-in --given NAME --email ...)
  events attendance EVENT --csv FILE   menulis siapa yang mendaftar dan siapa yang datang
  events calendar FILE        menulis semua acara ke berkas iCalendar (.ics)
  import csv FILE             mengimpor kontak dari lembar kerja (--dry-run, --map, --duplicates, --report)
  import vcard FILE           mengimpor kontak dari berkas vCard (--dry-run, --duplicates)
  import archive FILE         memasukkan arsip ruang kerja ke ruang kerja kosong ini
  export csv FILE             mengekspor kontak sebagai CSV (--search, --tag)
  export vcard FILE           mengekspor kontak sebagai vCard (--version 4.0|3.0|2.1, --search, --tag)
  export archive FILE         menulis seluruh ruang kerja ke satu berkas portabel
  demo [--count N]            mengisi ruang kerja dengan data demo fiktif
Jalankan &quot;majlis-cli COMMAND VERB --help&quot; untuk melihat opsi suatu perintah.</translation>
    </message>
    <message>
        <source>  districts lookup --zip ZIP  the districts a ZIP code lies in
  districts import FILE --body CODE --chamber C   import a postcode to district file for a legislature
  contacts districts ID       a contact&apos;s districts (--body, --chamber, --set DISTRICT, --confirm, --check-later)
  contacts districts --fill   fill districts from postcodes (--tag, --day, --body, --dry-run; --ambiguous lists who has districts to choose)</source>
        <translation type="unfinished">  districts lookup --zip ZIP  daerah pemilihan tempat sebuah kode ZIP berada
  districts import FILE --body CODE --chamber C   impor berkas kode pos ke daerah pemilihan untuk badan legislatif
  contacts districts ID       daerah pemilihan sebuah kontak (--body, --chamber, --set DISTRICT, --confirm, --check-later)
  contacts districts --fill   isi daerah pemilihan dari kode pos (--tag, --day, --body, --dry-run; --ambiguous menampilkan siapa yang masih harus memilih)</translation>
    </message>
    <message>
        <source>  legislators import PATH     also an Open States folder or download (state legislatures), or any parliament&apos;s member list CSV with --body CODE (--body-name, --country, --map, --dry-run)</source>
        <translation type="unfinished">  legislators import PATH     juga folder atau unduhan Open States (badan legislatif negara bagian), atau daftar anggota CSV parlemen mana pun dengan --body CODE (--body-name, --country, --map, --dry-run)</translation>
    </message>
    <message>
        <source>  legislators import --bundled  the members of Congress built into this program (--dry-run)</source>
        <translation type="unfinished">  legislators import --bundled  anggota Kongres yang tertanam dalam program ini (--dry-run)</translation>
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
        <translation type="unfinished">  campaigns elections add NAME --date D   tambahkan pemilu (--jurisdiction, --chapter); elections list
  campaigns create NAME --kind phone|door|gotv --script FILE   bank telepon, daftar ketuk pintu, atau gerakan ajak memilih (--election, --chapter, --starts, --ends)
  campaigns list | show C | entries C   kampanye, satu kampanye dengan naskah dan angkanya, daftarnya
  campaigns build C [filter]  tambahkan orang ke daftar (--tag, --chapter, --language, --state, --body --district, --event, --voter-status, --answered --question --answer, --election --pledged|--not-voted, --dry-run)
  campaigns assign C --to a,b | --by-language NAME=LANGS   bagi daftar; release C [--volunteer V]
  campaigns next C [--caller NAME]   orang berikutnya yang ditelepon, dengan naskahnya
  campaigns record C ID --result CODE   simpan hasil (--answer Q=A, --opt-out, --phone, --caller)
  campaigns progress C | rollback C --caller NAME [--from T --to T] | close C
  campaigns export C --out FILE.csv   hasil sebagai CSV (--list: orang yang akan ditelepon atau dikunjungi)
  gotv summary|chase ELECTION   janji dan suara; siapa yang berjanji dan belum memilih, per daerah pemilihan
  gotv voted ELECTION ID...   tandai orang sudah memilih (--undo)</translation>
    </message>
</context>
<context>
    <name>majlis::AdvocacyPage</name>
    <message>
        <source>Advocacy days</source>
        <translation type="unfinished">Hari advokasi</translation>
    </message>
    <message>
        <source>&amp;New Day</source>
        <translation type="unfinished">Hari &amp;Baru</translation>
    </message>
    <message>
        <source>Delete Day</source>
        <translation type="unfinished">Hapus Hari</translation>
    </message>
    <message>
        <source>&amp;Legislators…</source>
        <translation type="unfinished">&amp;Anggota Legislatif…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Rincian</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation type="unfinished">&amp;Peserta</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished">&amp;Jadwal</translation>
    </message>
    <message>
        <source>&amp;Itineraries</source>
        <translation type="unfinished">&amp;Rencana Perjalanan</translation>
    </message>
    <message>
        <source>&amp;Report-back</source>
        <translation type="unfinished">&amp;Laporan Balik</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation type="unfinished">&amp;Dasbor</translation>
    </message>
    <message>
        <source>No advocacy days yet</source>
        <translation type="unfinished">Belum ada hari advokasi</translation>
    </message>
    <message>
        <source>New advocacy day</source>
        <translation type="unfinished">Hari advokasi baru</translation>
    </message>
    <message>
        <source>Cannot create the day</source>
        <translation type="unfinished">Tidak dapat membuat hari</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its schedule and reports? Contacts are not touched.</source>
        <translation type="unfinished">Hapus &quot;%1&quot; beserta jadwal dan laporannya? Kontak tidak diubah.</translation>
    </message>
    <message>
        <source>Cannot delete the day</source>
        <translation type="unfinished">Tidak dapat menghapus hari</translation>
    </message>
    <message>
        <source>Look up the members of each legislature, import or update them, and list a capitol&apos;s buildings.</source>
        <translation type="unfinished">Cari anggota setiap badan legislatif, impor atau perbarui mereka, dan daftar gedung-gedung sebuah gedung parlemen.</translation>
    </message>
    <message>
        <source>Plan an advocacy day at the U.S. Capitol, a state capitol or a parliament: bring in its members with Legislators…, create a day with New Day, register attendees, then build the schedule. Everything works offline.</source>
        <translation type="unfinished">Rencanakan hari advokasi di Capitol AS, gedung parlemen negara bagian, atau sebuah parlemen: masukkan anggotanya lewat Anggota Legislatif…, buat hari dengan Hari Baru, daftarkan peserta, lalu susun jadwalnya. Semuanya berjalan luring.</translation>
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
        <translation type="unfinished">pilih: %1</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation type="unfinished">%1 (dipilih)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Lembaga legislatif</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished">Kode pos</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrik</translation>
    </message>
    <message>
        <source>%1 is not among the districts postcode %2 spans.</source>
        <translation type="unfinished">%1 tidak termasuk distrik yang dicakup kode pos %2.</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerChart</name>
    <message>
        <source>Answers to the question</source>
        <translation type="unfinished">Jawaban atas pertanyaan</translation>
    </message>
    <message>
        <source>Answers to this question are written, not chosen: they are not counted.</source>
        <translation type="unfinished">Jawaban pertanyaan ini ditulis, bukan dipilih: tidak dihitung.</translation>
    </message>
    <message>
        <source>Nobody has answered this question yet.</source>
        <translation type="unfinished">Belum ada yang menjawab pertanyaan ini.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">Jawaban</translation>
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
        <translation type="unfinished">Orang yang memberi jawaban ini</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerCountModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">Pertanyaan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Jawaban</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Orang</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation type="unfinished">Bagian dari jawaban</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerPanel</name>
    <message>
        <source>This campaign has no survey: record the result with the keys below.</source>
        <translation>Kampanye ini tidak memiliki survei: catat hasilnya dengan tombol di bawah.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <comment>question number, question, kind of answer</comment>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Type what they said</source>
        <translation>Ketik apa yang dikatakan</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>Pertanyaan saat ini</translation>
    </message>
</context>
<context>
    <name>majlis::AskPartnersDialog</name>
    <message>
        <source>Ask Partners to Sign</source>
        <translation type="unfinished">Minta Mitra Menandatangani</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation type="unfinished">Cari mitra</translation>
    </message>
    <message>
        <source>%1 (already asked)</source>
        <translation type="unfinished">%1 (sudah diminta)</translation>
    </message>
    <message>
        <source>There are no partners yet: add them in the Partners view.</source>
        <translation type="unfinished">Belum ada mitra: tambahkan di tampilan Mitra.</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation type="unfinished">&amp;Minta</translation>
    </message>
    <message>
        <source>&amp;Tick All</source>
        <translation type="unfinished">&amp;Centang Semua</translation>
    </message>
    <message>
        <source>Partners to ask</source>
        <translation type="unfinished">Mitra yang akan diminta</translation>
    </message>
</context>
<context>
    <name>majlis::AssignDialog</name>
    <message>
        <source>Assign Callers: %1</source>
        <translation>Bagikan ke penelepon: %1</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <source>A&amp;dd Volunteer</source>
        <translation>&amp;Tambah relawan</translation>
    </message>
    <message>
        <source>&amp;Remove from the Table</source>
        <translation>&amp;Hapus dari tabel</translation>
    </message>
    <message>
        <source>%1 still has people to call: take back their share first.</source>
        <translation>%1 masih punya orang untuk ditelepon: ambil kembali bagiannya dulu.</translation>
    </message>
    <message>
        <source>&amp;Take Back Their Share</source>
        <translation>&amp;Ambil kembali bagiannya</translation>
    </message>
    <message>
        <source>The selected volunteer&apos;s people still to call go back to nobody, for others to call.</source>
        <translation>Orang yang belum ditelepon oleh relawan terpilih kembali tanpa penanggung jawab, agar ditelepon orang lain.</translation>
    </message>
    <message>
        <source>By &amp;count: runs of about equal size, neighbours together</source>
        <translation>Menurut &amp;jumlah: bagian yang kira-kira sama besar, tetangga bersama</translation>
    </message>
    <message>
        <source>By &amp;language: each person to a volunteer who speaks one of their languages</source>
        <translation>Menurut &amp;bahasa: setiap orang ke relawan yang menguasai salah satu bahasanya</translation>
    </message>
    <message>
        <source>&amp;Give Out the List</source>
        <translation>&amp;Bagikan daftar</translation>
    </message>
    <message>
        <source>Name each volunteer as they log in to sync, so their laptop receives their share. Only the people nobody has yet are given out.</source>
        <translation>Tulis nama setiap relawan sesuai nama masuk sinkronisasinya, agar laptopnya menerima bagiannya. Hanya orang yang belum dipegang siapa pun yang dibagikan.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people nobody has yet.</source>
        <translation>
            <numerusform>%Ln orang belum dipegang siapa pun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people given out.</source>
        <translation>
            <numerusform>%Ln orang dibagikan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a volunteer who has people to call.</source>
        <translation>Pilih relawan yang masih punya orang untuk ditelepon.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people taken back from %1.</source>
        <translation>
            <numerusform>%Ln orang diambil kembali dari %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::AttendeeRole</name>
    <message>
        <source>Constituent</source>
        <translation type="unfinished">Konstituen</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished">Ketua tim</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation type="unfinished">Pencatat</translation>
    </message>
    <message>
        <source>First-timer</source>
        <translation type="unfinished">Peserta pertama kali</translation>
    </message>
</context>
<context>
    <name>majlis::AttendeesPanel</name>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">&amp;Daftarkan Kontak…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;Hapus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">Negara bagian dan distrik</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Peran</translation>
    </message>
    <message>
        <source>Earlier days</source>
        <translation type="unfinished">Hari sebelumnya</translation>
    </message>
    <message>
        <source>No state: cannot be matched</source>
        <translation type="unfinished">Tanpa negara bagian: tidak dapat dicocokkan</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished">Peran %1</translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation type="unfinished">Tidak dapat mengubah peran</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation type="unfinished">
            <numerusform>%n peserta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a state on their contact</source>
        <translation type="unfinished">
            <numerusform>; %n tanpa negara bagian pada kontaknya</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet: register contacts to plan their meetings.</source>
        <translation type="unfinished">Belum ada yang terdaftar: daftarkan kontak untuk merencanakan pertemuan mereka.</translation>
    </message>
    <message>
        <source>Cannot register attendees</source>
        <translation type="unfinished">Tidak dapat mendaftarkan peserta</translation>
    </message>
    <message>
        <source>Remove Attendees</source>
        <translation type="unfinished">Hapus Peserta</translation>
    </message>
    <message>
        <source>Remove %1 from this day? They are also taken out of their meetings.</source>
        <translation type="unfinished">Hapus %1 dari hari ini? Mereka juga dikeluarkan dari pertemuan mereka.</translation>
    </message>
    <message>
        <source>Cannot remove the attendee</source>
        <translation type="unfinished">Tidak dapat menghapus peserta</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished">Peserta</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">Isi &amp;Distrik dari Kode ZIP…</translation>
    </message>
    <message>
        <source>Find the attendees&apos; districts in the day&apos;s legislature from their ZIP codes</source>
        <translation type="unfinished">Temukan distrik peserta di legislatif hari itu dari kode ZIP mereka</translation>
    </message>
    <message>
        <source>Cannot fill districts</source>
        <translation type="unfinished">Tidak dapat mengisi distrik</translation>
    </message>
    <message>
        <source>the attendees of %1</source>
        <translation type="unfinished">peserta %1</translation>
    </message>
</context>
<context>
    <name>majlis::BuildListDialog</name>
    <message>
        <source>Build the List of %1</source>
        <translation>Susun daftar %1</translation>
    </message>
    <message>
        <source>Any of these tags, separated by commas</source>
        <translation>Salah satu tag ini, dipisahkan koma</translation>
    </message>
    <message>
        <source>A language code, such as ar or ur</source>
        <translation>Kode bahasa, misalnya ar atau ur</translation>
    </message>
    <message>
        <source>Two letters, such as MI</source>
        <translation>Dua huruf, misalnya MI</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Lembaga legislatif</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrik</translation>
    </message>
    <message>
        <source>District, such as 12</source>
        <translation>Distrik, misalnya 12</translation>
    </message>
    <message>
        <source>Answered in the campaign</source>
        <translation>Menjawab dalam kampanye</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Pertanyaan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Jawaban</translation>
    </message>
    <message>
        <source>Only people who pledged to vote</source>
        <translation>Hanya yang berjanji memilih</translation>
    </message>
    <message>
        <source>Only people who have not voted yet</source>
        <translation>Hanya yang belum memilih</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;Cabang:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Negara bagian:</translation>
    </message>
    <message>
        <source>&amp;District of:</source>
        <translation>&amp;Distrik dari:</translation>
    </message>
    <message>
        <source>Came to the &amp;event:</source>
        <translation>Hadir di &amp;acara:</translation>
    </message>
    <message>
        <source>&amp;Voter registration:</source>
        <translation>Pendaftaran &amp;pemilih:</translation>
    </message>
    <message>
        <source>&amp;Answered:</source>
        <translation>&amp;Menjawab:</translation>
    </message>
    <message>
        <source>Election:</source>
        <translation>Pemilu:</translation>
    </message>
    <message>
        <source>Election (none):</source>
        <translation>Pemilu (tidak ada):</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people without a street address, and people already on the list.</source>
        <translation>Tidak pernah ditambahkan: orang yang minta tidak dihubungi atau berhenti berlangganan, orang tanpa alamat jalan, dan orang yang sudah ada di daftar.</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people who have not agreed to be phoned, people whose every number is marked wrong or disconnected, and people already on the list.</source>
        <translation>Tidak pernah ditambahkan: orang yang minta tidak dihubungi atau berhenti berlangganan, orang yang belum setuju ditelepon, orang yang semua nomornya ditandai salah atau terputus, dan orang yang sudah ada di daftar.</translation>
    </message>
    <message>
        <source>&amp;Add to the List</source>
        <translation>&amp;Tambahkan ke daftar</translation>
    </message>
    <message>
        <source>Any chapter</source>
        <translation>Cabang mana pun</translation>
    </message>
    <message>
        <source>Any legislature</source>
        <translation>Badan legislatif mana pun</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>Apa saja atau tidak ada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event: title (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No earlier answer needed</source>
        <translation>Tidak perlu jawaban sebelumnya</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people would be added.</source>
        <translation>
            <numerusform>%Ln orang akan ditambahkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CallListModel</name>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">Belum ada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Selesai</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Belum dicoba</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Bahasa</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">Penelepon</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Hasil terakhir</translation>
    </message>
</context>
<context>
    <name>majlis::CallerProgressModel</name>
    <message>
        <source>Check this work before counting it: %1</source>
        <translation type="unfinished">Periksa pekerjaan ini sebelum dihitung: %1</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">Relawan</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Upaya</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontak</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Tingkat kontak</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Janji</translation>
    </message>
    <message>
        <source>Busiest minute</source>
        <translation type="unfinished">Menit tersibuk</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished">Tanda</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Upaya yang berhasil menjangkau orangnya</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">Kontak sebagai bagian dari upaya</translation>
    </message>
    <message>
        <source>The most results entered within any sixty seconds</source>
        <translation type="unfinished">Hasil terbanyak yang dimasukkan dalam enam puluh detik</translation>
    </message>
    <message>
        <source>Why an organizer should check this volunteer&apos;s work</source>
        <translation type="unfinished">Mengapa pekerjaan relawan ini perlu diperiksa</translation>
    </message>
</context>
<context>
    <name>majlis::CallerWindow</name>
    <message>
        <source>Calling: %1</source>
        <translation>Menelepon: %1</translation>
    </message>
    <message>
        <source>Entering Results: %1</source>
        <translation>Memasukkan hasil: %1</translation>
    </message>
    <message>
        <source>Calling as %1</source>
        <translation>Menelepon sebagai %1</translation>
    </message>
    <message>
        <source>Entered as %1</source>
        <translation>Dimasukkan oleh %1</translation>
    </message>
    <message>
        <source>Save and Next (Enter)</source>
        <translation>Simpan dan berikutnya (Enter)</translation>
    </message>
    <message>
        <source>Skip for Later (F12)</source>
        <translation>Lewati untuk nanti (F12)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Back to the List (Esc)</source>
        <translation>Kembali ke daftar (Esc)</translation>
    </message>
    <message>
        <source>Keys: 1–9 answer the current question, ↑ ↓ move between questions, F1–F11 choose the result, Enter saves.</source>
        <translation>Tombol: 1–9 menjawab pertanyaan saat ini, ↑ ↓ berpindah antarpertanyaan, F1–F11 memilih hasil, Enter menyimpan.</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>Cari orangnya</translation>
    </message>
    <message>
        <source>Type a name or the number on the list, then press Enter</source>
        <translation>Ketik nama atau nomor di daftar, lalu tekan Enter</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Orang dalam daftar</translation>
    </message>
    <message>
        <source>Show people already done</source>
        <translation>Tampilkan orang yang sudah selesai</translation>
    </message>
    <message>
        <source>The current question has no answer %1.</source>
        <translation>Pertanyaan saat ini tidak punya jawaban %1.</translation>
    </message>
    <message>
        <source>Back to the people you skipped.</source>
        <translation>Kembali ke orang yang Anda lewati.</translation>
    </message>
    <message>
        <source>Nobody is left for you to call in this campaign. Thank you!</source>
        <translation>Tidak ada lagi yang perlu Anda telepon dalam kampanye ini. Terima kasih!</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Tidak ada nomor</translation>
    </message>
    <message>
        <source>%1 (as typed: check it)</source>
        <translation>%1 (sesuai ketikan: periksa)</translation>
    </message>
    <message>
        <source>Languages: not known</source>
        <translation>Bahasa: tidak diketahui</translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation>Berbahasa: %1</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>Belum pernah dihubungi.</translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">Kontak terakhir: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Percobaan %1 dari %2</translation>
    </message>
    <message>
        <source>Choose a result with F1 to F11, or answer a question, then press Enter.</source>
        <translation>Pilih hasil dengan F1 sampai F11, atau jawab pertanyaan, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Tidak disimpan: %1</translation>
    </message>
    <message>
        <source>✓ Saved for %1: %2.</source>
        <translation>✓ Tersimpan untuk %1: %2.</translation>
    </message>
    <message>
        <source>They will not be contacted again.</source>
        <translation>Orang ini tidak akan dihubungi lagi.</translation>
    </message>
    <message>
        <source>%1 skipped for later.</source>
        <translation>%1 dilewati untuk nanti.</translation>
    </message>
    <message>
        <source>Nobody on the list matches what you typed.</source>
        <translation>Tidak ada orang di daftar yang cocok dengan ketikan Anda.</translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n masih terbuka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to call</source>
        <translation>
            <numerusform>%n lagi untuk ditelepon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::Campaign</name>
    <message>
        <source>Phone bank</source>
        <translation>Bank telepon</translation>
    </message>
    <message>
        <source>Door knocking</source>
        <translation>Ketuk pintu</translation>
    </message>
    <message>
        <source>Get out the vote</source>
        <translation>Ajak memilih</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>Tidak di rumah</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>Meninggalkan pesan</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Sibuk</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Pindah</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Nomor salah</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Language barrier</source>
        <translation>Kendala bahasa</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Jangan dihubungi</translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation>Minta tidak dihubungi</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>Bermusuhan</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDayChart</name>
    <message>
        <source>Attempts, contacts and pledges per day</source>
        <translation type="unfinished">Upaya, kontak, dan janji per hari</translation>
    </message>
    <message>
        <source>No results recorded yet.</source>
        <translation type="unfinished">Belum ada hasil yang dicatat.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Upaya</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontak</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Janji</translation>
    </message>
    <message>
        <source>%1: attempts %2, contacts %3, pledges %4</source>
        <comment>a day, then its counts</comment>
        <translation type="unfinished">%1: upaya %2, kontak %3, janji %4</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Hasil</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Kampanye baru</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>Ubah kampanye</translation>
    </message>
    <message>
        <source>Such as November phone bank</source>
        <translation>Misalnya Telepon November</translation>
    </message>
    <message>
        <source>Such as General election 2026</source>
        <translation>Misalnya Pemilu 2026</translation>
    </message>
    <message>
        <source>Such as Michigan, or Dearborn</source>
        <translation>Misalnya Michigan atau Dearborn</translation>
    </message>
    <message>
        <source>Election &amp;name:</source>
        <translation>&amp;Nama pemilu:</translation>
    </message>
    <message>
        <source>Election &amp;date:</source>
        <translation>&amp;Tanggal pemilu:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>Tanpa tanggal</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;sampai</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Naskah</translation>
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
        <translation>introduction: &quot;Halo {name}, saya {caller} dari cabang kami.&quot;
questions:
  - key: plan
    text: &quot;Apakah Anda berencana memilih pada hari pemilu?&quot;
    kind: yes_no
    answers:
      - {key: &quot;yes&quot;, label: &quot;Ya&quot;, action: pledge}
      - {key: &quot;no&quot;, label: &quot;Tidak&quot;}</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>&amp;Muat dari berkas…</translation>
    </message>
    <message>
        <source>Load Script</source>
        <translation>Muat naskah</translation>
    </message>
    <message>
        <source>Scripts (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Naskah (*.yaml *.yml *.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>An introduction ({caller} and {name} are filled in for each call), then questions of the kind single, multiple, yes_no or text. An answer can record a pledge, ask for a follow_up, opt the person out (do_not_contact) or add a tag (tag:NAME).</source>
        <translation>Sebuah pembuka ({caller} dan {name} diisi untuk setiap panggilan), lalu pertanyaan berjenis single, multiple, yes_no, atau text. Sebuah jawaban dapat mencatat janji memilih (pledge), meminta tindak lanjut (follow_up), mengeluarkan orang dari daftar (do_not_contact), atau menambah tag (tag:NAME).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Pemilu:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;Cabang:</translation>
    </message>
    <message>
        <source>&amp;Runs from:</source>
        <translation>&amp;Berlangsung dari:</translation>
    </message>
    <message>
        <source>&amp;Script (YAML):</source>
        <translation>&amp;Naskah (YAML):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Buat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Simpan</translation>
    </message>
    <message>
        <source>No election</source>
        <translation>Tanpa pemilu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>election: name (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>New Election…</source>
        <translation>Pemilu baru…</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>Seluruh organisasi</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>The script cannot be used: %1</source>
        <translation>Naskah tidak dapat dipakai: %1</translation>
    </message>
    <message numerus="yes">
        <source>The script reads well: %n question(s).</source>
        <translation>
            <numerusform>Naskah terbaca baik: %n pertanyaan.</numerusform>
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
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">Kampanye</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Jenis</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Pemilu</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">Dalam daftar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Selesai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignProgressPanel</name>
    <message>
        <source>On the list</source>
        <translation type="unfinished">Dalam daftar</translation>
    </message>
    <message>
        <source>People on the campaign&apos;s list</source>
        <translation type="unfinished">Orang dalam daftar kampanye</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">Selesai</translation>
    </message>
    <message>
        <source>People with a final result, or tried three times</source>
        <translation type="unfinished">Orang dengan hasil akhir, atau sudah dicoba tiga kali</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Upaya</translation>
    </message>
    <message>
        <source>Results recorded, one per call or knock</source>
        <translation type="unfinished">Hasil yang dicatat, satu per panggilan atau ketukan</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontak</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Upaya yang berhasil menjangkau orangnya</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Tingkat kontak</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">Kontak sebagai bagian dari upaya</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Janji</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">Orang yang berjanji untuk memilih</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">Tindak lanjut</translation>
    </message>
    <message>
        <source>Voter-registration follow-ups asked for</source>
        <translation type="unfinished">Tindak lanjut pendaftaran pemilih yang diminta</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation type="unfinished">Menolak dihubungi</translation>
    </message>
    <message>
        <source>People who asked not to be contacted again</source>
        <translation type="unfinished">Orang yang meminta tidak dihubungi lagi</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation type="unfinished">&amp;Relawan</translation>
    </message>
    <message>
        <source>A&amp;nswers</source>
        <translation type="unfinished">&amp;Jawaban</translation>
    </message>
    <message>
        <source>Over &amp;Time</source>
        <translation type="unfinished">Dari &amp;waktu ke waktu</translation>
    </message>
    <message>
        <source>Progress per volunteer</source>
        <translation type="unfinished">Kemajuan per relawan</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation type="unfinished">&amp;Tarik kembali…</translation>
    </message>
    <message>
        <source>Withdraw every result the selected volunteer entered in this campaign</source>
        <translation type="unfinished">Tarik semua hasil yang dimasukkan relawan terpilih dalam kampanye ini</translation>
    </message>
    <message>
        <source>Work that looks implausible (dozens of results a minute, nearly everyone reached) is shown in bold with a warning sign. Check it with the volunteer; if it was not really done, roll it back.</source>
        <translation type="unfinished">Pekerjaan yang tidak masuk akal (puluhan hasil per menit, hampir semua terjangkau) ditampilkan tebal dengan tanda peringatan. Periksa bersama relawan; jika tidak benar-benar dilakukan, tarik kembali.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Pertanyaan</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">Jawaban</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished">&amp;Pertanyaan:</translation>
    </message>
    <message>
        <source>Results per day</source>
        <translation type="unfinished">Hasil per hari</translation>
    </message>
    <message>
        <source>Choose a campaign to see how it is going.</source>
        <translation type="unfinished">Pilih kampanye untuk melihat perkembangannya.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>campaign dates</comment>
        <translation type="unfinished">%1 sampai %2</translation>
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
        <translation type="unfinished">%1 (ditutup)</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %Ln days; the table lists every day with results.</source>
        <translation type="unfinished">
            <numerusform>Grafik menampilkan %Ln hari terakhir; tabel mencantumkan setiap hari yang ada hasilnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is on this campaign&apos;s list yet. Build its list, then progress appears here as volunteers record results.</source>
        <translation type="unfinished">Belum ada orang dalam daftar kampanye ini. Buat daftarnya; kemajuan akan tampil di sini saat relawan mencatat hasil.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded yet: %Ln people are on the list. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">
            <numerusform>Belum ada yang dicatat: %Ln orang ada dalam daftar. Kemajuan akan tampil di sini saat relawan mencatat hasil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll Back Results</source>
        <translation type="unfinished">Tarik kembali hasil</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw all %Ln results %1 entered in &quot;%2&quot;?</source>
        <translation type="unfinished">
            <numerusform>Tarik kembali semua %Ln hasil yang dimasukkan %1 dalam &quot;%2&quot;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their results will no longer count. The people they recorded are reopened, to be called or visited again, and the pledges to vote and the opt-outs that only their results made are lifted. This cannot be undone.</source>
        <translation type="unfinished">Hasilnya tidak lagi dihitung. Orang yang dicatatnya dibuka kembali untuk ditelepon atau dikunjungi lagi, dan janji memilih serta penolakan kontak yang hanya berasal dari hasilnya dicabut. Ini tidak dapat diurungkan.</translation>
    </message>
    <message>
        <source>Flagged: %1.</source>
        <comment>why the work looks implausible</comment>
        <translation type="unfinished">Tanda: %1.</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation type="unfinished">&amp;Tarik kembali</translation>
    </message>
    <message>
        <source>Cannot roll back the results</source>
        <translation type="unfinished">Tidak dapat menarik kembali hasil</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %Ln results by %1.</source>
        <translation type="unfinished">
            <numerusform>%Ln hasil dari %1 ditarik kembali.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CampaignsPage</name>
    <message>
        <source>Who Is Calling?</source>
        <translation>Siapa yang menelepon?</translation>
    </message>
    <message>
        <source>Your name, as the organizer gave you your part of the list. It is asked once and kept on this computer.</source>
        <translation>Nama Anda, sesuai yang dipakai penyelenggara saat memberi bagian daftar Anda. Ditanyakan sekali dan disimpan di komputer ini.</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Belum ada kampanye</translation>
    </message>
    <message>
        <source>A campaign is a phone bank, a door-knocking effort or a get-out-the-vote drive: a list of people built from your contacts, a script with its questions, and volunteers who work through the list, offline, each result saved the moment it is entered.</source>
        <translation>Kampanye adalah sesi telepon, kunjungan dari pintu ke pintu, atau gerakan ajakan memilih: daftar orang yang disusun dari kontak Anda, naskah dengan pertanyaannya, dan relawan yang mengerjakan daftar itu secara luring, setiap hasil tersimpan saat dimasukkan.</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>Kampanye &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Build List…</source>
        <translation>&amp;Susun daftar…</translation>
    </message>
    <message>
        <source>&amp;Assign Callers…</source>
        <translation>B&amp;agikan ke penelepon…</translation>
    </message>
    <message>
        <source>C&amp;lose Campaign…</source>
        <translation>Tutu&amp;p kampanye…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Start &amp;Calling (Ctrl+Enter)</source>
        <translation>&amp;Mulai menelepon (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The caller&apos;s window: the next person on your part of the list, the script, and the results by keys. Works without a network.</source>
        <translation>Jendela penelepon: orang berikutnya dari bagian daftar Anda, naskah, dan hasil lewat tombol. Berfungsi tanpa jaringan.</translation>
    </message>
    <message>
        <source>Enter &amp;Results from Paper…</source>
        <translation>Masukkan &amp;hasil dari kertas…</translation>
    </message>
    <message>
        <source>For a door list walked on paper: find each person, then type their result and answers.</source>
        <translation>Untuk daftar kunjungan yang dicatat di kertas: cari setiap orang, lalu ketik hasil dan jawabannya.</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Orang dalam daftar</translation>
    </message>
    <message>
        <source>Find on the list</source>
        <translation>Cari di daftar</translation>
    </message>
    <message>
        <source>Find on the list by name or number</source>
        <translation>Cari di daftar menurut nama atau nomor</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Pertanyaan dan jawaban</translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation>Pembuka:</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>&amp;Daftar</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Naskah</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Kemajuan</translation>
    </message>
    <message>
        <source>Cannot show the campaigns</source>
        <translation>Kampanye tidak dapat ditampilkan</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished">%1 (ditutup)</translation>
    </message>
    <message>
        <source>The list is empty: build it from your contacts with Build List.</source>
        <translation>Daftar kosong: susun dari kontak Anda dengan «Susun daftar».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people on the list, %1 done, %2 not given to a caller yet.</source>
        <translation>
            <numerusform>%Ln orang dalam daftar, %1 selesai, %2 belum diberikan ke penelepon.</numerusform>
        </translation>
    </message>
    <message>
        <source>No introduction.</source>
        <translation>Tanpa pembuka.</translation>
    </message>
    <message>
        <source>Re&amp;open Campaign</source>
        <translation>B&amp;uka kembali kampanye</translation>
    </message>
    <message>
        <source>Close Campaign</source>
        <translation>Tutup kampanye</translation>
    </message>
    <message>
        <source>Close %1? Callers can no longer record results for it, and every assignment ends. Its results stay, and it can be reopened.</source>
        <translation>Tutup %1? Penelepon tidak dapat lagi mencatat hasil untuknya, dan semua penugasan berakhir. Hasilnya tetap ada, dan kampanye dapat dibuka kembali.</translation>
    </message>
    <message>
        <source>Cannot close the campaign</source>
        <translation>Kampanye tidak dapat ditutup</translation>
    </message>
    <message>
        <source>Cannot remember your name</source>
        <translation>Nama Anda tidak dapat disimpan</translation>
    </message>
    <message>
        <source>&amp;Turnout</source>
        <translation>&amp;Partisipasi</translation>
    </message>
    <message>
        <source>&amp;Walk Lists</source>
        <translation>&amp;Daftar kunjungan</translation>
    </message>
</context>
<context>
    <name>majlis::CampusDialog</name>
    <message>
        <source>Campus of %1</source>
        <translation type="unfinished">Kompleks %1</translation>
    </message>
    <message>
        <source>Buildings of one walking group are a short walk apart; going to another group takes longer. The walking minutes on the day&apos;s Details tab apply.</source>
        <translation type="unfinished">Gedung dalam satu kelompok jalan kaki berjarak dekat; pergi ke kelompok lain memakan waktu lebih lama. Menit jalan kaki di tab Rincian hari itu yang berlaku.</translation>
    </message>
    <message>
        <source>The U.S. Capitol&apos;s buildings are built in: the Senate&apos;s and the House&apos;s office buildings and the Capitol. List buildings here only to replace them.</source>
        <translation type="unfinished">Gedung-gedung Capitol AS sudah tersedia: gedung kantor Senat dan DPR serta Capitol. Daftarkan gedung di sini hanya untuk menggantinya.</translation>
    </message>
    <message>
        <source>No buildings listed: every office is taken to be in the capitol.</source>
        <translation type="unfinished">Tidak ada gedung terdaftar: setiap kantor dianggap berada di gedung parlemen.</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Gedung</translation>
    </message>
    <message>
        <source>Walking group</source>
        <translation type="unfinished">Kelompok jalan kaki</translation>
    </message>
    <message>
        <source>Buildings of the capitol</source>
        <translation type="unfinished">Gedung-gedung parlemen</translation>
    </message>
    <message>
        <source>&amp;Add Building</source>
        <translation type="unfinished">&amp;Tambah Gedung</translation>
    </message>
    <message>
        <source>&amp;Remove Building</source>
        <translation type="unfinished">&amp;Hapus Gedung</translation>
    </message>
    <message>
        <source>Cannot save the campus</source>
        <translation type="unfinished">Tidak dapat menyimpan kompleks</translation>
    </message>
</context>
<context>
    <name>majlis::CandidateDelegate</name>
    <message>
        <source>District of %1</source>
        <translation type="unfinished">Distrik %1</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlaceDelegate</name>
    <message>
        <source>Follow the workspace</source>
        <translation type="unfinished">Ikuti ruang kerja</translation>
    </message>
    <message>
        <source>Empty: follow the workspace</source>
        <translation type="unfinished">Kosong: ikuti ruang kerja</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlacesModel</name>
    <message>
        <source>None: numbers without + are kept as typed</source>
        <translation type="unfinished">Tidak ada: nomor tanpa + disimpan apa adanya</translation>
    </message>
    <message>
        <source>Workspace&apos;s: %1</source>
        <translation type="unfinished">Milik ruang kerja: %1</translation>
    </message>
    <message>
        <source>Not set for this chapter: it follows the workspace&apos;s setting above. Double-click to set one.</source>
        <translation type="unfinished">Belum diatur untuk cabang ini: mengikuti pengaturan ruang kerja di atas. Klik dua kali untuk mengaturnya.</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Cabang</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">Negara untuk nomor telepon</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished">Zona waktu</translation>
    </message>
</context>
<context>
    <name>majlis::CheckInWindow</name>
    <message>
        <source>Check-in: %1</source>
        <translation type="unfinished">Check-in: %1</translation>
    </message>
    <message>
        <source>Type a name, email or phone, then press Enter</source>
        <translation type="unfinished">Ketik nama, email, atau telepon, lalu tekan Enter</translation>
    </message>
    <message>
        <source>Find the person arriving</source>
        <translation type="unfinished">Cari orang yang datang</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Orang yang ditemukan</translation>
    </message>
    <message>
        <source>New Walk-in (Ctrl+N)</source>
        <translation type="unfinished">Tamu Baru Tanpa Daftar (Ctrl+N)</translation>
    </message>
    <message>
        <source>Undo Last Check-in (Ctrl+Z)</source>
        <translation type="unfinished">Urungkan Check-in Terakhir (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close Check-in (Esc)</source>
        <translation type="unfinished">Tutup Check-in (Esc)</translation>
    </message>
    <message>
        <source>May we email you?</source>
        <translation type="unfinished">Bolehkah kami mengirim email kepada Anda?</translation>
    </message>
    <message>
        <source>May we text you?</source>
        <translation type="unfinished">Bolehkah kami mengirim SMS kepada Anda?</translation>
    </message>
    <message>
        <source>May we use photos of you?</source>
        <translation type="unfinished">Bolehkah kami menggunakan foto Anda?</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">Nama &amp;depan:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">Nama &amp;keluarga:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished">&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished">&amp;Email:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished">Persetujuan:</translation>
    </message>
    <message>
        <source>Already a contact?</source>
        <translation type="unfinished">Sudah menjadi kontak?</translation>
    </message>
    <message>
        <source>&amp;Add and Check In</source>
        <translation type="unfinished">&amp;Tambahkan dan Check-in</translation>
    </message>
    <message>
        <source>Back to Search (Esc)</source>
        <translation type="unfinished">Kembali ke Pencarian (Esc)</translation>
    </message>
    <message>
        <source>Already a contact? Double-click to check them in instead:</source>
        <translation type="unfinished">Sudah menjadi kontak? Klik dua kali untuk melakukan check-in untuk mereka:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>%1 (already checked in)</source>
        <translation type="unfinished">%1 (sudah check-in)</translation>
    </message>
    <message>
        <source>%1 (not registered)</source>
        <translation type="unfinished">%1 (belum terdaftar)</translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to add &quot;%1&quot; as a walk-in.</source>
        <translation type="unfinished">Tidak ada yang ditemukan. Tekan Ctrl+N untuk menambahkan &quot;%1&quot; sebagai tamu tanpa daftar.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Tidak disimpan: %1</translation>
    </message>
    <message>
        <source>%1 was already checked in.</source>
        <translation type="unfinished">%1 sudah check-in.</translation>
    </message>
    <message>
        <source>✓ %1 is checked in.</source>
        <translation type="unfinished">✓ %1 sudah check-in.</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation type="unfinished">Tidak diurungkan: %1</translation>
    </message>
    <message>
        <source>Check-in of %1 taken back.</source>
        <translation type="unfinished">Check-in %1 dibatalkan.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished">%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1, already checked in</source>
        <translation type="unfinished">%1, sudah check-in</translation>
    </message>
    <message>
        <source>&amp;Add as a New Person Anyway</source>
        <translation type="unfinished">&amp;Tetap Tambahkan sebagai Orang Baru</translation>
    </message>
    <message>
        <source>check-in at %1</source>
        <translation type="unfinished">check-in di %1</translation>
    </message>
    <message>
        <source>✓ %1 is added and checked in.</source>
        <translation type="unfinished">✓ %1 telah ditambahkan dan check-in.</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation type="unfinished">%1 dari %2 tempat terisi</translation>
    </message>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation type="unfinished">
            <numerusform>%n sudah check-in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CoalitionMap</name>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">Mitra menurut bidang isu</translation>
    </message>
    <message>
        <source>Issue area and partners</source>
        <translation type="unfinished">Bidang isu dan mitra</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Mitra</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>No issue area</source>
        <translation type="unfinished">Tanpa bidang isu</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners view, with their issue areas.</source>
        <translation type="unfinished">Belum ada mitra: tambahkan di tampilan Mitra, beserta bidang isunya.</translation>
    </message>
    <message>
        <source>%1 across %2</source>
        <comment>partners across issue areas</comment>
        <translation type="unfinished">%1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n mitra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue area(s)</source>
        <translation type="unfinished">
            <numerusform>%n bidang isu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::ColumnMappingTable</name>
    <message>
        <source>Column</source>
        <translation type="unfinished">Kolom</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished">Baris pertama</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished">Impor sebagai</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation type="unfinished">Impor kolom %1 sebagai</translation>
    </message>
</context>
<context>
    <name>majlis::ConflictLogDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation type="unfinished">Konflik Sinkronisasi</translation>
    </message>
    <message>
        <source>When two laptops change the same field before they sync, the later edit is kept and the other is listed here. Restoring a lost value puts it back, and it then syncs like any other edit.</source>
        <translation type="unfinished">Jika dua laptop mengubah kolom yang sama sebelum disinkronkan, suntingan yang lebih akhir dipertahankan dan yang lainnya dicantumkan di sini. Memulihkan nilai yang hilang akan mengembalikannya, lalu nilai itu disinkronkan seperti suntingan lainnya.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">Konflik</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished">Tampilkan yang &amp;terselesaikan</translation>
    </message>
    <message>
        <source>Restore &amp;Lost Value</source>
        <translation type="unfinished">Pulihkan Nilai yang &amp;Hilang</translation>
    </message>
    <message>
        <source>Put the lost value back into the record, replacing the kept one.</source>
        <translation type="unfinished">Mengembalikan nilai yang hilang ke catatan, menggantikan nilai yang dipertahankan.</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation type="unfinished">&amp;Pertahankan Nilai Saat Ini</translation>
    </message>
    <message>
        <source>Leave the record as it is and close the entry.</source>
        <translation type="unfinished">Membiarkan catatan apa adanya dan menutup entri ini.</translation>
    </message>
    <message>
        <source>No conflicts: every edit from every laptop was kept.</source>
        <translation type="unfinished">Tidak ada konflik: setiap suntingan dari setiap laptop dipertahankan.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished">Tidak dapat memulihkan</translation>
    </message>
    <message>
        <source>Cannot keep the current value</source>
        <translation type="unfinished">Tidak dapat mempertahankan nilai saat ini</translation>
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
        <translation type="unfinished">Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Tidak</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Kontak</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Mitra</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Acara</translation>
    </message>
    <message>
        <source>Advocacy day</source>
        <translation type="unfinished">Hari advokasi</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Cabang</translation>
    </message>
    <message>
        <source>Sign-on letter</source>
        <translation type="unfinished">Surat dukungan bersama</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">Laptop ini</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation type="unfinished">Laptop %1</translation>
    </message>
    <message>
        <source>Edit made %1; logged %2.</source>
        <translation type="unfinished">Suntingan dibuat %1; dicatat %2.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">Catatan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">Kolom</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished">Nilai yang dipertahankan</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation type="unfinished">Nilai yang hilang</translation>
    </message>
    <message>
        <source>From laptop</source>
        <translation type="unfinished">Dari laptop</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Waktu</translation>
    </message>
</context>
<context>
    <name>majlis::ContactDetailPane</name>
    <message>
        <source>Added to Majlis</source>
        <translation type="unfinished">Ditambahkan ke Majlis</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">Dihapus</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished">Dipulihkan</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation type="unfinished">Digabungkan dengan %1</translation>
    </message>
    <message>
        <source>Came to %1</source>
        <translation type="unfinished">Datang ke %1</translation>
    </message>
    <message>
        <source>Tagged: %1</source>
        <translation type="unfinished">Diberi tag: %1</translation>
    </message>
    <message>
        <source>Tags removed: %1</source>
        <translation type="unfinished">Tag dihapus: %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">nama</translation>
    </message>
    <message>
        <source>emails</source>
        <translation type="unfinished">email</translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished">telepon</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">alamat</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">distrik</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation type="unfinished">cabang</translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished">bahasa</translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished">organisasi</translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished">tag</translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished">persetujuan</translation>
    </message>
    <message>
        <source>skills and interests</source>
        <translation type="unfinished">keterampilan dan minat</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished">catatan</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished">tanggal lahir</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation type="unfinished">Disunting: %1</translation>
    </message>
    <message>
        <source>Select a contact to see and edit it here,
or press Ctrl+N to add one.</source>
        <translation type="unfinished">Pilih kontak untuk melihat dan menyuntingnya di sini,
atau tekan Ctrl+N untuk menambahkan kontak.</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Riwayat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Simpan</translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation type="unfinished">Simpan perubahan (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Kembalikan</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>history entry: date, what happened</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished">Distrik</translation>
    </message>
    <message>
        <source>Marked do not contact: %1</source>
        <translation>Ditandai jangan dihubungi: %1</translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation>Boleh dihubungi lagi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not contact&lt;/b&gt; (%1): left out of every list, calling export and campaign.</source>
        <translation>&lt;b&gt;Jangan dihubungi&lt;/b&gt; (%1): dikecualikan dari setiap daftar, ekspor panggilan, dan kampanye.</translation>
    </message>
    <message>
        <source>Allow Contact &amp;Again…</source>
        <translation>Izinkan dihubungi l&amp;agi…</translation>
    </message>
    <message>
        <source>Do &amp;Not Contact</source>
        <translation>&amp;Jangan dihubungi</translation>
    </message>
    <message>
        <source>The person asked to be contacted again, or the mark was a mistake</source>
        <translation>Orang ini minta dihubungi lagi, atau tandanya keliru</translation>
    </message>
    <message>
        <source>Leave this person out of every list and campaign from now on</source>
        <translation>Kecualikan orang ini dari setiap daftar dan kampanye mulai sekarang</translation>
    </message>
    <message>
        <source>Do Not Contact</source>
        <translation>Jangan dihubungi</translation>
    </message>
    <message>
        <source>Allow Contact Again</source>
        <translation>Izinkan dihubungi lagi</translation>
    </message>
    <message>
        <source>%1 is marked &quot;%2&quot;. Allow contacting them again? Only do this when they asked for it.</source>
        <translation>%1 ditandai &quot;%2&quot;. Izinkan dihubungi lagi? Lakukan hanya jika ia memintanya.</translation>
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
        <translation type="unfinished">Kode pos mencakup %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Tidak diketahui</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished">salah satu dari %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">Dari %1</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Lembaga legislatif</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Majelis</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
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
        <translation type="unfinished">Distrik</translation>
    </message>
    <message>
        <source>Look &amp;Up from ZIP</source>
        <translation type="unfinished">&amp;Cari dari ZIP</translation>
    </message>
    <message>
        <source>Find the districts from the contact&apos;s ZIP code, offline</source>
        <translation type="unfinished">Temukan distrik dari kode ZIP kontak, secara offline</translation>
    </message>
    <message>
        <source>Set Dis&amp;trict…</source>
        <translation type="unfinished">Tetapkan Dis&amp;trik…</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished">Kon&amp;firmasi</translation>
    </message>
    <message>
        <source>The selected district is right</source>
        <translation type="unfinished">Distrik yang dipilih sudah benar</translation>
    </message>
    <message>
        <source>Check &amp;Later</source>
        <translation type="unfinished">Periksa &amp;Nanti</translation>
    </message>
    <message>
        <source>List the selected district among those to check</source>
        <translation type="unfinished">Masukkan distrik yang dipilih ke daftar yang perlu diperiksa</translation>
    </message>
    <message>
        <source>Save or revert the contact&apos;s edits first</source>
        <translation type="unfinished">Simpan atau batalkan dulu perubahan kontak</translation>
    </message>
    <message>
        <source>%1 has no postal code yet: enter it above and save, then look up the districts.</source>
        <translation type="unfinished">%1 belum punya kode pos: isi di atas dan simpan, lalu cari distriknya.</translation>
    </message>
    <message>
        <source>Look Up Districts of %1</source>
        <translation type="unfinished">Cari Distrik %1</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) found from postcode %1, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n distrik ditemukan dari kode pos %1, ditandai perkiraan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) chosen among the candidates.</source>
        <translation type="unfinished">
            <numerusform>%n distrik dipilih dari kandidat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) still to choose: the postcode spans several. Look up again to choose.</source>
        <translation type="unfinished">
            <numerusform>%n distrik masih harus dipilih: kode pos mencakup beberapa. Cari lagi untuk memilih.</numerusform>
        </translation>
    </message>
    <message>
        <source>No district file knows postcode %1 for %2. A ZIP code of post office boxes only has no area; for a legislature without a file, import one with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate), then look up again.</source>
        <translation type="unfinished">Tidak ada berkas distrik yang mengenal kode pos %1 untuk %2. Kode ZIP khusus kotak pos tidak punya wilayah; untuk legislatif tanpa berkas, impor satu dengan &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (atau senate), lalu cari lagi.</translation>
    </message>
    <message>
        <source>ZIP code %1 lies only in %2, not in the contact&apos;s state: check the address.</source>
        <translation type="unfinished">Kode ZIP %1 hanya ada di %2, bukan di negara bagian kontak: periksa alamatnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) entered by hand or confirmed were kept; choose Check Later on one to let a look-up replace it.</source>
        <translation type="unfinished">
            <numerusform>%n distrik yang dimasukkan manual atau dikonfirmasi dipertahankan; pilih Periksa Nanti pada salah satunya agar pencarian dapat menggantinya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The districts of postcode %1 were already set.</source>
        <translation type="unfinished">Distrik kode pos %1 sudah ditetapkan.</translation>
    </message>
    <message>
        <source>No legislature here has a postcode file for the contact&apos;s country.</source>
        <translation type="unfinished">Tidak ada legislatif di sini yang punya berkas kode pos untuk negara kontak.</translation>
    </message>
    <message>
        <source>Set District of %1</source>
        <translation type="unfinished">Tetapkan Distrik %1</translation>
    </message>
    <message>
        <source>Confirm District of %1</source>
        <translation type="unfinished">Konfirmasi Distrik %1</translation>
    </message>
    <message>
        <source>Check District of %1 Later</source>
        <translation type="unfinished">Periksa Distrik %1 Nanti</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditor</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Nama depan</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nama keluarga</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Nama panggilan</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation type="unfinished">Nama yang mereka sukai untuk dipanggil</translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished">rumah</translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished">kantor</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">lainnya</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation type="unfinished">Tambah email</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">Alamat email</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished">ponsel</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished">Tambah telepon</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Nomor telepon</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Cabang</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Jalan</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Kota</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">Negara bagian atau wilayah</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Kode pos</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Negara</translation>
    </message>
    <message>
        <source>Two letters, such as US</source>
        <translation type="unfinished">Dua huruf, seperti US</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">Negara bagian AS</translation>
    </message>
    <message>
        <source>MI</source>
        <translation type="unfinished">MI</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">Distrik kongres</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Tidak diketahui</translation>
    </message>
    <message>
        <source>0 for an at-large seat</source>
        <translation type="unfinished">0 untuk kursi at-large</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Bahasa</translation>
    </message>
    <message>
        <source>Comma-separated, such as ar, en</source>
        <translation type="unfinished">Dipisahkan koma, seperti ar, en</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organisasi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Peran</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Tag</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation type="unfinished">Dipisahkan koma</translation>
    </message>
    <message>
        <source>Volunteer skills</source>
        <translation type="unfinished">Keterampilan relawan</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">Minat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Catatan</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished">Masalah</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">Nama &amp;depan:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">Nama &amp;keluarga:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished">Nama &amp;panggilan:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation type="unfinished">&amp;Email:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation type="unfinished">&amp;Telepon:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;Cabang:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished">Distrik:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished">Jalan:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">Kota:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">Wilayah:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished">Kode pos:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished">Negara:</translation>
    </message>
    <message>
        <source>U.S. &amp;state:</source>
        <translation type="unfinished">Negara &amp;bagian AS:</translation>
    </message>
    <message>
        <source>Address and district</source>
        <translation type="unfinished">Alamat dan distrik</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished">&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished">&amp;Organisasi:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">&amp;Tag:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation type="unfinished">&amp;Keterampilan:</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation type="unfinished">&amp;Minat:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Catatan:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">Persetujuan</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished">Dicatat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Tanggal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Sumber</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation type="unfinished">Pesan teks</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation type="unfinished">Panggilan telepon</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished">Foto</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Tidak dicatat</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished">Diberikan</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Ditolak</translation>
    </message>
    <message>
        <source>Consent to %1</source>
        <translation type="unfinished">Persetujuan untuk %1</translation>
    </message>
    <message>
        <source>Date of consent to %1</source>
        <translation type="unfinished">Tanggal persetujuan untuk %1</translation>
    </message>
    <message>
        <source>Sign-up form, event, call…</source>
        <translation type="unfinished">Formulir pendaftaran, acara, panggilan…</translation>
    </message>
    <message>
        <source>Source of consent to %1</source>
        <translation type="unfinished">Sumber persetujuan untuk %1</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Tanpa cabang</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditorDialog</name>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">Kontak Baru</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation type="unfinished">Kontak tidak disimpan</translation>
    </message>
</context>
<context>
    <name>majlis::ContactExportDialog</name>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">Ekspor Kontak</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation type="unfinished">Kontak yang mana</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>&amp;Semua %n kontak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n contact(s) &amp;listed now</source>
        <translation type="unfinished">
            <numerusform>%n kontak yang &amp;tercantum sekarang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n kontak yang &amp;dipilih</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished">Lembar kerja CSV</translation>
    </message>
    <message>
        <source>vCard 4.0 (address books)</source>
        <translation type="unfinished">vCard 4.0 (buku alamat)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older address books)</source>
        <translation type="unfinished">vCard 3.0 (buku alamat lama)</translation>
    </message>
    <message>
        <source>vCard 2.1 (old phones and Outlook)</source>
        <translation type="unfinished">vCard 2.1 (ponsel lama dan Outlook)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished">&amp;Ekspor…</translation>
    </message>
</context>
<context>
    <name>majlis::ContactField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">Jangan impor</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Nama depan</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nama keluarga</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Nama lengkap</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Nama panggilan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Home email</source>
        <translation type="unfinished">Email rumah</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation type="unfinished">Email kantor</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telepon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished">Ponsel</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished">Telepon rumah</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished">Telepon kantor</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Jalan</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Kota</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">Negara bagian atau wilayah</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Kode pos</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Negara</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">Negara bagian AS</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">Distrik kongres</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organisasi</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation type="unfinished">Peran atau jabatan</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Tag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Catatan</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">Tanggal lahir</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Bahasa</translation>
    </message>
    <message>
        <source>Department (added to the role)</source>
        <translation type="unfinished">Departemen (ditambahkan ke peran)</translation>
    </message>
    <message>
        <source>Whole address (used when there is no street)</source>
        <translation type="unfinished">Alamat lengkap (dipakai bila tidak ada jalan)</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation type="unfinished">Jalan, baris kedua</translation>
    </message>
    <message>
        <source>Label of the next email</source>
        <translation type="unfinished">Label email berikutnya</translation>
    </message>
    <message>
        <source>Label of the next phone</source>
        <translation type="unfinished">Label telepon berikutnya</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished">Tahun lahir</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation type="unfinished">Bulan lahir</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation type="unfinished">Tanggal lahir (hari)</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished">Jangan dihubungi</translation>
    </message>
</context>
<context>
    <name>majlis::ContactPickerDialog</name>
    <message>
        <source>Register Attendees</source>
        <translation type="unfinished">Daftarkan Peserta</translation>
    </message>
    <message>
        <source>Search by name, email, phone or tag</source>
        <translation type="unfinished">Cari menurut nama, email, telepon, atau tag</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;Cari:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished">&amp;Daftarkan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation type="unfinished">Tidak ada kontak yang cocok.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontak</translation>
    </message>
</context>
<context>
    <name>majlis::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telepon</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Cabang</translation>
    </message>
    <message>
        <source>District</source>
        <comment>congressional district</comment>
        <translation type="unfinished">Distrik</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organisasi</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Tag</translation>
    </message>
    <message>
        <source>%1 — do not contact (%2)</source>
        <translation>%1 — jangan dihubungi (%2)</translation>
    </message>
</context>
<context>
    <name>majlis::ContactsPage</name>
    <message>
        <source>Search names, emails, phones, tags, notes… (Ctrl+F)</source>
        <translation type="unfinished">Cari nama, email, telepon, tag, catatan… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished">Cari kontak</translation>
    </message>
    <message>
        <source>Filter by chapter</source>
        <translation type="unfinished">Saring menurut cabang</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished">Saring menurut tag</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">Kontak Baru</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation type="unfinished">Tambahkan kontak (Ctrl+N)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontak</translation>
    </message>
    <message>
        <source>contacts.%1</source>
        <translation type="unfinished">kontak.%1</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">Ekspor Kontak</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">Semua cabang</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished">Semua tag</translation>
    </message>
    <message>
        <source>No contacts match the search and filters.</source>
        <translation type="unfinished">Tidak ada kontak yang cocok dengan pencarian dan saringan.</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add the first one, or try File &gt; New Demo Workspace to explore Majlis with fictional data.</source>
        <translation type="unfinished">Belum ada kontak.
Tekan Ctrl+N untuk menambahkan yang pertama, atau coba Berkas &gt; Ruang Kerja Demo Baru untuk menjelajahi Majlis dengan data fiktif.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished">Simpan perubahan pada %1?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished">Hapus %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)?</source>
        <translation type="unfinished">
            <numerusform>Hapus %n kontak?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation type="unfinished">Hapus Kontak</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation type="unfinished">Anda dapat mengurungkan ini dengan Sunting &gt; Urungkan (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Hapus</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation type="unfinished">Tambahkan Tag</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n contact(s), separated by commas:</source>
        <translation type="unfinished">
            <numerusform>Tag yang akan ditambahkan ke %n kontak, dipisahkan dengan koma:</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>Export a Person&apos;s Data</source>
        <translation type="unfinished">Ekspor data seseorang</translation>
    </message>
    <message>
        <source>Select one contact first.</source>
        <translation type="unfinished">Pilih satu kontak terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 - data.json</source>
        <translation type="unfinished">%1 - data.json</translation>
    </message>
    <message>
        <source>Export Everything About %1</source>
        <translation type="unfinished">Ekspor semua tentang %1</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2. It is personal data: send it only to them.</source>
        <translation type="unfinished">Semua yang disimpan tentang %1 telah ditulis ke %2. Ini data pribadi: kirimkan hanya kepada orang itu.</translation>
    </message>
    <message>
        <source>Erase a Person</source>
        <translation type="unfinished">Hapus data seseorang</translation>
    </message>
    <message>
        <source>Erase everything held about %1?</source>
        <translation type="unfinished">Hapus semua yang disimpan tentang %1?</translation>
    </message>
    <message>
        <source>Their contact, emails, phones, tags, consents, history, registrations and advocacy-day roles are removed from this workspace, and from every laptop and the server at their next sync. This cannot be undone. If they asked for a copy, export it first.</source>
        <translation type="unfinished">Kontak, email, telepon, tag, persetujuan, riwayat, pendaftaran, dan peran hari advokasinya dihapus dari ruang kerja ini, serta dari setiap laptop dan server pada sinkronisasi berikutnya. Ini tidak dapat dibatalkan. Jika mereka meminta salinan, ekspor terlebih dahulu.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished">Saya paham bahwa ini tidak dapat dibatalkan</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished">Hapus</translation>
    </message>
    <message numerus="yes">
        <source>Erased %1 and %n row(s) about them.</source>
        <translation type="unfinished">
            <numerusform>%1 dan %n baris tentang mereka telah dihapus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n contact(s) listed</source>
        <translation type="unfinished">
            <numerusform>%n kontak yang tercantum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n kontak terpilih</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::DayDashboard</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">Hasil menurut permintaan</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Tidak dicatat</translation>
    </message>
    <message>
        <source>Held meetings that recorded nothing for this ask</source>
        <translation type="unfinished">Pertemuan terlaksana yang tidak mencatat apa pun untuk permintaan ini</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation type="unfinished">Tidak ada tindak lanjut yang terbuka.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished">Tindak lanjut terbuka</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Selesai</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Deskripsi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Tenggat</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">Kantor</translation>
    </message>
    <message>
        <source>Tick a follow-up off once it is done</source>
        <translation type="unfinished">Centang tindak lanjut setelah selesai</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">Tidak ada hari advokasi yang dipilih.</translation>
    </message>
    <message>
        <source>Meetings held: %1 of %2 scheduled</source>
        <translation type="unfinished">Pertemuan terlaksana: %1 dari %2 yang dijadwalkan</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished">Dibatalkan: %1</translation>
    </message>
    <message>
        <source>Reports received: %1 of %2 held</source>
        <translation type="unfinished">Laporan diterima: %1 dari %2 yang terlaksana</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Terlambat</translation>
    </message>
    <message>
        <source>Follow-up not updated</source>
        <translation type="unfinished">Tindak lanjut belum diperbarui</translation>
    </message>
</context>
<context>
    <name>majlis::DayDetailsPanel</name>
    <message>
        <source> min</source>
        <translation type="unfinished"> mnt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Kota:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished">T&amp;ema:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">hingga</translation>
    </message>
    <message>
        <source>&amp;Meetings from:</source>
        <translation type="unfinished">&amp;Pertemuan dari:</translation>
    </message>
    <message>
        <source>&amp;Slot length:</source>
        <translation type="unfinished">Panjang &amp;slot:</translation>
    </message>
    <message>
        <source>Largest &amp;team:</source>
        <translation type="unfinished">Tim &amp;terbesar:</translation>
    </message>
    <message>
        <source>Walking time between meetings</source>
        <translation type="unfinished">Waktu berjalan kaki antarpertemuan</translation>
    </message>
    <message>
        <source>In the same building:</source>
        <translation type="unfinished">Di gedung yang sama:</translation>
    </message>
    <message>
        <source>Same side (Senate or House buildings):</source>
        <translation type="unfinished">Sisi yang sama (gedung Senat atau DPR):</translation>
    </message>
    <message>
        <source>Across the Capitol:</source>
        <translation type="unfinished">Melintasi Capitol:</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">Permintaan</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished">RUU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Judul</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished">Poin pembicaraan</translation>
    </message>
    <message>
        <source>Add Ask</source>
        <translation type="unfinished">Tambah Permintaan</translation>
    </message>
    <message>
        <source>Remove Ask</source>
        <translation type="unfinished">Hapus Permintaan</translation>
    </message>
    <message>
        <source>Leave-behind files</source>
        <translation type="unfinished">Berkas untuk ditinggalkan</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished">Tambah Berkas…</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation type="unfinished">Hapus Berkas</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">Mitra penyelenggara bersama</translation>
    </message>
    <message>
        <source>Notes for the organizers</source>
        <translation type="unfinished">Catatan untuk panitia</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Kembalikan</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">Belum ada mitra: tambahkan di ruang kerja Mitra.</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">Tidak dapat menyimpan penyelenggara bersama</translation>
    </message>
    <message>
        <source>Cannot save the day</source>
        <translation type="unfinished">Tidak dapat menyimpan hari</translation>
    </message>
    <message>
        <source>Add Leave-behind Files</source>
        <translation type="unfinished">Tambah Berkas untuk Ditinggalkan</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt);;All files (*)</source>
        <translation type="unfinished">Dokumen (*.pdf *.docx *.odt *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The times of the day&apos;s meetings are in this time zone: the capitol&apos;s.</source>
        <translation type="unfinished">Waktu pertemuan hari itu memakai zona waktu ini: zona waktu gedung parlemen.</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Lembaga legislatif:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">&amp;Zona waktu:</translation>
    </message>
    <message>
        <source>Unknown legislature</source>
        <translation type="unfinished">Lembaga legislatif tidak dikenal</translation>
    </message>
    <message>
        <source>This day already has meetings with the members of this legislature, so it stays at it. Plan a day at another legislature as a new day.</source>
        <translation type="unfinished">Hari ini sudah memiliki pertemuan dengan anggota lembaga legislatif ini, jadi tetap di sini. Rencanakan hari di lembaga lain sebagai hari baru.</translation>
    </message>
    <message>
        <source>The legislature whose members the day&apos;s teams meet.</source>
        <translation type="unfinished">Lembaga legislatif yang anggotanya ditemui tim hari itu.</translation>
    </message>
    <message>
        <source>Same walking group (Legislators, Campus…):</source>
        <translation type="unfinished">Kelompok jalan kaki yang sama (Anggota Legislatif, Kompleks…):</translation>
    </message>
    <message>
        <source>Between walking groups:</source>
        <translation type="unfinished">Antarkelompok jalan kaki:</translation>
    </message>
    <message>
        <source>Meetings until</source>
        <translation type="unfinished">Pertemuan hingga</translation>
    </message>
</context>
<context>
    <name>majlis::DayProgressModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">Hari</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Upaya</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontak</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Janji</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictChoiceDialog</name>
    <message>
        <source>Choose the District</source>
        <translation type="unfinished">Pilih Distrik</translation>
    </message>
    <message>
        <source>%1&apos;s postcode %2 spans several districts of %3. Which one does the address lie in?</source>
        <translation type="unfinished">Kode pos %2 milik %1 mencakup beberapa distrik %3. Di distrik mana alamatnya berada?</translation>
    </message>
    <message>
        <source>Candidate districts</source>
        <translation type="unfinished">Distrik kandidat</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;Pilih</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictFillDialog</name>
    <message>
        <source>Fill Districts from ZIP Codes</source>
        <translation type="unfinished">Isi Distrik dari Kode ZIP</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation type="unfinished">&amp;Isi</translation>
    </message>
    <message>
        <source>Districts to choose</source>
        <translation type="unfinished">Distrik yang harus dipilih</translation>
    </message>
    <message>
        <source>&amp;Choose District…</source>
        <translation type="unfinished">&amp;Pilih Distrik…</translation>
    </message>
    <message>
        <source>Pick the district of the selected row among its candidates (F2)</source>
        <translation type="unfinished">Pilih distrik baris terpilih dari kandidatnya (F2)</translation>
    </message>
    <message>
        <source>Looking up the districts of %1 from their postal codes:</source>
        <translation type="unfinished">Mencari distrik %1 dari kode pos mereka:</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) would be filled, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n distrik akan diisi, ditandai perkiraan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts: you choose among the candidates after the fill.</source>
        <translation type="unfinished">
            <numerusform>%n kode pos mencakup beberapa distrik: Anda memilih di antara kandidat setelah pengisian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows.</source>
        <translation type="unfinished">
            <numerusform>%n kode pos tidak dikenal berkas distrik mana pun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s: check the address.</source>
        <translation type="unfinished">
            <numerusform>%n kode ZIP hanya ada di negara bagian lain dari milik kontak: periksa alamatnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left as they are: %1 entered by hand or confirmed, %2 already filled, %3 without a postcode.</source>
        <translation type="unfinished">Dibiarkan: %1 dimasukkan manual atau dikonfirmasi, %2 sudah terisi, %3 tanpa kode pos.</translation>
    </message>
    <message>
        <source>There is nothing to fill.</source>
        <translation type="unfinished">Tidak ada yang perlu diisi.</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postal codes, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n distrik diisi dari kode pos, ditandai perkiraan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose: pick one in each row below (F2 or Choose District…).</source>
        <translation type="unfinished">
            <numerusform>%n distrik harus dipilih: pilih satu di setiap baris di bawah (F2 atau Pilih Distrik…).</numerusform>
        </translation>
    </message>
    <message>
        <source>No district is left to choose.</source>
        <translation type="unfinished">Tidak ada distrik yang tersisa untuk dipilih.</translation>
    </message>
    <message>
        <source>No district file knows the postcodes of: %1. Import a postcode file with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate).</source>
        <translation type="unfinished">Tidak ada berkas distrik yang mengenal kode pos milik: %1. Impor berkas kode pos dengan &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (atau senate).</translation>
    </message>
    <message>
        <source>Check the address of: %1 (the ZIP code lies in another state).</source>
        <translation type="unfinished">Periksa alamat: %1 (kode ZIP berada di negara bagian lain).</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictSetDialog</name>
    <message>
        <source>Set District</source>
        <translation type="unfinished">Tetapkan Distrik</translation>
    </message>
    <message>
        <source>Legislature and chamber</source>
        <translation type="unfinished">Legislatif dan kamar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a legislature and one of its chambers</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrik</translation>
    </message>
    <message>
        <source>MI-12 for the U.S. House; the district&apos;s name or number elsewhere</source>
        <translation type="unfinished">MI-12 untuk DPR AS; di tempat lain nama atau nomor distrik</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Lembaga legislatif:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">&amp;Distrik:</translation>
    </message>
    <message>
        <source>A district set here is marked as entered by hand; no look-up changes it.</source>
        <translation type="unfinished">Distrik yang ditetapkan di sini ditandai dimasukkan manual; tidak ada pencarian yang mengubahnya.</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictTurnoutModel</name>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrik</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Berjanji</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">Sudah memilih</translation>
    </message>
    <message>
        <source>Still to vote</source>
        <translation type="unfinished">Belum memilih</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished">Partisipasi</translation>
    </message>
    <message>
        <source>Of those who pledged, the share who have voted</source>
        <translation type="unfinished">Dari yang berjanji, bagian yang sudah memilih</translation>
    </message>
</context>
<context>
    <name>majlis::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished">Cari Duplikat</translation>
    </message>
    <message>
        <source>Looking for contacts entered more than once…</source>
        <translation type="unfinished">Mencari kontak yang dimasukkan lebih dari sekali…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">Kemungkinan duplikat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished">Skor</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontak</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Alasan</translation>
    </message>
    <message>
        <source>Contacts in this group; the first two selected are merged:</source>
        <translation type="unfinished">Kontak dalam grup ini; dua yang pertama dipilih akan digabungkan:</translation>
    </message>
    <message>
        <source>Contacts in the selected group</source>
        <translation type="unfinished">Kontak dalam grup yang dipilih</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">Gabungkan…</translation>
    </message>
    <message>
        <source>Choose, field by field, what the merged contact keeps</source>
        <translation type="unfinished">Pilih, kolom demi kolom, apa yang dipertahankan oleh kontak gabungan</translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation type="unfinished">Cari Lagi</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">Ulangi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Batal</translation>
    </message>
    <message>
        <source>The search was cancelled. Press Search Again to look for duplicates.</source>
        <translation type="unfinished">Pencarian dibatalkan. Tekan Cari Lagi untuk mencari duplikat.</translation>
    </message>
    <message>
        <source>No contacts look like duplicates of each other.</source>
        <translation type="unfinished">Tidak ada kontak yang tampak sebagai duplikat satu sama lain.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts may be the same person, most likely first. Select one, check its contacts, then Merge.</source>
        <translation type="unfinished">
            <numerusform>%n grup kontak mungkin orang yang sama, yang paling mungkin lebih dahulu. Pilih satu, periksa kontaknya, lalu Gabungkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">Salah satu kontak ini sudah tidak ada; mungkin telah digabungkan atau dihapus sementara itu.</translation>
    </message>
</context>
<context>
    <name>majlis::Event</name>
    <message>
        <source>Voter-registration drive</source>
        <translation type="unfinished">Kegiatan pendaftaran pemilih</translation>
    </message>
    <message>
        <source>Interfaith gathering</source>
        <translation type="unfinished">Pertemuan lintas iman</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation type="unfinished">Balai kota</translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">Pelatihan</translation>
    </message>
    <message>
        <source>Cultural evening</source>
        <translation type="unfinished">Malam budaya</translation>
    </message>
    <message>
        <source>Community event</source>
        <translation type="unfinished">Acara komunitas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Lainnya</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">Tidak ditanyakan</translation>
    </message>
    <message>
        <source>Registered here</source>
        <translation type="unfinished">Didaftarkan di sini</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished">Sudah terdaftar</translation>
    </message>
    <message>
        <source>Needs a follow-up</source>
        <translation type="unfinished">Perlu tindak lanjut</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished">Tidak memenuhi syarat</translation>
    </message>
</context>
<context>
    <name>majlis::EventsPage</name>
    <message>
        <source>Events</source>
        <translation type="unfinished">Acara</translation>
    </message>
    <message>
        <source>&amp;New Event</source>
        <translation type="unfinished">Acara &amp;Baru</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished">Hapus Acara</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation type="unfinished">Ekspor &amp;Kalender…</translation>
    </message>
    <message>
        <source>Every event as an iCalendar (.ics) file for phones and calendar programs.</source>
        <translation type="unfinished">Semua acara sebagai berkas iCalendar (.ics) untuk ponsel dan program kalender.</translation>
    </message>
    <message>
        <source>events.ics</source>
        <translation type="unfinished">events.ics</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished">Ekspor Kalender</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished">Tanpa batas</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">Mitra penyelenggara bersama</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">Tidak dapat menyimpan penyelenggara bersama</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Jenis:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;Cabang:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished">&amp;Mulai:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished">&amp;Selesai:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">&amp;Tempat:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished">&amp;Kapasitas:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">Ca&amp;tatan:</translation>
    </message>
    <message>
        <source>Co-sponsors:</source>
        <translation type="unfinished">Penyelenggara bersama:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Kembalikan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telepon</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Terdaftar</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Sudah check-in</translation>
    </message>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">&amp;Daftarkan Kontak…</translation>
    </message>
    <message>
        <source>E&amp;xport Attendance…</source>
        <translation type="unfinished">E&amp;kspor Kehadiran…</translation>
    </message>
    <message>
        <source>%1 attendance.csv</source>
        <translation type="unfinished">%1 kehadiran.csv</translation>
    </message>
    <message>
        <source>Export Attendance</source>
        <translation type="unfinished">Ekspor Kehadiran</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished">Memenuhi syarat</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished">Pendaftaran</translation>
    </message>
    <message>
        <source>Pledged to vote</source>
        <translation type="unfinished">Berjanji memilih</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished">Tindak lanjut selesai</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Catatan</translation>
    </message>
    <message>
        <source>Everyone registered or checked in; changes are saved as you make them.</source>
        <translation type="unfinished">Semua yang terdaftar atau sudah check-in; perubahan disimpan saat Anda membuatnya.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups still open:</source>
        <translation type="unfinished">&amp;Tindak lanjut yang masih terbuka:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Rincian</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;Kehadiran</translation>
    </message>
    <message>
        <source>&amp;Voter Registration</source>
        <translation type="unfinished">&amp;Pendaftaran Pemilih</translation>
    </message>
    <message>
        <source>Open &amp;Check-in (F9)</source>
        <translation type="unfinished">Buka &amp;Check-in (F9)</translation>
    </message>
    <message>
        <source>A full-screen window for the door: find people as you type, Enter checks them in.</source>
        <translation type="unfinished">Jendela layar penuh untuk pintu masuk: temukan orang saat Anda mengetik, Enter melakukan check-in.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished">Belum ada acara</translation>
    </message>
    <message>
        <source>Create an event with New Event, register people for it, then open check-in at the door. Check-in works without a network and saves every arrival at once.</source>
        <translation type="unfinished">Buat acara dengan Acara Baru, daftarkan orang untuk acara itu, lalu buka check-in di pintu masuk. Check-in berfungsi tanpa jaringan dan langsung menyimpan setiap kedatangan.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Tanpa cabang</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">Belum ada mitra: tambahkan di ruang kerja Mitra.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">Tanpa daftar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Tidak</translation>
    </message>
    <message>
        <source>%1 registered or came; %2 checked in, %3 of them new at the door.</source>
        <translation type="unfinished">%1 terdaftar atau datang; %2 sudah check-in, %3 di antaranya baru di pintu masuk.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">Tidak ditanyakan</translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation type="unfinished">Memenuhi syarat: %1</translation>
    </message>
    <message>
        <source>Registration: %1</source>
        <translation type="unfinished">Pendaftaran: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished">Tidak ada.</translation>
    </message>
    <message>
        <source>Cannot save the voter record</source>
        <translation type="unfinished">Tidak dapat menyimpan data pemilih</translation>
    </message>
    <message>
        <source>Cannot save the event</source>
        <translation type="unfinished">Tidak dapat menyimpan acara</translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished">Acara baru</translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation type="unfinished">Tidak dapat membuat acara</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its registrations and attendance? The contacts stay.</source>
        <translation type="unfinished">Hapus &quot;%1&quot; beserta pendaftaran dan kehadirannya? Kontaknya tetap ada.</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation type="unfinished">Tidak dapat menghapus acara</translation>
    </message>
    <message>
        <source>Cannot register</source>
        <translation type="unfinished">Tidak dapat mendaftarkan</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation type="unfinished">Tidak dapat mengekspor kalender</translation>
    </message>
    <message>
        <source>Cannot export the attendance</source>
        <translation type="unfinished">Tidak dapat mengekspor kehadiran</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished">Pendaftaran</translation>
    </message>
    <message>
        <source>Voter registration</source>
        <translation type="unfinished">Pendaftaran pemilih</translation>
    </message>
    <message>
        <source>Voter registration follow-ups</source>
        <translation type="unfinished">Tindak lanjut pendaftaran pemilih</translation>
    </message>
    <message>
        <source>The time zone of the event&apos;s place, such as Europe/London: calendar exports name it, so the event shows at the right time wherever it is opened. Type part of a city to find it.</source>
        <translation type="unfinished">Zona waktu tempat acara, seperti Europe/London: ekspor kalender menyebutkannya, sehingga acara tampil pada waktu yang benar di mana pun dibuka. Ketik sebagian nama kota untuk menemukannya.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">&amp;Zona waktu:</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReportModel</name>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Lembaga legislatif</translation>
    </message>
    <message>
        <source>Members listed</source>
        <translation type="unfinished">Anggota terdaftar</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished">Tidak berubah</translation>
    </message>
    <message>
        <source>No longer in office</source>
        <translation type="unfinished">Tidak lagi menjabat</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReviewDialog</name>
    <message>
        <source>Review the Import</source>
        <translation type="unfinished">Tinjau Impor</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been written yet. %Ln legislature(s) listed: %1 new members, %2 updated, %3 unchanged, %4 no longer in office. Meetings already planned are kept.</source>
        <translation type="unfinished">
            <numerusform>Belum ada yang ditulis. %Ln lembaga legislatif terdaftar: %1 anggota baru, %2 diperbarui, %3 tidak berubah, %4 tidak lagi menjabat. Pertemuan yang sudah direncanakan tetap ada.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import does to each legislature</source>
        <translation type="unfinished">Apa yang dilakukan impor pada setiap lembaga legislatif</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Impor</translation>
    </message>
    <message numerus="yes">
        <source>Not imported, or read with a doubt (%n):</source>
        <translation type="unfinished">
            <numerusform>Tidak diimpor, atau dibaca dengan keraguan (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows and files not imported</source>
        <translation type="unfinished">Baris dan berkas yang tidak diimpor</translation>
    </message>
</context>
<context>
    <name>majlis::ImportWizard</name>
    <message>
        <source>Merge into the existing contact</source>
        <translation type="unfinished">Gabungkan ke kontak yang sudah ada</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation type="unfinished">Lewati baris ini</translation>
    </message>
    <message>
        <source>Create a new contact anyway</source>
        <translation type="unfinished">Tetap buat kontak baru</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished">Impor Kontak</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Impor</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished">Pilih berkas</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or text: from Excel, Google Contacts, Outlook or an organizing tool.</source>
        <translation type="unfinished">Lembar kerja yang disimpan sebagai CSV atau teks: dari Excel, Google Contacts, Outlook, atau alat pengorganisasian.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished">Berkas yang akan diimpor</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">Lembar kerja (*.csv *.txt *.tsv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">Isi setiap kolom</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check them against the first rows.</source>
        <translation type="unfinished">Kolom dengan nama yang dikenal sudah dicocokkan; periksa dengan baris-baris pertama.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">Kolom</translation>
    </message>
    <message>
        <source>Put everyone in &amp;chapter:</source>
        <translation type="unfinished">Masukkan semua orang ke &amp;cabang:</translation>
    </message>
    <message>
        <source>When a row matches a &amp;contact:</source>
        <translation type="unfinished">Jika baris cocok dengan &amp;kontak:</translation>
    </message>
    <message>
        <source>Review before importing</source>
        <translation type="unfinished">Tinjau sebelum mengimpor</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes everything at once, or nothing if it is cancelled.</source>
        <translation type="unfinished">Belum ada yang ditulis. Impor menulis semuanya sekaligus, atau tidak sama sekali jika dibatalkan.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Baris</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished">Di berkas</translation>
    </message>
    <message>
        <source>Already a contact</source>
        <translation type="unfinished">Sudah menjadi kontak</translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished">Tindakan</translation>
    </message>
    <message>
        <source>Merge All</source>
        <translation type="unfinished">Gabungkan Semua</translation>
    </message>
    <message>
        <source>Skip All</source>
        <translation type="unfinished">Lewati Semua</translation>
    </message>
    <message>
        <source>Create All</source>
        <translation type="unfinished">Buat Semua</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Masalah</translation>
    </message>
    <message>
        <source>&amp;Save Problems…</source>
        <translation type="unfinished">&amp;Simpan Masalah…</translation>
    </message>
    <message>
        <source>Rows that look like someone already here:</source>
        <translation type="unfinished">Baris yang tampak seperti orang yang sudah ada di sini:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported as they are:</source>
        <translation type="unfinished">Baris yang tidak dapat diimpor apa adanya:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished">tab</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished">titik koma</translation>
    </message>
    <message>
        <source>bar</source>
        <translation type="unfinished">garis tegak</translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished">koma</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns; text in %3, fields separated by %4.</source>
        <translation type="unfinished">%1 baris dalam %2 kolom; teks dalam %3, kolom dipisahkan oleh %4.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Tanpa cabang</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">impor %1</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished">Memeriksa baris…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Batal</translation>
    </message>
    <message>
        <source>Checking the rows… %1 of %2</source>
        <translation type="unfinished">Memeriksa baris… %1 dari %2</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">Tidak dapat mengimpor</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 problems.</source>
        <translation type="unfinished">%1 baris dibaca: %2 kontak baru, %3 digabungkan ke kontak yang sudah ada, %4 dilewati; %5 masalah.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation type="unfinished">Simpan Masalah</translation>
    </message>
    <message>
        <source>import problems.csv</source>
        <translation type="unfinished">masalah impor.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished">Tidak dapat menyimpan</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation type="unfinished">Mengimpor kontak…</translation>
    </message>
    <message>
        <source>Importing contacts… %1 of %2</source>
        <translation type="unfinished">Mengimpor kontak… %1 dari %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">Impor tidak dilakukan</translation>
    </message>
    <message>
        <source>The first rows, as read in this encoding</source>
        <translation type="unfinished">Baris-baris pertama, dibaca dalam pengodean ini</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation type="unfinished">P&amp;engodean teks:</translation>
    </message>
    <message>
        <source>The first rows as they will be imported; if names look wrong, choose another encoding:</source>
        <translation type="unfinished">Baris-baris pertama sebagaimana akan diimpor; jika nama tampak salah, pilih pengodean lain:</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished">%1 (terdeteksi)</translation>
    </message>
</context>
<context>
    <name>majlis::InteractionDialog</name>
    <message>
        <source>Add Interaction</source>
        <translation type="unfinished">Tambah Interaksi</translation>
    </message>
    <message>
        <source>In a few words, what happened</source>
        <translation type="unfinished">Secara singkat, apa yang terjadi</translation>
    </message>
    <message>
        <source>Add &amp;People…</source>
        <translation type="unfinished">Tambah &amp;Orang…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished">&amp;Ringkasan:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Catatan:</translation>
    </message>
    <message>
        <source>Who took part:</source>
        <translation type="unfinished">Siapa yang ikut serta:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished">&amp;Tambah</translation>
    </message>
    <message>
        <source>Who Took Part</source>
        <translation type="unfinished">Siapa yang Ikut Serta</translation>
    </message>
    <message>
        <source>People who took part</source>
        <translation type="unfinished">Orang yang ikut serta</translation>
    </message>
</context>
<context>
    <name>majlis::ItineraryPanel</name>
    <message>
        <source>Itinerary of</source>
        <translation type="unfinished">Rencana perjalanan untuk</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Cetak…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">Simpan &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Calendar…</source>
        <translation type="unfinished">Simpan &amp;Kalender…</translation>
    </message>
    <message>
        <source>Save Schedule as CS&amp;V…</source>
        <translation type="unfinished">Simpan Jadwal sebagai &amp;CSV…</translation>
    </message>
    <message>
        <source>Every attendee (one page each)</source>
        <translation type="unfinished">Setiap peserta (masing-masing satu halaman)</translation>
    </message>
    <message>
        <source>Every team (one page each)</source>
        <translation type="unfinished">Setiap tim (masing-masing satu halaman)</translation>
    </message>
    <message>
        <source>No meetings yet. Build the schedule on the Schedule tab, then print or save itineraries here.</source>
        <translation type="unfinished">Belum ada pertemuan. Susun jadwal di tab Jadwal, lalu cetak atau simpan rencana perjalanan di sini.</translation>
    </message>
    <message>
        <source>Print Itineraries</source>
        <translation type="unfinished">Cetak Rencana Perjalanan</translation>
    </message>
    <message>
        <source>Save Itineraries as PDF</source>
        <translation type="unfinished">Simpan Rencana Perjalanan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">Tidak dapat menyimpan PDF</translation>
    </message>
    <message>
        <source>Save Calendar</source>
        <translation type="unfinished">Simpan Kalender</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Save Schedule as CSV</source>
        <translation type="unfinished">Simpan Jadwal sebagai CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation type="unfinished">Tidak dapat menyimpan berkas</translation>
    </message>
    <message>
        <source>Itinerary preview</source>
        <translation type="unfinished">Pratinjau rencana perjalanan</translation>
    </message>
</context>
<context>
    <name>majlis::LabeledListEdit</name>
    <message>
        <source>Label</source>
        <translation type="unfinished">Label</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Hapus</translation>
    </message>
</context>
<context>
    <name>majlis::LegislativeBody</name>
    <message>
        <source>Upper chamber</source>
        <translation type="unfinished">Majelis tinggi</translation>
    </message>
    <message>
        <source>Lower chamber</source>
        <translation type="unfinished">Majelis rendah</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Majelis</translation>
    </message>
</context>
<context>
    <name>majlis::Legislator</name>
    <message>
        <source>Sen. %1 (%2)</source>
        <translation type="unfinished">Sen. %1 (%2)</translation>
    </message>
    <message>
        <source>Rep. %1 (%2)</source>
        <translation type="unfinished">Rep. %1 (%2)</translation>
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
        <translation type="unfinished">Alamat unduhan bukan alamat web. Atur di Preferensi.</translation>
    </message>
    <message>
        <source>The download address must start with https://, so nobody on the network can change the list on its way. Set it in Preferences.</source>
        <translation type="unfinished">Alamat unduhan harus diawali https://, agar tidak ada seorang pun di jaringan yang dapat mengubah daftar dalam perjalanannya. Atur di Preferensi.</translation>
    </message>
    <message>
        <source>The download is larger than any list of legislators; check the address in Preferences.</source>
        <translation type="unfinished">Unduhan lebih besar daripada daftar anggota legislatif mana pun; periksa alamat di Preferensi.</translation>
    </message>
    <message>
        <source>Could not download the legislators: %1</source>
        <translation type="unfinished">Tidak dapat mengunduh anggota legislatif: %1</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorTableModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished">tidak diketahui</translation>
    </message>
    <message>
        <source>No longer in office: the last import did not list this member. Meetings already planned with them are kept.</source>
        <translation type="unfinished">Tidak lagi menjabat: impor terakhir tidak mencantumkan anggota ini. Pertemuan yang sudah direncanakan dengannya tetap disimpan.</translation>
    </message>
    <message>
        <source>Double-click to set the building and room.</source>
        <translation type="unfinished">Klik dua kali untuk mengatur gedung dan ruang.</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">Kursi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">Partai</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Majelis</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">Gedung</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Ruang</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorsDialog</name>
    <message>
        <source>&amp;Update from the Internet</source>
        <translation type="unfinished">&amp;Perbarui dari Internet</translation>
    </message>
    <message>
        <source>Set &amp;Office…</source>
        <translation type="unfinished">Atur &amp;Kantor…</translation>
    </message>
    <message numerus="yes">
        <source>; %n without a known office building</source>
        <translation type="unfinished">
            <numerusform>; %n tanpa gedung kantor yang diketahui</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import legislators</source>
        <translation type="unfinished">Tidak dapat mengimpor anggota legislatif</translation>
    </message>
    <message>
        <source>Downloading the current members of Congress…</source>
        <translation type="unfinished">Mengunduh anggota Kongres saat ini…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Batal</translation>
    </message>
    <message>
        <source>Cannot update legislators</source>
        <translation type="unfinished">Tidak dapat memperbarui anggota legislatif</translation>
    </message>
    <message>
        <source>Import Legislators</source>
        <translation type="unfinished">Impor Anggota Legislatif</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished">Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Set Office</source>
        <translation type="unfinished">Atur Kantor</translation>
    </message>
    <message>
        <source>Office of %1, as room and building (&quot;2107 Rayburn&quot;):</source>
        <translation type="unfinished">Kantor %1, sebagai ruang dan gedung (&quot;2107 Rayburn&quot;):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Capitol building. Write the room and the building, such as &quot;2107 Rayburn&quot; or &quot;511 Hart&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; tidak menyebutkan gedung Capitol. Tulis ruang dan gedungnya, seperti &quot;2107 Rayburn&quot; atau &quot;511 Hart&quot;.</translation>
    </message>
    <message>
        <source>Legislators</source>
        <translation type="unfinished">Anggota Legislatif</translation>
    </message>
    <message>
        <source>Filter by name, seat or building</source>
        <translation type="unfinished">Saring menurut nama, kursi, atau gedung</translation>
    </message>
    <message>
        <source>Download the current members of Congress from the address in Preferences and import them.</source>
        <translation type="unfinished">Unduh anggota Kongres saat ini dari alamat di Preferensi lalu impor.</translation>
    </message>
    <message>
        <source>Legislatures and their chambers</source>
        <translation type="unfinished">Lembaga legislatif dan majelisnya</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Anggota</translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation type="unfinished">Tampilkan anggota &amp;lama</translation>
    </message>
    <message>
        <source>Also list members a newer import no longer lists; meetings planned with them are kept.</source>
        <translation type="unfinished">Tampilkan juga anggota yang tidak lagi tercantum dalam impor terbaru; pertemuan yang direncanakan dengan mereka tetap disimpan.</translation>
    </message>
    <message>
        <source>Set the building and room of the chosen member&apos;s office; double-clicking a member does the same.</source>
        <translation type="unfinished">Atur gedung dan ruang kantor anggota yang dipilih; klik ganda pada anggota melakukan hal yang sama.</translation>
    </message>
    <message>
        <source>&amp;Campus…</source>
        <translation type="unfinished">&amp;Kompleks…</translation>
    </message>
    <message>
        <source>List the buildings of this legislature&apos;s capitol and which are a short walk apart.</source>
        <translation type="unfinished">Daftarkan gedung-gedung parlemen lembaga ini dan mana yang berjarak dekat dengan berjalan kaki.</translation>
    </message>
    <message>
        <source>No members of %1 in this workspace yet; they arrive with an import of the legislature&apos;s members.</source>
        <translation type="unfinished">Belum ada anggota %1 di ruang kerja ini; mereka masuk lewat impor anggota lembaga legislatif itu.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform>%n anggota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n no longer in office</source>
        <translation type="unfinished">
            <numerusform>; %n tidak lagi menjabat</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no building of the capitol&apos;s campus (%2). Write the room and the building, or add the building with Campus….</source>
        <translation type="unfinished">&quot;%1&quot; tidak menyebut gedung mana pun di kompleks parlemen (%2). Tulis ruang dan gedungnya, atau tambahkan gedung lewat &quot;Kompleks…&quot;.</translation>
    </message>
    <message>
        <source>the capitol alone</source>
        <translation type="unfinished">hanya gedung parlemen</translation>
    </message>
    <message>
        <source>No members of Congress yet. Use Update from the Internet, or Import and the members built in or legislators-current.csv from the congress-legislators project.</source>
        <translation type="unfinished">Belum ada anggota Kongres. Gunakan Perbarui dari Internet, atau Impor dengan anggota tertanam atau legislators-current.csv dari proyek congress-legislators.</translation>
    </message>
    <message>
        <source>Reading the Open States data…</source>
        <translation type="unfinished">Membaca data Open States…</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation type="unfinished">%1

Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The file lists no legislature&apos;s members.</source>
        <translation type="unfinished">Berkas tidak mencantumkan anggota lembaga legislatif mana pun.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Impor</translation>
    </message>
    <message>
        <source>Import or update the members of a legislature. What an import changes is shown before anything is written.</source>
        <translation type="unfinished">Impor atau perbarui anggota lembaga legislatif. Apa yang diubah impor ditampilkan sebelum apa pun ditulis.</translation>
    </message>
    <message>
        <source>&amp;Congress (Built In)</source>
        <translation type="unfinished">&amp;Kongres (tertanam)</translation>
    </message>
    <message>
        <source>The members of Congress this version of Majlis was made with, for use with no network.</source>
        <translation type="unfinished">Anggota Kongres yang menyertai versi Majlis ini, untuk digunakan tanpa jaringan.</translation>
    </message>
    <message>
        <source>Congress from congress-legislators &amp;CSV…</source>
        <translation type="unfinished">Kongres dari &amp;CSV congress-legislators…</translation>
    </message>
    <message>
        <source>legislators-current.csv of the congress-legislators project.</source>
        <translation type="unfinished">legislators-current.csv dari proyek congress-legislators.</translation>
    </message>
    <message>
        <source>State Legislatures from &amp;Open States Download…</source>
        <translation type="unfinished">Legislatif negara bagian dari unduhan &amp;Open States…</translation>
    </message>
    <message>
        <source>The Open States people data downloaded as a .tar.gz or .zip file: every state legislature.</source>
        <translation type="unfinished">Data orang Open States yang diunduh sebagai berkas .tar.gz atau .zip: semua legislatif negara bagian.</translation>
    </message>
    <message>
        <source>State Legislatures from Open States &amp;Folder…</source>
        <translation type="unfinished">Legislatif negara bagian dari &amp;folder Open States…</translation>
    </message>
    <message>
        <source>A folder of the Open States people data: the project, its data folder or one state&apos;s.</source>
        <translation type="unfinished">Folder data orang Open States: proyeknya, folder data-nya, atau milik satu negara bagian.</translation>
    </message>
    <message>
        <source>&amp;Member List of a Parliament (CSV)…</source>
        <translation type="unfinished">Daftar &amp;anggota sebuah parlemen (CSV)…</translation>
    </message>
    <message>
        <source>Any legislature&apos;s members from a spreadsheet, one member a row, with what each column holds.</source>
        <translation type="unfinished">Anggota lembaga legislatif mana pun dari lembar kerja, satu anggota per baris, dengan isi setiap kolom.</translation>
    </message>
    <message>
        <source>Import from Open States</source>
        <translation type="unfinished">Impor dari Open States</translation>
    </message>
    <message>
        <source>Open States downloads (*.tar.gz *.tgz *.zip);;All files (*)</source>
        <translation type="unfinished">Unduhan Open States (*.tar.gz *.tgz *.zip);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatureTreeModel</name>
    <message>
        <source>All chambers. The capitol is in %1 (time zone %2).</source>
        <translation type="unfinished">Semua majelis. Gedung parlemen berada di %1 (zona waktu %2).</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">Lembaga legislatif</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Anggota</translation>
    </message>
</context>
<context>
    <name>majlis::LetterAnswerDialog</name>
    <message>
        <source>Answer of %1</source>
        <translation type="unfinished">Jawaban %1</translation>
    </message>
    <message>
        <source>Name and title as it appears on the letter</source>
        <translation type="unfinished">Nama dan jabatan seperti yang tertulis di surat</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished">&amp;Jawaban:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished">&amp;Pada:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished">&amp;Ditandatangani oleh:</translation>
    </message>
</context>
<context>
    <name>majlis::LetterDialog</name>
    <message>
        <source>New Sign-on Letter</source>
        <translation type="unfinished">Surat Dukungan Bersama Baru</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">Tanpa tenggat</translation>
    </message>
    <message>
        <source>The text of the letter, or the part partners need to read</source>
        <translation type="unfinished">Teks surat, atau bagian yang perlu dibaca mitra</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished">&amp;Tautan:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished">&amp;Tenggat:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">Te&amp;ks:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Buat</translation>
    </message>
</context>
<context>
    <name>majlis::MainWindow</name>
    <message>
        <source>Majlis workspaces (*.majlis);;All files (*)</source>
        <translation type="unfinished">Ruang kerja Majlis (*.majlis);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished">Ruang Kerja</translation>
    </message>
    <message>
        <source>Advocacy Days</source>
        <translation type="unfinished">Hari Advokasi</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontak</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Mitra</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished">Acara</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Laporan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished">Ruang Kerja &amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished">B&amp;uka Ruang Kerja…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">Buka &amp;Terkini</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation type="unfinished">Ruang Kerja &amp;Demo Baru…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts from CSV…</source>
        <translation type="unfinished">&amp;Impor Kontak dari CSV…</translation>
    </message>
    <message>
        <source>Import Contacts from &amp;vCard…</source>
        <translation type="unfinished">Impor Kontak dari &amp;vCard…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation type="unfinished">&amp;Ekspor Kontak…</translation>
    </message>
    <message>
        <source>Export Workspace &amp;Archive…</source>
        <translation type="unfinished">Ekspor &amp;Arsip Ruang Kerja…</translation>
    </message>
    <message>
        <source>Import Wor&amp;kspace Archive…</source>
        <translation type="unfinished">Impor Arsip Ruang &amp;Kerja…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;Preferensi…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished">Kontak &amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Delete Contacts…</source>
        <translation type="unfinished">&amp;Hapus Kontak…</translation>
    </message>
    <message>
        <source>Add &amp;Tags to Selected…</source>
        <translation type="unfinished">Tambahkan &amp;Tag ke yang Dipilih…</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation type="unfinished">&amp;Cari Kontak</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation type="unfinished">Cari D&amp;uplikat…</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished">Duplikat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;About Majlis</source>
        <translation type="unfinished">&amp;Tentang Majlis</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished">Tentang &amp;Qt</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished">Tidak ada ruang kerja yang terbuka</translation>
    </message>
    <message>
        <source>Open a workspace with File &gt; Open Workspace (Ctrl+O), create one with File &gt; New Workspace, or explore a demo with File &gt; New Demo Workspace.</source>
        <translation type="unfinished">Buka ruang kerja dengan Berkas &gt; Buka Ruang Kerja (Ctrl+O), buat yang baru dengan Berkas &gt; Ruang Kerja Baru, atau jelajahi demo dengan Berkas &gt; Ruang Kerja Demo Baru.</translation>
    </message>
    <message>
        <source>Plan Capitol advocacy days: legislators, constituent meetings, schedules and itineraries. Open or create a workspace first.</source>
        <translation type="unfinished">Rencanakan hari advokasi di Capitol: anggota legislatif, pertemuan konstituen, jadwal, dan rencana perjalanan. Buka atau buat ruang kerja terlebih dahulu.</translation>
    </message>
    <message>
        <source>Keep track of coalition partners, sign-on letters and the history of every relationship. Open or create a workspace first.</source>
        <translation type="unfinished">Pantau mitra koalisi, surat dukungan bersama, dan riwayat setiap hubungan. Buka atau buat ruang kerja terlebih dahulu.</translation>
    </message>
    <message>
        <source>Run community events with offline check-in and voter-registration drives. Open or create a workspace first.</source>
        <translation type="unfinished">Selenggarakan acara komunitas dengan check-in luring dan kegiatan pendaftaran pemilih. Buka atau buat ruang kerja terlebih dahulu.</translation>
    </message>
    <message>
        <source>Attendance, voter registration, partners and sign-on letters in charts. Open or create a workspace first.</source>
        <translation type="unfinished">Kehadiran, pendaftaran pemilih, mitra, dan surat dukungan bersama dalam bentuk grafik. Buka atau buat ruang kerja terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1 — Majlis</source>
        <translation type="unfinished">%1 — Majlis</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished">Tidak dapat membuka ruang kerja</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished">Ruang kerja demo</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the demo workspace.</source>
        <translation type="unfinished">%1 sudah ada. Pilih nama berkas baru untuk ruang kerja demo.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished">Tidak dapat membuat ruang kerja</translation>
    </message>
    <message>
        <source>Creating fictional contacts…</source>
        <translation type="unfinished">Membuat kontak fiktif…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Batal</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished">Ruang Kerja Baru</translation>
    </message>
    <message>
        <source>%1 already exists. To open it, use File &gt; Open Workspace.</source>
        <translation type="unfinished">%1 sudah ada. Untuk membukanya, gunakan Berkas &gt; Buka Ruang Kerja.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished">Buka Ruang Kerja</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation type="unfinished">Ruang Kerja Demo Baru</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln kontak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%1 dari %Ln kontak</numerusform>
        </translation>
    </message>
    <message>
        <source>About Majlis</source>
        <translation type="unfinished">Tentang Majlis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;An offline-first organizer for Muslim civic and advocacy organizations: contacts, advocacy days, coalition partners and community events.&lt;/p&gt;&lt;p&gt;Majlis is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;Pengelola yang mengutamakan kerja luring untuk organisasi kewargaan dan advokasi Muslim: kontak, hari advokasi, mitra koalisi, dan acara komunitas.&lt;/p&gt;&lt;p&gt;Majlis adalah perangkat lunak bebas, dilisensikan di bawah GNU General Public License, versi 3 atau (sesuai pilihan Anda) versi yang lebih baru. Perangkat lunak ini tidak disertai jaminan apa pun.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 merged, %3 skipped.</source>
        <translation type="unfinished">Diimpor: %1 baru, %2 digabungkan, %3 dilewati.</translation>
    </message>
    <message>
        <source>Import Contacts from vCard</source>
        <translation type="unfinished">Impor Kontak dari vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished">Berkas vCard (*.vcf *.vcard);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">Tidak dapat mengimpor</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">impor %1</translation>
    </message>
    <message>
        <source>%1 cards: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 with problems. Import?</source>
        <translation type="unfinished">%1 kartu: %2 kontak baru, %3 digabungkan ke kontak yang sudah ada, %4 dilewati; %5 bermasalah. Impor?</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation type="unfinished">Kartu %1: %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">Impor tidak dilakukan</translation>
    </message>
    <message>
        <source>%1 archive %2.majlis</source>
        <translation type="unfinished">%1 arsip %2.majlis</translation>
    </message>
    <message>
        <source>Export Workspace Archive</source>
        <translation type="unfinished">Ekspor Arsip Ruang Kerja</translation>
    </message>
    <message>
        <source>Majlis workspaces (*.majlis)</source>
        <translation type="unfinished">Ruang kerja Majlis (*.majlis)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished">Tidak dapat mengekspor</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">Arsip ruang kerja %1 telah ditulis.</translation>
    </message>
    <message>
        <source>Import Workspace Archive</source>
        <translation type="unfinished">Impor Arsip Ruang Kerja</translation>
    </message>
    <message>
        <source>Cannot import the archive</source>
        <translation type="unfinished">Tidak dapat mengimpor arsip</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">Arsip %1 telah diimpor.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished">&amp;Sinkronisasi</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation type="unfinished">Sinkronkan &amp;Sekarang</translation>
    </message>
    <message>
        <source>Sync &amp;Server…</source>
        <translation type="unfinished">&amp;Atur Server Sinkronisasi…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished">&amp;Konflik…</translation>
    </message>
    <message>
        <source>Sync &amp;Automatically</source>
        <translation type="unfinished">Sinkronkan &amp;Otomatis</translation>
    </message>
    <message>
        <source>E&amp;xport Everything About This Person…</source>
        <translation type="unfinished">E&amp;kspor Semua tentang Orang Ini…</translation>
    </message>
    <message>
        <source>Erase This &amp;Person…</source>
        <translation type="unfinished">Hapus data orang &amp;ini…</translation>
    </message>
    <message>
        <source>Show &amp;Hijri Dates</source>
        <translation type="unfinished">Tampilkan Tanggal &amp;Hijriah</translation>
    </message>
    <message>
        <source>&amp;Workspace Settings…</source>
        <translation type="unfinished">Pengaturan &amp;Ruang Kerja…</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">Isi &amp;Distrik dari Kode ZIP…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Run phone banks, door knocking and get-out-the-vote drives: lists built from your contacts, scripts, and results entered offline. Open or create a workspace first.</source>
        <translation>Jalankan kampanye telepon, kunjungan dari pintu ke pintu, dan ajakan memilih: daftar dari kontak Anda, naskah, dan hasil yang dimasukkan secara luring. Buka atau buat ruang kerja terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>majlis::MemberField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">Jangan impor</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished">ID anggota</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Nama lengkap</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Nama depan</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nama keluarga</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">Majelis</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation type="unfinished">Daerah pemilihan</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">Partai</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation type="unfinished">Alamat kantor</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
</context>
<context>
    <name>majlis::MemberListDialog</name>
    <message>
        <source>Import a Member List</source>
        <translation type="unfinished">Impor Daftar Anggota</translation>
    </message>
    <message>
        <source>A new legislature</source>
        <translation type="unfinished">Lembaga legislatif baru</translation>
    </message>
    <message>
        <source>such as gb-parliament</source>
        <translation type="unfinished">misalnya gb-parliament</translation>
    </message>
    <message>
        <source>such as UK Parliament</source>
        <translation type="unfinished">misalnya UK Parliament</translation>
    </message>
    <message>
        <source>such as GB</source>
        <translation type="unfinished">misalnya GB</translation>
    </message>
    <message>
        <source>The member list to import</source>
        <translation type="unfinished">Daftar anggota yang akan diimpor</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">Lembar kerja (*.csv *.txt *.tsv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;Lembaga legislatif:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished">&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nama:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">N&amp;egara:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished">&amp;Berkas:</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">Isi setiap kolom</translation>
    </message>
    <message>
        <source>The first members, as they will be imported</source>
        <translation type="unfinished">Anggota pertama, sebagaimana akan diimpor</translation>
    </message>
    <message>
        <source>&amp;Review Import…</source>
        <translation type="unfinished">&amp;Tinjau Impor…</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check what each holds:</source>
        <translation type="unfinished">Kolom dengan nama yang dikenal sudah dicocokkan; periksa isi masing-masing:</translation>
    </message>
    <message>
        <source>The first members, as they will be imported:</source>
        <translation type="unfinished">Anggota pertama, sebagaimana akan diimpor:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns.</source>
        <translation type="unfinished">%1 baris dalam %2 kolom.</translation>
    </message>
    <message>
        <source>Give the new legislature a code of letters, digits and dashes, such as gb-parliament.</source>
        <translation type="unfinished">Beri lembaga legislatif baru kode berupa huruf, angka, dan tanda hubung, misalnya gb-parliament.</translation>
    </message>
    <message>
        <source>Give the new legislature its name, such as UK Parliament.</source>
        <translation type="unfinished">Beri lembaga legislatif baru namanya, misalnya UK Parliament.</translation>
    </message>
    <message>
        <source>The workspace has %1 as %2 already; choose it in the list.</source>
        <translation type="unfinished">Ruang kerja sudah memiliki %1 sebagai %2; pilih dari daftar.</translation>
    </message>
    <message>
        <source>Choose the member list to import, saved as CSV.</source>
        <translation type="unfinished">Pilih daftar anggota yang akan diimpor, disimpan sebagai CSV.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) read</source>
        <translation type="unfinished">
            <numerusform>%n anggota dibaca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) skipped, listed when you review the import</source>
        <translation type="unfinished">
            <numerusform>; %n baris dilewati, dicantumkan saat Anda meninjau impor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::MergeDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation type="unfinished">Gabungkan Kontak</translation>
    </message>
    <message>
        <source>These records look like the same person. Choose the record that stays and, for each field, the value to keep. Nothing is lost: emails, phones and tags of both are kept, and the other record&apos;s history and event records move to the one that stays.</source>
        <translation type="unfinished">Catatan-catatan ini tampak seperti orang yang sama. Pilih catatan yang dipertahankan dan, untuk setiap kolom, nilai yang disimpan. Tidak ada yang hilang: email, telepon, dan tag keduanya disimpan, dan riwayat serta catatan acara dari catatan lainnya dipindahkan ke catatan yang dipertahankan.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished">ditambahkan %1</translation>
    </message>
    <message>
        <source>Record that stays</source>
        <translation type="unfinished">Catatan yang dipertahankan</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation type="unfinished">Pertahankan catatan ini</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished">Pertahankan %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">Nama panggilan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Alamat</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">Negara bagian dan distrik</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Cabang</translation>
    </message>
    <message>
        <source>Organization and role</source>
        <translation type="unfinished">Organisasi dan peran</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">Tanggal lahir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Catatan</translation>
    </message>
    <message>
        <source>Emails (both kept)</source>
        <translation type="unfinished">Email (keduanya disimpan)</translation>
    </message>
    <message>
        <source>Phones (both kept)</source>
        <translation type="unfinished">Telepon (keduanya disimpan)</translation>
    </message>
    <message>
        <source>Tags (both kept)</source>
        <translation type="unfinished">Tag (keduanya disimpan)</translation>
    </message>
    <message>
        <source>Languages, skills and interests (both kept)</source>
        <translation type="unfinished">Bahasa, keterampilan, dan minat (keduanya disimpan)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished">Gabungkan</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">Salah satu kontak ini sudah tidak ada; mungkin telah digabungkan atau dihapus sementara itu.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(tidak ada)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>The second record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">Catatan kedua dipertahankan, bernama “%1”, dengan nilai yang dipilih di atas.</translation>
    </message>
    <message>
        <source>The first record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">Catatan pertama dipertahankan, bernama “%1”, dengan nilai yang dipilih di atas.</translation>
    </message>
    <message>
        <source>The other is removed once its emails, phones, tags, consents, history and event records have moved to it. Edit &gt; Undo takes the merge back.</source>
        <translation type="unfinished">Catatan lainnya dihapus setelah email, telepon, tag, persetujuan, riwayat, dan catatan acaranya dipindahkan. Sunting &gt; Urungkan membatalkan penggabungan.</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimeDialog</name>
    <message>
        <source>Office Time</source>
        <translation type="unfinished">Waktu Kantor</translation>
    </message>
    <message>
        <source>Confirmed meeting time</source>
        <translation type="unfinished">Waktu pertemuan yang dikonfirmasi</translation>
    </message>
    <message>
        <source>Cannot meet (blackout)</source>
        <translation type="unfinished">Tidak dapat bertemu (tidak tersedia)</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished">&amp;Kantor:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">&amp;Sampai:</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimesPanel</name>
    <message>
        <source>Office times</source>
        <translation type="unfinished">Waktu kantor</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished">Tambah…</translation>
    </message>
    <message>
        <source>A time an office confirmed for your meeting, or a time it cannot meet.</source>
        <translation type="unfinished">Waktu yang dikonfirmasi kantor untuk pertemuan Anda, atau waktu kantor tidak dapat bertemu.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Hapus</translation>
    </message>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">kantor yang tidak lagi tercantum</translation>
    </message>
    <message>
        <source>%1: confirmed %2–%3</source>
        <translation type="unfinished">%1: dikonfirmasi %2–%3</translation>
    </message>
    <message>
        <source>%1: cannot meet %2–%3</source>
        <translation type="unfinished">%1: tidak dapat bertemu %2–%3</translation>
    </message>
    <message>
        <source>No confirmed times or blackouts: every office can meet all day.</source>
        <translation type="unfinished">Tidak ada waktu yang dikonfirmasi atau masa tidak tersedia: setiap kantor dapat bertemu sepanjang hari.</translation>
    </message>
    <message>
        <source>Cannot add the office time</source>
        <translation type="unfinished">Tidak dapat menambahkan waktu kantor</translation>
    </message>
    <message>
        <source>Cannot remove the office time</source>
        <translation type="unfinished">Tidak dapat menghapus waktu kantor</translation>
    </message>
</context>
<context>
    <name>majlis::Organization</name>
    <message>
        <source>Mosque or Islamic center</source>
        <translation type="unfinished">Masjid atau pusat Islam</translation>
    </message>
    <message>
        <source>Interfaith</source>
        <translation type="unfinished">Lintas iman</translation>
    </message>
    <message>
        <source>Civil rights</source>
        <translation type="unfinished">Hak sipil</translation>
    </message>
    <message>
        <source>Immigrant rights</source>
        <translation type="unfinished">Hak imigran</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation type="unfinished">Buruh</translation>
    </message>
    <message>
        <source>Student association</source>
        <translation type="unfinished">Perhimpunan mahasiswa</translation>
    </message>
    <message>
        <source>Other faith-based</source>
        <translation type="unfinished">Berbasis agama lainnya</translation>
    </message>
    <message>
        <source>Government office</source>
        <translation type="unfinished">Kantor pemerintah</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">Media</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Lainnya</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished">Calon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Aktif</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished">Tidak aktif</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">Pertemuan</translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished">Panggilan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Joint event</source>
        <translation type="unfinished">Acara bersama</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation type="unfinished">Dukungan bersama</translation>
    </message>
</context>
<context>
    <name>majlis::Outcome</name>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">Mendukung</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished">Belum memutuskan</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation type="unfinished">Menentang</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished">Tidak ada jawaban</translation>
    </message>
</context>
<context>
    <name>majlis::OutcomeChart</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">Hasil menurut permintaan</translation>
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
        <translation type="unfinished">Tidak dicatat: %1</translation>
    </message>
    <message>
        <source>No outcomes reported yet.</source>
        <translation type="unfinished">Belum ada hasil yang dilaporkan.</translation>
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
        <translation type="unfinished">tidak ada yang dicatat</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerBrowser</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Mitra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Kota</translation>
    </message>
    <message>
        <source>Issue areas</source>
        <translation type="unfinished">Bidang isu</translation>
    </message>
    <message>
        <source>&amp;New Partner</source>
        <translation type="unfinished">Mitra &amp;Baru</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Hapus</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;Rincian</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished">&amp;Orang</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished">R&amp;iwayat</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation type="unfinished">Belum ada mitra</translation>
    </message>
    <message>
        <source>Keep track of the mosques, interfaith councils, civil-rights and labor groups you work with: click New Partner, give its name, then fill in its details, the people you know there and the history of the relationship.</source>
        <translation type="unfinished">Pantau masjid, dewan lintas iman, kelompok hak sipil, dan serikat buruh yang bekerja sama dengan Anda: klik Mitra Baru, beri nama, lalu isi rinciannya, orang-orang yang Anda kenal di sana, dan riwayat hubungannya.</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation type="unfinished">Tidak ada mitra yang dipilih</translation>
    </message>
    <message>
        <source>Choose a partner in the list to see its details, its people and its history.</source>
        <translation type="unfinished">Pilih mitra di daftar untuk melihat rincian, orang, dan riwayatnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n mitra</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners match these filters.</source>
        <translation type="unfinished">Tidak ada mitra yang cocok dengan saringan ini.</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation type="unfinished">Belum ada mitra.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished">Perubahan Belum Disimpan</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; first?</source>
        <translation type="unfinished">Simpan perubahan pada &quot;%1&quot; terlebih dahulu?</translation>
    </message>
    <message>
        <source>Cannot add the partner</source>
        <translation type="unfinished">Tidak dapat menambahkan mitra</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation type="unfinished">Mitra Baru</translation>
    </message>
    <message>
        <source>Name of the organization:</source>
        <translation type="unfinished">Nama organisasi:</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation type="unfinished">Hapus Mitra</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its people and history go with it, and it leaves the sign-on letters. The contacts themselves are not touched.</source>
        <translation type="unfinished">Hapus &quot;%1&quot;? Orang dan riwayatnya ikut terhapus, dan mitra ini keluar dari surat dukungan bersama. Kontaknya sendiri tidak diubah.</translation>
    </message>
    <message>
        <source>Cannot delete the partner</source>
        <translation type="unfinished">Tidak dapat menghapus mitra</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerDetailsPanel</name>
    <message>
        <source>civil rights, immigration, voting</source>
        <translation type="unfinished">hak sipil, imigrasi, pemungutan suara</translation>
    </message>
    <message>
        <source>Separate issue areas with commas.</source>
        <translation type="unfinished">Pisahkan bidang isu dengan koma.</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US or CA.</source>
        <translation type="unfinished">Kode negara dua huruf, seperti US atau CA.</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">&amp;Pilih…</translation>
    </message>
    <message>
        <source>The person in your organization who keeps this relationship.</source>
        <translation type="unfinished">Orang di organisasi Anda yang menjaga hubungan ini.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished">&amp;Kosongkan</translation>
    </message>
    <message>
        <source>What matters to them, what they asked of us, what we promised</source>
        <translation type="unfinished">Apa yang penting bagi mereka, apa yang mereka minta dari kami, apa yang kami janjikan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Jenis:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished">S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Issue areas:</source>
        <translation type="unfinished">&amp;Bidang isu:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;Kota:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished">&amp;Wilayah:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">N&amp;egara:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished">Situs &amp;web:</translation>
    </message>
    <message>
        <source>Cha&amp;pter:</source>
        <translation type="unfinished">Ca&amp;bang:</translation>
    </message>
    <message>
        <source>Relationship owner:</source>
        <translation type="unfinished">Penanggung jawab hubungan:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished">Ca&amp;tatan:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Kembalikan</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Tanpa cabang</translation>
    </message>
    <message>
        <source>Unknown chapter</source>
        <translation type="unfinished">Cabang tidak dikenal</translation>
    </message>
    <message>
        <source>Cannot save the partner</source>
        <translation type="unfinished">Tidak dapat menyimpan mitra</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">Belum ada</translation>
    </message>
    <message>
        <source>A deleted contact</source>
        <translation type="unfinished">Kontak yang telah dihapus</translation>
    </message>
    <message>
        <source>Relationship Owner</source>
        <translation type="unfinished">Penanggung Jawab Hubungan</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;Pilih</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerFilterBar</name>
    <message>
        <source>Search name, city, website or notes</source>
        <translation type="unfinished">Cari nama, kota, situs web, atau catatan</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation type="unfinished">Cari mitra</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation type="unfinished">Jenis mitra</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished">Semua jenis</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">Bidang isu</translation>
    </message>
    <message>
        <source>All issue areas</source>
        <translation type="unfinished">Semua bidang isu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">Status apa pun</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">Cabang</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">Semua cabang</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerHistoryPanel</name>
    <message>
        <source>&amp;Add Interaction…</source>
        <translation type="unfinished">&amp;Tambah Interaksi…</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Riwayat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Jenis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Ringkasan</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished">Siapa yang ikut serta</translation>
    </message>
    <message>
        <source>Nothing recorded yet: add meetings, calls and joint events as they happen.</source>
        <translation type="unfinished">Belum ada yang dicatat: tambahkan pertemuan, panggilan, dan acara bersama saat terjadi.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation type="unfinished">
            <numerusform>%n interaksi</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the interaction</source>
        <translation type="unfinished">Tidak dapat menambahkan interaksi</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerPeoplePanel</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished">&amp;Tambah Orang…</translation>
    </message>
    <message>
        <source>&amp;Left the Organization…</source>
        <translation type="unfinished">&amp;Keluar dari Organisasi…</translation>
    </message>
    <message>
        <source>Records that the person left today; they stay in the partner&apos;s history.</source>
        <translation type="unfinished">Mencatat bahwa orang tersebut keluar hari ini; mereka tetap ada dalam riwayat mitra.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Peran</translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished">Sejak</translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished">Hingga</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) there now</source>
        <translation type="unfinished">
            <numerusform>%n orang saat ini di sana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n who left</source>
        <translation type="unfinished">
            <numerusform>; %n yang telah keluar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody recorded yet: add the people you work with there.</source>
        <translation type="unfinished">Belum ada yang dicatat: tambahkan orang-orang yang bekerja sama dengan Anda di sana.</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation type="unfinished">Tidak dapat menambahkan orang</translation>
    </message>
    <message>
        <source>Cannot record the departure</source>
        <translation type="unfinished">Tidak dapat mencatat kepergian</translation>
    </message>
    <message>
        <source>Add People</source>
        <translation type="unfinished">Tambah Orang</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Berikutnya</translation>
    </message>
    <message>
        <source>Role at the partner (director, imam, organizer…):</source>
        <translation type="unfinished">Peran di mitra (direktur, imam, pengorganisasi…):</translation>
    </message>
    <message>
        <source>Left the Organization</source>
        <translation type="unfinished">Keluar dari Organisasi</translation>
    </message>
    <message>
        <source>Record that %1 left on %2? They stay in the partner&apos;s history.</source>
        <translation type="unfinished">Catat bahwa %1 keluar pada %2? Mereka tetap ada dalam riwayat mitra.</translation>
    </message>
</context>
<context>
    <name>majlis::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Mitra</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">Surat dukungan bersama</translation>
    </message>
    <message>
        <source>Coalition map</source>
        <translation type="unfinished">Peta koalisi</translation>
    </message>
</context>
<context>
    <name>majlis::PostcodeLookup</name>
    <message>
        <source>This build of Majlis has no ZIP code to congressional district file (it is added when the program is built with MAJLIS_DISTRICT_FILE). Import one with &quot;majlis-cli districts import FILE --body us-congress --chamber house&quot;: a CSV with zip, state and district columns, such as zccd.csv of the us-zipcodes-congress project.</source>
        <translation type="unfinished">Build Majlis ini tidak memiliki berkas kode ZIP ke daerah pemilihan Kongres (ditambahkan saat program dibangun dengan MAJLIS_DISTRICT_FILE). Impor dengan &quot;majlis-cli districts import FILE --body us-congress --chamber house&quot;: CSV dengan kolom zip, state, dan district, seperti zccd.csv dari proyek us-zipcodes-congress.</translation>
    </message>
</context>
<context>
    <name>majlis::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished">Preferensi</translation>
    </message>
    <message>
        <source>Use the &amp;Default</source>
        <translation type="unfinished">Gunakan &amp;Bawaan</translation>
    </message>
    <message>
        <source>&amp;Legislators download address:</source>
        <translation type="unfinished">Alamat unduhan anggota &amp;legislatif:</translation>
    </message>
    <message>
        <source>Advocacy Days &gt; Legislators… &gt; Update from the Internet downloads legislators-current.csv from here. It must be an https:// address.</source>
        <translation type="unfinished">Hari Advokasi &gt; Anggota Legislatif… &gt; Perbarui dari Internet mengunduh legislators-current.csv dari sini. Alamat harus berupa alamat https://.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">Bahasa sistem</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Bahasa:</translation>
    </message>
</context>
<context>
    <name>majlis::ReportBackPanel</name>
    <message>
        <source>planned</source>
        <translation type="unfinished">direncanakan</translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished">terlaksana</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished">dibatalkan</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>ask: bill number, then its title</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished">Pertemuan</translation>
    </message>
    <message>
        <source>Select a meeting to report on it.</source>
        <translation type="unfinished">Pilih pertemuan untuk melaporkannya.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">Direncanakan</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">Terlaksana</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Dibatalkan</translation>
    </message>
    <message>
        <source>Name and title, e.g. Jordan Lee, legislative director</source>
        <translation type="unfinished">Nama dan jabatan, mis. Jordan Lee, direktur legislatif</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Tidak dicatat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Anggota</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation type="unfinished">Staf</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">&amp;Status:</translation>
    </message>
    <message>
        <source>Met &amp;with:</source>
        <translation type="unfinished">&amp;Bertemu dengan:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;Peran:</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished">Hasil</translation>
    </message>
    <message>
        <source>The day has no asks yet. Add them on the Details tab.</source>
        <translation type="unfinished">Hari ini belum memiliki permintaan. Tambahkan di tab Rincian.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">Tindak lanjut</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Selesai</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Deskripsi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Tenggat</translation>
    </message>
    <message>
        <source>Due date as year-month-day, for example %1</source>
        <translation type="unfinished">Tanggal tenggat sebagai tahun-bulan-hari, misalnya %1</translation>
    </message>
    <message>
        <source>&amp;Add Follow-up</source>
        <translation type="unfinished">&amp;Tambah Tindak Lanjut</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">&amp;Hapus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Catatan</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Save Report</source>
        <translation type="unfinished">&amp;Simpan Laporan</translation>
    </message>
    <message>
        <source>Save the report (%1)</source>
        <translation type="unfinished">Simpan laporan (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;Kembalikan</translation>
    </message>
    <message>
        <source>Go back to the report as last saved</source>
        <translation type="unfinished">Kembali ke laporan seperti terakhir disimpan</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">Tidak ada hari advokasi yang dipilih.</translation>
    </message>
    <message>
        <source>No meetings yet: schedule the day first on the Schedule tab.</source>
        <translation type="unfinished">Belum ada pertemuan: jadwalkan hari ini terlebih dahulu di tab Jadwal.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation type="unfinished">%1:</translation>
    </message>
    <message>
        <source>Unknown office</source>
        <translation type="unfinished">Kantor tidak dikenal</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <comment>meeting list: start time, office, report status</comment>
        <translation type="unfinished">%1  %2 — %3</translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation type="unfinished">Laporan belum disimpan</translation>
    </message>
    <message>
        <source>Save the report of the meeting with %1?</source>
        <translation type="unfinished">Simpan laporan pertemuan dengan %1?</translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <comment>meeting heading: start, end, office</comment>
        <translation type="unfinished">%1–%2  %3</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (ketua)</translation>
    </message>
    <message>
        <source>No team assigned.</source>
        <translation type="unfinished">Belum ada tim yang ditugaskan.</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">Tim: %1</translation>
    </message>
    <message>
        <source>Follow-up row %1: “%2” is not a date. Write due dates as year-month-day, for example %3.</source>
        <translation type="unfinished">Baris tindak lanjut %1: “%2” bukan tanggal. Tulis tanggal tenggat sebagai tahun-bulan-hari, misalnya %3.</translation>
    </message>
    <message>
        <source>Follow-up row %1 has a due date but no description. Say what is to be done, or remove the row.</source>
        <translation type="unfinished">Baris tindak lanjut %1 memiliki tanggal tenggat tetapi tanpa deskripsi. Sebutkan apa yang harus dilakukan, atau hapus baris tersebut.</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished">Laporan tidak disimpan</translation>
    </message>
    <message>
        <source>Not a date. Write it as year-month-day, for example %1.</source>
        <translation type="unfinished">Bukan tanggal. Tulis sebagai tahun-bulan-hari, misalnya %1.</translation>
    </message>
</context>
<context>
    <name>majlis::ReportsPage</name>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;Kehadiran</translation>
    </message>
    <message>
        <source>Attendance per event</source>
        <translation type="unfinished">Kehadiran per acara</translation>
    </message>
    <message>
        <source>How many registered for each event, how many came, and how many new people walked in.</source>
        <translation type="unfinished">Berapa orang yang mendaftar untuk setiap acara, berapa yang datang, dan berapa orang baru yang datang tanpa daftar.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">Acara</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Tanggal</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">Terdaftar</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">Sudah check-in</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation type="unfinished">Kontak baru</translation>
    </message>
    <message>
        <source>People who walked in without registering and were added as new contacts</source>
        <translation type="unfinished">Orang yang datang tanpa mendaftar dan ditambahkan sebagai kontak baru</translation>
    </message>
    <message>
        <source>By &amp;chapter</source>
        <translation type="unfinished">Menurut &amp;cabang</translation>
    </message>
    <message>
        <source>Attendance per chapter by month</source>
        <translation type="unfinished">Kehadiran per cabang menurut bulan</translation>
    </message>
    <message>
        <source>How many people each chapter checked in at its events, month by month.</source>
        <translation type="unfinished">Berapa orang yang di-check-in setiap cabang di acaranya, bulan demi bulan.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Bulan</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished">Kegiatan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Berjanji</translation>
    </message>
    <message>
        <source>&amp;Voter registration</source>
        <translation type="unfinished">Pendaftaran &amp;pemilih</translation>
    </message>
    <message>
        <source>Voter registration per drive</source>
        <translation type="unfinished">Pendaftaran pemilih per kegiatan</translation>
    </message>
    <message>
        <source>What each voter-registration drive recorded, person by person, and how many pledged to vote.</source>
        <translation type="unfinished">Apa yang dicatat setiap kegiatan pendaftaran pemilih, orang demi orang, dan berapa yang berjanji untuk memilih.</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">Orang yang berjanji untuk memilih</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished">&amp;Mitra</translation>
    </message>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">Mitra menurut bidang isu</translation>
    </message>
    <message>
        <source>How many coalition partners work on each issue, and who they are.</source>
        <translation type="unfinished">Berapa mitra koalisi yang menangani setiap isu, dan siapa saja mereka.</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">Bidang isu</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">Mitra</translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>&amp;Sign-on letters</source>
        <translation type="unfinished">&amp;Surat dukungan bersama</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">Surat dukungan bersama</translation>
    </message>
    <message>
        <source>For each letter, how many partners asked have signed, declined, or not answered yet.</source>
        <translation type="unfinished">Untuk setiap surat, berapa mitra yang diminta telah menandatangani, menolak, atau belum menjawab.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">Surat</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished">Tenggat</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished">Diminta</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">Ditandatangani</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">Ditolak</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished">Belum dijawab</translation>
    </message>
    <message>
        <source>A chart of the numbers in the table below.</source>
        <translation type="unfinished">Grafik angka-angka dalam tabel di bawah.</translation>
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
        <translation type="unfinished">Orang</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest events with attendance; the table lists every event.</source>
        <translation type="unfinished">
            <numerusform>Grafik menampilkan %n acara terbaru yang memiliki kehadiran; tabel mencantumkan setiap acara.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see attendance here.</source>
        <translation type="unfinished">Lakukan check-in orang di acara untuk melihat kehadiran di sini.</translation>
    </message>
    <message>
        <source>No one has registered or checked in yet. Check people in at events to see attendance here.</source>
        <translation type="unfinished">Belum ada yang mendaftar atau check-in. Lakukan check-in orang di acara untuk melihat kehadiran di sini.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">Tanpa cabang</translation>
    </message>
    <message>
        <source>People checked in</source>
        <translation type="unfinished">Orang yang sudah check-in</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n months; the table lists every month.</source>
        <translation type="unfinished">
            <numerusform>Grafik menampilkan %n bulan terakhir; tabel mencantumkan setiap bulan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see each chapter&apos;s attendance by month here.</source>
        <translation type="unfinished">Lakukan check-in orang di acara untuk melihat kehadiran setiap cabang per bulan di sini.</translation>
    </message>
    <message>
        <source>People recorded</source>
        <translation type="unfinished">Orang yang dicatat</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest drives with records; the table lists every drive.</source>
        <translation type="unfinished">
            <numerusform>Grafik menampilkan %n kegiatan terbaru yang memiliki catatan; tabel mencantumkan setiap kegiatan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record who registered at voter-registration drives to see the results here.</source>
        <translation type="unfinished">Catat siapa yang mendaftar di kegiatan pendaftaran pemilih untuk melihat hasilnya di sini.</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n issue areas with the most partners; the table lists every area.</source>
        <translation type="unfinished">
            <numerusform>Grafik menampilkan %n bidang isu dengan mitra terbanyak; tabel mencantumkan setiap bidang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add issue areas to partners to see the coalition by issue here.</source>
        <translation type="unfinished">Tambahkan bidang isu ke mitra untuk melihat koalisi menurut isu di sini.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no deadline</comment>
        <translation type="unfinished">Tidak ada</translation>
    </message>
    <message>
        <source>Partners asked</source>
        <translation type="unfinished">Mitra yang diminta</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n letters with the latest deadlines; the table lists every letter.</source>
        <translation type="unfinished">
            <numerusform>Grafik menampilkan %n surat dengan tenggat terbaru; tabel mencantumkan setiap surat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a sign-on letter and ask partners to sign it to see who signed here.</source>
        <translation type="unfinished">Buat surat dukungan bersama dan minta mitra menandatanganinya untuk melihat siapa yang menandatangani di sini.</translation>
    </message>
    <message>
        <source>No partner has been asked to sign yet. Ask partners to sign a letter to see who signed here.</source>
        <translation type="unfinished">Belum ada mitra yang diminta menandatangani. Minta mitra menandatangani surat untuk melihat siapa yang menandatangani di sini.</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation type="unfinished">Kampa&amp;nye</translation>
    </message>
    <message>
        <source>Open campaigns</source>
        <translation type="unfinished">Kampanye yang berjalan</translation>
    </message>
    <message>
        <source>How each open phone bank, door-knocking effort and get-out-the-vote drive is going: attempts, people reached and pledges to vote, in all and day by day.</source>
        <translation type="unfinished">Perkembangan setiap bank telepon, ketuk pintu, dan ajakan memilih yang berjalan: upaya, orang yang terjangkau, dan janji memilih, total dan per hari.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">Kampanye</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Jenis</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">Dalam daftar</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Upaya</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontak</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">Tingkat kontak</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">Janji</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">Upaya yang berhasil menjangkau orangnya</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Hasil</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %Ln newest open campaigns with results; the table lists every open campaign.</source>
        <translation type="unfinished">
            <numerusform>Grafik menampilkan %Ln kampanye berjalan terbaru yang punya hasil; tabel mencantumkan setiap kampanye berjalan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: attempts, contacts and pledges per day</source>
        <translation type="unfinished">%1: upaya, kontak, dan janji per hari</translation>
    </message>
    <message>
        <source>Start a phone bank, door-knocking effort or get-out-the-vote drive to see its progress here.</source>
        <translation type="unfinished">Mulai bank telepon, ketuk pintu, atau ajakan memilih untuk melihat kemajuannya di sini.</translation>
    </message>
    <message>
        <source>No results recorded yet in the open campaigns. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">Belum ada hasil dicatat dalam kampanye yang berjalan. Kemajuan akan tampil di sini saat relawan mencatat hasil.</translation>
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
        <translation>Keluarkan juga dari semua daftar?</translation>
    </message>
    <message>
        <source>Keep them on future lists</source>
        <translation>Tetap di daftar berikutnya</translation>
    </message>
    <message>
        <source>Opt out: refused</source>
        <translation>Keluarkan: menolak</translation>
    </message>
    <message>
        <source>Opt out: hostile</source>
        <translation>Keluarkan: bermusuhan</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Hasil: %1</translation>
    </message>
    <message>
        <source>Result: none chosen yet</source>
        <translation>Hasil: belum dipilih</translation>
    </message>
</context>
<context>
    <name>majlis::RowWriter</name>
    <message>
        <source>The record was deleted meanwhile, perhaps in another window.</source>
        <translation type="unfinished">Catatan telah dihapus sementara itu, mungkin di jendela lain.</translation>
    </message>
</context>
<context>
    <name>majlis::SaveFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>majlis::ScheduleGridModel</name>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation type="unfinished">
            <numerusform>%1 (%n orang)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1, ruang %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished">%1–%2</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (ketua)</translation>
    </message>
    <message>
        <source>Pinned: scheduling again keeps it here.</source>
        <translation type="unfinished">Disematkan: penjadwalan ulang tetap mempertahankannya di sini.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished">Bentrok</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Disematkan</translation>
    </message>
</context>
<context>
    <name>majlis::SchedulePanel</name>
    <message>
        <source>Move meeting to %1</source>
        <translation type="unfinished">Pindahkan pertemuan ke %1</translation>
    </message>
    <message>
        <source>Cannot move the meeting</source>
        <translation type="unfinished">Tidak dapat memindahkan pertemuan</translation>
    </message>
    <message>
        <source>%1: no conflicts</source>
        <translation type="unfinished">%1: tidak ada konflik</translation>
    </message>
    <message>
        <source>&amp;Build Schedule</source>
        <translation type="unfinished">&amp;Susun Jadwal</translation>
    </message>
    <message>
        <source>Place every constituent with their senators and representative. Pinned and reported meetings stay where they are. (Ctrl+R)</source>
        <translation type="unfinished">Tempatkan setiap konstituen bersama senator dan anggota DPR mereka. Pertemuan yang disematkan dan sudah dilaporkan tetap di tempatnya. (Ctrl+R)</translation>
    </message>
    <message>
        <source>By office</source>
        <translation type="unfinished">Menurut kantor</translation>
    </message>
    <message>
        <source>By attendee</source>
        <translation type="unfinished">Menurut peserta</translation>
    </message>
    <message>
        <source>By team</source>
        <translation type="unfinished">Menurut tim</translation>
    </message>
    <message>
        <source>Show the schedule</source>
        <translation type="unfinished">Tampilkan jadwal</translation>
    </message>
    <message>
        <source>&amp;Pin / Unpin</source>
        <translation type="unfinished">&amp;Sematkan / Lepas Sematan</translation>
    </message>
    <message>
        <source>A pinned meeting keeps its time when the schedule is built again.</source>
        <translation type="unfinished">Pertemuan yang disematkan mempertahankan waktunya saat jadwal disusun ulang.</translation>
    </message>
    <message>
        <source>Schedule grid: drag a meeting to another time to move it</source>
        <translation type="unfinished">Kisi jadwal: seret pertemuan ke waktu lain untuk memindahkannya</translation>
    </message>
    <message>
        <source>Time and office</source>
        <translation type="unfinished">Waktu dan kantor</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Tempat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Peran</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished">&amp;Konflik</translation>
    </message>
    <message>
        <source>&amp;Not scheduled</source>
        <translation type="unfinished">&amp;Belum dijadwalkan</translation>
    </message>
    <message>
        <source>&amp;Office times</source>
        <translation type="unfinished">&amp;Waktu kantor</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished">Tidak ada konflik.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">Disematkan</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Ketua</translation>
    </message>
    <message>
        <source>no office</source>
        <translation type="unfinished">tanpa kantor</translation>
    </message>
    <message>
        <source>%1 — %2: not scheduled yet; build the schedule to place this meeting.</source>
        <translation type="unfinished">%1 — %2: belum dijadwalkan; susun jadwal untuk menempatkan pertemuan ini.</translation>
    </message>
    <message>
        <source>Register attendees on the Attendees tab, then build the schedule.</source>
        <translation type="unfinished">Daftarkan peserta di tab Peserta, lalu susun jadwal.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s); </source>
        <translation type="unfinished">
            <numerusform>%n pertemuan; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) not scheduled.</source>
        <translation type="unfinished">
            <numerusform>%n permintaan belum dijadwalkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has every meeting they can have.</source>
        <translation type="unfinished">Setiap orang mendapatkan semua pertemuan yang memungkinkan.</translation>
    </message>
    <message>
        <source>Cannot build the schedule</source>
        <translation type="unfinished">Tidak dapat menyusun jadwal</translation>
    </message>
    <message>
        <source>Cannot pin the meeting</source>
        <translation type="unfinished">Tidak dapat menyematkan pertemuan</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">Konflik</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished">Belum dijadwalkan</translation>
    </message>
</context>
<context>
    <name>majlis::ScriptTreeModel</name>
    <message>
        <source>Choose one</source>
        <translation>Pilih satu</translation>
    </message>
    <message>
        <source>Choose any</source>
        <translation>Pilih beberapa</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ya atau tidak</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Teks bebas</translation>
    </message>
    <message>
        <source>Adds the tag %1</source>
        <translation>Menambah tag %1</translation>
    </message>
    <message>
        <source>Records a pledge to vote</source>
        <translation>Mencatat janji memilih</translation>
    </message>
    <message>
        <source>Asks for a voter-registration follow-up</source>
        <translation>Meminta tindak lanjut pendaftaran pemilih</translation>
    </message>
    <message>
        <source>Opts the person out of every list</source>
        <translation>Mengeluarkan orang dari semua daftar</translation>
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
        <translation>Pertanyaan dan jawaban</translation>
    </message>
    <message>
        <source>Kind, or what the answer does</source>
        <translation>Jenis, atau fungsi jawaban</translation>
    </message>
</context>
<context>
    <name>majlis::SignOnLettersPanel</name>
    <message>
        <source>New &amp;Letter…</source>
        <translation type="unfinished">&amp;Surat Baru…</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">Surat dukungan bersama</translation>
    </message>
    <message>
        <source>&amp;Ask Partners…</source>
        <translation type="unfinished">&amp;Minta Mitra…</translation>
    </message>
    <message>
        <source>&amp;Record Answer…</source>
        <translation type="unfinished">&amp;Catat Jawaban…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Mitra</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Jawaban</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished">Dijawab pada</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished">Ditandatangani oleh</translation>
    </message>
    <message>
        <source>No sign-on letters yet</source>
        <translation type="unfinished">Belum ada surat dukungan bersama</translation>
    </message>
    <message>
        <source>When a coalition circulates a letter, add it with New Letter…, ask the partners you want on it, then record who signed and who declined. Signatures go into each partner&apos;s history.</source>
        <translation type="unfinished">Saat koalisi mengedarkan surat, tambahkan dengan Surat Baru…, minta mitra yang Anda inginkan ikut serta, lalu catat siapa yang menandatangani dan siapa yang menolak. Tanda tangan masuk ke riwayat setiap mitra.</translation>
    </message>
    <message>
        <source>No letter selected</source>
        <translation type="unfinished">Tidak ada surat yang dipilih</translation>
    </message>
    <message>
        <source>Choose a letter in the list to see who was asked and who answered.</source>
        <translation type="unfinished">Pilih surat di daftar untuk melihat siapa yang diminta dan siapa yang menjawab.</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished">Tenggat %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">Tanpa tenggat</translation>
    </message>
    <message>
        <source>The deadline, %1, has passed</source>
        <translation type="unfinished">Tenggat, %1, sudah lewat</translation>
    </message>
    <message>
        <source>Nobody asked yet: click Ask Partners… to choose who should sign.</source>
        <translation type="unfinished">Belum ada yang diminta: klik Minta Mitra… untuk memilih siapa yang harus menandatangani.</translation>
    </message>
    <message>
        <source>%1 signed, %2 declined, %3 not yet answered</source>
        <translation type="unfinished">%1 menandatangani, %2 menolak, %3 belum menjawab</translation>
    </message>
    <message>
        <source>Every partner asked has answered.</source>
        <translation type="unfinished">Setiap mitra yang diminta sudah menjawab.</translation>
    </message>
    <message>
        <source>Not yet answered: %1</source>
        <translation type="unfinished">Belum menjawab: %1</translation>
    </message>
    <message>
        <source>Cannot add the letter</source>
        <translation type="unfinished">Tidak dapat menambahkan surat</translation>
    </message>
    <message>
        <source>Cannot ask the partners</source>
        <translation type="unfinished">Tidak dapat meminta mitra</translation>
    </message>
    <message>
        <source>Cannot record the answer</source>
        <translation type="unfinished">Tidak dapat mencatat jawaban</translation>
    </message>
    <message>
        <source>Change the Answer</source>
        <translation type="unfinished">Ubah Jawaban</translation>
    </message>
    <message>
        <source>%1 already answered: %2 on %3. Record a new answer instead?</source>
        <translation type="unfinished">%1 sudah menjawab: %2 pada %3. Catat jawaban baru?</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished">Teks surat</translation>
    </message>
    <message>
        <source>Partners&apos; answers</source>
        <translation type="unfinished">Jawaban mitra</translation>
    </message>
</context>
<context>
    <name>majlis::SyncController</name>
    <message>
        <source>This computer has no keychain Majlis can use, so the sync login is kept only until Majlis closes: the password will be asked again next time.</source>
        <translation type="unfinished">Komputer ini tidak memiliki rantai kunci yang dapat digunakan Majlis, sehingga status masuk untuk sinkronisasi hanya disimpan sampai Majlis ditutup: kata sandi akan diminta lagi lain kali.</translation>
    </message>
</context>
<context>
    <name>majlis::SyncServerDialog</name>
    <message>
        <source>Sync Server</source>
        <translation type="unfinished">Server Sinkronisasi</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation type="unfinished">https://sync.example.org</translation>
    </message>
    <message>
        <source>How this laptop recognizes the server</source>
        <translation type="unfinished">Cara laptop ini mengenali server</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate &amp;authority</source>
        <translation type="unfinished">&amp;Otoritas sertifikat organisasi</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="unfinished">&amp;Pilih Berkas…</translation>
    </message>
    <message>
        <source>The server certificate&apos;s SHA-256 &amp;fingerprint</source>
        <translation type="unfinished">Sidik &amp;jari SHA-256 sertifikat server</translation>
    </message>
    <message>
        <source>AB:CD:EF:… (64 hexadecimal digits)</source>
        <translation type="unfinished">AB:CD:EF:… (64 digit heksadesimal)</translation>
    </message>
    <message>
        <source>Your organization&apos;s administrator gives you one of the two.</source>
        <translation type="unfinished">Administrator organisasi Anda memberikan salah satu dari keduanya.</translation>
    </message>
    <message>
        <source>Majlis does not save your password: the server gives this laptop a session, which is kept in this computer&apos;s keychain.</source>
        <translation type="unfinished">Majlis tidak menyimpan kata sandi Anda: server memberi laptop ini sebuah sesi, yang disimpan di rantai kunci komputer ini.</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished">&amp;Masuk</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation type="unfinished">&amp;Keluar</translation>
    </message>
    <message>
        <source>Forget the session on this laptop. Changes stay here until you log in again.</source>
        <translation type="unfinished">Melupakan sesi di laptop ini. Perubahan tetap di sini sampai Anda masuk lagi.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished">&amp;Alamat server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished">&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation type="unfinished">Masukkan nama pengguna Anda di server.</translation>
    </message>
    <message>
        <source>Choose the file of the organization&apos;s certificate authority, or give the server certificate&apos;s fingerprint instead.</source>
        <translation type="unfinished">Pilih berkas otoritas sertifikat organisasi, atau berikan sidik jari sertifikat server sebagai gantinya.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format (a text file starting with “-----BEGIN CERTIFICATE-----”).</source>
        <translation type="unfinished">%1 tidak berisi sertifikat berformat PEM (berkas teks yang diawali “-----BEGIN CERTIFICATE-----”).</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished">Otoritas Sertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished">Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished">Belum ada berkas yang dipilih.</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation type="unfinished">%1, berlaku hingga %2</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished">Masukkan kata sandi Anda.</translation>
    </message>
    <message>
        <source>A sync is running. Log in once it is done, or cancel it in the status bar.</source>
        <translation type="unfinished">Sinkronisasi sedang berjalan. Masuklah setelah selesai, atau batalkan di bilah status.</translation>
    </message>
    <message>
        <source>Logged out. Changes stay on this laptop until you log in again.</source>
        <translation type="unfinished">Sudah keluar. Perubahan tetap di laptop ini sampai Anda masuk lagi.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished">Sedang masuk…</translation>
    </message>
    <message>
        <source>A sync is running; logging in is possible once it is done.</source>
        <translation type="unfinished">Sinkronisasi sedang berjalan; Anda dapat masuk setelah selesai.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished">Masuk sebagai %1.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation type="unfinished">Belum masuk.</translation>
    </message>
</context>
<context>
    <name>majlis::SyncStatusWidget</name>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished">Baru saja disinkronkan</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform>Disinkronkan %n menit yang lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform>Disinkronkan %n jam yang lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation type="unfinished">Disinkronkan pada %1</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation type="unfinished">Terakhir disinkronkan %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished">Belum pernah disinkronkan.</translation>
    </message>
    <message>
        <source>Sent: %1 · Received: %2 · Removed: %3 · New conflicts: %4 · Refused: %5</source>
        <translation type="unfinished">Dikirim: %1 · Diterima: %2 · Dihapus: %3 · Konflik baru: %4 · Ditolak: %5</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation type="unfinished">Sinkronisasi: belum diatur</translation>
    </message>
    <message>
        <source>This workspace is only on this laptop. Click to choose the sync server.</source>
        <translation type="unfinished">Ruang kerja ini hanya ada di laptop ini. Klik untuk memilih server sinkronisasi.</translation>
    </message>
    <message>
        <source>Offline — will retry</source>
        <translation type="unfinished">Luring — akan dicoba lagi</translation>
    </message>
    <message>
        <source>Majlis tries again every few minutes. Click to try now.</source>
        <translation type="unfinished">Majlis mencoba lagi setiap beberapa menit. Klik untuk mencoba sekarang.</translation>
    </message>
    <message>
        <source>Syncing: connecting…</source>
        <translation type="unfinished">Menyinkronkan: menghubungkan…</translation>
    </message>
    <message>
        <source>Syncing: sending…</source>
        <translation type="unfinished">Menyinkronkan: mengirim…</translation>
    </message>
    <message>
        <source>Sent %1 of %2 changes.</source>
        <translation type="unfinished">Terkirim %1 dari %2 perubahan.</translation>
    </message>
    <message>
        <source>Syncing: receiving…</source>
        <translation type="unfinished">Menyinkronkan: menerima…</translation>
    </message>
    <message>
        <source>Received %1 changes so far.</source>
        <translation type="unfinished">Sejauh ini %1 perubahan diterima.</translation>
    </message>
    <message>
        <source>Sync: not synced yet</source>
        <translation type="unfinished">Sinkronisasi: belum disinkronkan</translation>
    </message>
    <message>
        <source>Majlis syncs every few minutes. Click to sync now.</source>
        <translation type="unfinished">Majlis menyinkronkan setiap beberapa menit. Klik untuk menyinkronkan sekarang.</translation>
    </message>
    <message>
        <source>Sync: log in again</source>
        <translation type="unfinished">Sinkronisasi: masuk lagi</translation>
    </message>
    <message>
        <source>Your changes stay on this laptop until then. Click to log in.</source>
        <translation type="unfinished">Perubahan Anda tetap di laptop ini sampai saat itu. Klik untuk masuk.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished">Sinkronisasi gagal</translation>
    </message>
    <message>
        <source>Click to try again.</source>
        <translation type="unfinished">Klik untuk mencoba lagi.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished">Status sinkronisasi</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished">Kemajuan sinkronisasi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Batal</translation>
    </message>
    <message>
        <source>Stop syncing. What was already sent or received is kept.</source>
        <translation type="unfinished">Menghentikan sinkronisasi. Apa yang sudah dikirim atau diterima tetap disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform>%n konflik</numerusform>
        </translation>
    </message>
    <message>
        <source>Values that lost to an edit made on another laptop. Click to review them.</source>
        <translation type="unfinished">Nilai yang kalah oleh suntingan yang dibuat di laptop lain. Klik untuk meninjaunya.</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutPanel</name>
    <message>
        <source>Turnout per district</source>
        <translation type="unfinished">Partisipasi per distrik</translation>
    </message>
    <message>
        <source>Chase list: pledged, not voted yet</source>
        <translation type="unfinished">Daftar susulan: sudah berjanji, belum memilih</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrik</translation>
    </message>
    <message>
        <source>Chase list</source>
        <translation type="unfinished">Daftar susulan</translation>
    </message>
    <message>
        <source>&amp;Mark Voted</source>
        <translation type="unfinished">&amp;Tandai sudah memilih</translation>
    </message>
    <message>
        <source>Mark the selected people on the chase list as voted</source>
        <translation type="unfinished">Tandai orang terpilih di daftar susulan sudah memilih</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Urungkan</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation type="unfinished">Urungkan tanda terakhir</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">&amp;Distrik:</translation>
    </message>
    <message>
        <source>Find anyone</source>
        <translation type="unfinished">Cari siapa saja</translation>
    </message>
    <message>
        <source>Find by name or phone</source>
        <translation type="unfinished">Cari menurut nama atau telepon</translation>
    </message>
    <message>
        <source>Name or phone number</source>
        <translation type="unfinished">Nama atau nomor telepon</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Orang yang ditemukan</translation>
    </message>
    <message>
        <source>Mark &amp;Voted</source>
        <translation type="unfinished">Tandai &amp;memilih</translation>
    </message>
    <message>
        <source>Mark the people found as voted</source>
        <translation type="unfinished">Tandai orang yang ditemukan sudah memilih</translation>
    </message>
    <message>
        <source>Mark &amp;Not Voted</source>
        <translation type="unfinished">Tandai &amp;belum memilih</translation>
    </message>
    <message>
        <source>Take the voted mark off the people found</source>
        <translation type="unfinished">Hapus tanda memilih dari orang yang ditemukan</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;Cari:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">U&amp;langi</translation>
    </message>
    <message>
        <source>Choose an election to follow its turnout.</source>
        <translation type="unfinished">Pilih pemilu untuk mengikuti partisipasinya.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>election name, then its date</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>Nobody has pledged to vote in this election yet. Pledges come from the answers people give to campaign scripts.</source>
        <translation type="unfinished">Belum ada yang berjanji memilih dalam pemilu ini. Janji berasal dari jawaban orang atas naskah kampanye.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pledged to vote; %1 of them (%2) have voted.</source>
        <translation type="unfinished">
            <numerusform>%Ln orang berjanji memilih; %1 di antaranya (%2) sudah memilih.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more voted without having pledged.</source>
        <translation type="unfinished">
            <numerusform>%Ln orang lagi memilih tanpa berjanji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every district</source>
        <translation type="unfinished">Semua distrik</translation>
    </message>
    <message>
        <source>Nobody to chase: nobody has pledged yet.</source>
        <translation type="unfinished">Tidak ada yang perlu disusul: belum ada yang berjanji.</translation>
    </message>
    <message>
        <source>Nobody left to chase: everyone who pledged has voted.</source>
        <translation type="unfinished">Tidak ada lagi yang perlu disusul: semua yang berjanji sudah memilih.</translation>
    </message>
    <message>
        <source>Type a name or phone number to find anyone, pledged or not, and mark them voted.</source>
        <translation type="unfinished">Ketik nama atau nomor telepon untuk menemukan siapa saja, sudah berjanji atau belum, lalu tandai sudah memilih.</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation type="unfinished">Tidak ada yang cocok dengan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Already marked voted.</source>
        <translation type="unfinished">Sudah ditandai memilih.</translation>
    </message>
    <message>
        <source>Not marked voted.</source>
        <translation type="unfinished">Belum ditandai memilih.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln people voted.</source>
        <translation type="unfinished">
            <numerusform>%Ln orang ditandai sudah memilih.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the voted mark off %Ln people.</source>
        <translation type="unfinished">
            <numerusform>Tanda memilih dihapus dari %Ln orang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo with %1.</source>
        <translation type="unfinished">Urungkan dengan %1.</translation>
    </message>
    <message>
        <source>Cannot mark the vote</source>
        <translation type="unfinished">Tidak dapat menandai suara</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutRowModel</name>
    <message>
        <source>Unknown district</source>
        <translation type="unfinished">Distrik tidak diketahui</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">Berjanji</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">Sudah memilih</translation>
    </message>
    <message>
        <source>Marked voted at %1</source>
        <translation type="unfinished">Ditandai memilih pada %1</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">Distrik</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telepon</translation>
    </message>
</context>
<context>
    <name>majlis::VolunteerModel</name>
    <message>
        <source>Volunteer (sync user name)</source>
        <translation>Relawan (nama pengguna sinkronisasi)</translation>
    </message>
    <message>
        <source>Languages they call in</source>
        <translation>Bahasa untuk menelepon</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>Untuk ditelepon</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Selesai</translation>
    </message>
</context>
<context>
    <name>majlis::WalkListPanel</name>
    <message>
        <source>Walk list of</source>
        <translation type="unfinished">Daftar kunjungan untuk</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Cetak…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">Simpan &amp;PDF…</translation>
    </message>
    <message>
        <source>Walk list preview</source>
        <translation type="unfinished">Pratinjau daftar kunjungan</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">Seluruh daftar</translation>
    </message>
    <message>
        <source>Every volunteer&apos;s share (each on its own pages)</source>
        <translation type="unfinished">Bagian setiap relawan (masing-masing di halamannya sendiri)</translation>
    </message>
    <message>
        <source>Choose a door-knocking campaign to print its walk lists.</source>
        <translation type="unfinished">Pilih kampanye ketuk pintu untuk mencetak daftar kunjungannya.</translation>
    </message>
    <message>
        <source>Print Walk Lists</source>
        <translation type="unfinished">Cetak daftar kunjungan</translation>
    </message>
    <message>
        <source>Save Walk Lists as PDF</source>
        <translation type="unfinished">Simpan daftar kunjungan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">Tidak dapat menyimpan PDF</translation>
    </message>
</context>
<context>
    <name>majlis::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation type="unfinished">Pengaturan Ruang Kerja</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s country</source>
        <translation type="unfinished">Belum diatur: negara komputer ini</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">Negara untuk nomor telepon</translation>
    </message>
    <message>
        <source>Time zone of events</source>
        <translation type="unfinished">Zona waktu acara</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s time zone</source>
        <translation type="unfinished">Belum diatur: zona waktu komputer ini</translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation type="unfinished">&amp;Negara untuk nomor telepon:</translation>
    </message>
    <message>
        <source>&amp;Time zone of events:</source>
        <translation type="unfinished">&amp;Zona waktu acara:</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished">Cabang</translation>
    </message>
    <message>
        <source>C&amp;hapters</source>
        <translation type="unfinished">Ca&amp;bang</translation>
    </message>
    <message>
        <source>A chapter&apos;s own country and time zone come before the workspace&apos;s for its contacts and events. Double-click a cell to change it; an empty one follows the workspace.</source>
        <translation type="unfinished">Negara dan zona waktu milik cabang didahulukan dari milik ruang kerja untuk kontak dan acaranya. Klik dua kali sebuah sel untuk mengubahnya; sel kosong mengikuti ruang kerja.</translation>
    </message>
    <message>
        <source>The chapters could not be read: %1</source>
        <translation type="unfinished">Cabang tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Numbers typed without + are read as numbers of %1, unless the contact or its chapter names another country.</source>
        <translation type="unfinished">Nomor yang diketik tanpa + dibaca sebagai nomor %1, kecuali kontak atau cabangnya menyebut negara lain.</translation>
    </message>
    <message>
        <source>In effect: %1, from this computer&apos;s language and region settings.</source>
        <translation type="unfinished">Berlaku: %1, dari pengaturan bahasa dan wilayah komputer ini.</translation>
    </message>
    <message>
        <source>None in effect: this computer&apos;s settings name no country, so numbers typed without + and without a country are kept as typed. Choose one.</source>
        <translation type="unfinished">Tidak ada negara yang berlaku: pengaturan komputer ini tidak menyebut negara, jadi nomor tanpa + dan tanpa negara disimpan apa adanya. Pilih satu.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows; choose one from the list.</source>
        <translation type="unfinished">%1 bukan zona waktu yang dikenal komputer ini; pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <source>In effect: %1, this computer&apos;s time zone.</source>
        <translation type="unfinished">Berlaku: %1, zona waktu komputer ini.</translation>
    </message>
    <message>
        <source>Events without a zone of their own or of their chapter are at %1.</source>
        <translation type="unfinished">Acara tanpa zona waktu sendiri maupun zona waktu cabangnya berlangsung pada waktu %1.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished">Tidak ada yang diubah. %1</translation>
    </message>
</context>
<context>
    <name>majlis::cli::Context</name>
    <message>
        <source>The chapter&apos;s city.</source>
        <translation type="unfinished">Kota cabang.</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">nama</translation>
    </message>
    <message>
        <source>State, province or region.</source>
        <translation type="unfinished">Negara bagian, provinsi, atau wilayah.</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US.</source>
        <translation type="unfinished">Kode negara dua huruf, seperti US.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">kode</translation>
    </message>
    <message>
        <source>&quot;chapters add&quot; needs the chapter&apos;s name.</source>
        <translation type="unfinished">&quot;chapters add&quot; memerlukan nama cabang.</translation>
    </message>
    <message>
        <source>Added chapter %1.</source>
        <translation type="unfinished">Cabang %1 ditambahkan.</translation>
    </message>
    <message>
        <source>No chapters yet. Add one with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">Belum ada cabang. Tambahkan dengan &quot;majlis-cli chapters add NAME&quot;.</translation>
    </message>
    <message>
        <source>Workspace ready at %1 (format %2).</source>
        <translation type="unfinished">Ruang kerja siap di %1 (format %2).</translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation type="unfinished">Nama depan.</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation type="unfinished">Nama keluarga.</translation>
    </message>
    <message>
        <source>Preferred name.</source>
        <translation type="unfinished">Nama panggilan.</translation>
    </message>
    <message>
        <source>Email address; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">Alamat email; ulangi untuk beberapa alamat (menggantikannya saat menyunting).</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">alamat</translation>
    </message>
    <message>
        <source>Phone number; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">Nomor telepon; ulangi untuk beberapa nomor (menggantikannya saat menyunting).</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">nomor</translation>
    </message>
    <message>
        <source>Chapter name.</source>
        <translation type="unfinished">Nama cabang.</translation>
    </message>
    <message>
        <source>U.S. state, two letters.</source>
        <translation type="unfinished">Negara bagian AS, dua huruf.</translation>
    </message>
    <message>
        <source>Congressional district (0 for at-large).</source>
        <translation type="unfinished">Distrik kongres (0 untuk at-large).</translation>
    </message>
    <message>
        <source>Organization.</source>
        <translation type="unfinished">Organisasi.</translation>
    </message>
    <message>
        <source>Role at the organization.</source>
        <translation type="unfinished">Peran di organisasi.</translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished">peran</translation>
    </message>
    <message>
        <source>Tag; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">Tag; ulangi untuk beberapa tag (menggantikannya saat menyunting).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished">tag</translation>
    </message>
    <message>
        <source>Language spoken, such as ar; repeatable.</source>
        <translation type="unfinished">Bahasa yang digunakan, seperti ar; dapat diulang.</translation>
    </message>
    <message>
        <source>Consent given today, on the command line: email, sms, phone or photo; repeatable.</source>
        <translation type="unfinished">Persetujuan yang diberikan hari ini, melalui baris perintah: email, sms, phone, atau photo; dapat diulang.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished">saluran</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished">Catatan.</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">teks</translation>
    </message>
    <message>
        <source>--district takes a number, such as 12 or 0 for at-large.</source>
        <translation type="unfinished">--district memerlukan angka, seperti 12 atau 0 untuk at-large.</translation>
    </message>
    <message>
        <source>Unknown consent &quot;%1&quot;; use email, sms, phone or photo.</source>
        <translation type="unfinished">Persetujuan tidak dikenal &quot;%1&quot;; gunakan email, sms, phone, atau photo.</translation>
    </message>
    <message>
        <source>%1 Add it first with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">%1 Tambahkan terlebih dahulu dengan &quot;majlis-cli chapters add NAME&quot;.</translation>
    </message>
    <message>
        <source>  id: %1</source>
        <translation type="unfinished">  id: %1</translation>
    </message>
    <message>
        <source>  email: %1</source>
        <translation type="unfinished">  email: %1</translation>
    </message>
    <message>
        <source>  phone: %1</source>
        <translation type="unfinished">  telepon: %1</translation>
    </message>
    <message>
        <source>  chapter: %1</source>
        <translation type="unfinished">  cabang: %1</translation>
    </message>
    <message>
        <source>  district: %1</source>
        <translation type="unfinished">  distrik: %1</translation>
    </message>
    <message>
        <source>  tags: %1</source>
        <translation type="unfinished">  tag: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n kontak</numerusform>
        </translation>
    </message>
    <message>
        <source>Show at most this many (default 50).</source>
        <translation type="unfinished">Tampilkan paling banyak sejumlah ini (bawaan 50).</translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished">jumlah</translation>
    </message>
    <message>
        <source>Only this chapter.</source>
        <translation type="unfinished">Hanya cabang ini.</translation>
    </message>
    <message>
        <source>Only contacts with this tag.</source>
        <translation type="unfinished">Hanya kontak dengan tag ini.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished">%1 ditambahkan.</translation>
    </message>
    <message>
        <source>&quot;contacts search&quot; needs something to search for.</source>
        <translation type="unfinished">&quot;contacts search&quot; memerlukan sesuatu untuk dicari.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished">--limit memerlukan angka positif.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; needs a contact id.</source>
        <translation type="unfinished">&quot;contacts %1&quot; memerlukan id kontak.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; takes one contact id.</source>
        <translation type="unfinished">&quot;contacts %1&quot; hanya menerima satu id kontak.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">%1 disimpan.</translation>
    </message>
    <message>
        <source>--date takes a date like 2027-03-04.</source>
        <translation type="unfinished">--date memerlukan tanggal seperti 2027-03-04.</translation>
    </message>
    <message>
        <source>--%1 takes a time like 09:00.</source>
        <translation type="unfinished">--%1 memerlukan waktu seperti 09:00.</translation>
    </message>
    <message>
        <source>--slot and --team-size take whole numbers.</source>
        <translation type="unfinished">--slot dan --team-size memerlukan bilangan bulat.</translation>
    </message>
    <message>
        <source>Created advocacy day %1 (%2).</source>
        <translation type="unfinished">Hari advokasi %1 (%2) dibuat.</translation>
    </message>
    <message>
        <source>No advocacy days yet. Create one with &quot;majlis-cli day create TITLE --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">Belum ada hari advokasi. Buat dengan &quot;majlis-cli day create TITLE --date YYYY-MM-DD&quot;.</translation>
    </message>
    <message>
        <source>--role is one of constituent, team_lead, note_taker, first_timer.</source>
        <translation type="unfinished">--role adalah salah satu dari constituent, team_lead, note_taker, first_timer.</translation>
    </message>
    <message>
        <source>Name the contacts to register, by id or with --tag.</source>
        <translation type="unfinished">Sebutkan kontak yang akan didaftarkan, menurut id atau dengan --tag.</translation>
    </message>
    <message numerus="yes">
        <source>Registered %n new attendee(s) for %1.</source>
        <translation type="unfinished">
            <numerusform>%n peserta baru didaftarkan untuk %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet. Use &quot;majlis-cli day attendees add DAY CONTACT...&quot;.</source>
        <translation type="unfinished">Belum ada yang terdaftar. Gunakan &quot;majlis-cli day attendees add DAY CONTACT...&quot;.</translation>
    </message>
    <message>
        <source>Scheduled %1 meetings; %2 of %3 constituents have all their meetings.</source>
        <translation type="unfinished">%1 pertemuan dijadwalkan; %2 dari %3 konstituen mendapatkan semua pertemuannya.</translation>
    </message>
    <message>
        <source>Not scheduled:</source>
        <translation type="unfinished">Belum dijadwalkan:</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished">Tidak dapat membuat folder %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation type="unfinished">
            <numerusform>%n berkas ditulis.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;day attendees&quot; needs add or list.</source>
        <translation type="unfinished">&quot;day attendees&quot; memerlukan add atau list.</translation>
    </message>
    <message>
        <source>The day&apos;s date, such as 2027-03-04.</source>
        <translation type="unfinished">Tanggal hari itu, seperti 2027-03-04.</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">tanggal</translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished">kota</translation>
    </message>
    <message>
        <source>The day&apos;s theme.</source>
        <translation type="unfinished">Tema hari itu.</translation>
    </message>
    <message>
        <source>First meeting time (default 09:00).</source>
        <translation type="unfinished">Waktu pertemuan pertama (bawaan 09:00).</translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished">waktu</translation>
    </message>
    <message>
        <source>End of the last meeting (default 17:00).</source>
        <translation type="unfinished">Akhir pertemuan terakhir (bawaan 17:00).</translation>
    </message>
    <message>
        <source>Minutes per meeting (default 30).</source>
        <translation type="unfinished">Menit per pertemuan (bawaan 30).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished">menit</translation>
    </message>
    <message>
        <source>Most people in one team (default 8).</source>
        <translation type="unfinished">Jumlah orang terbanyak dalam satu tim (bawaan 8).</translation>
    </message>
    <message>
        <source>An ask, as &quot;BILL: title&quot;; repeat for more.</source>
        <translation type="unfinished">Permintaan, sebagai &quot;BILL: judul&quot;; ulangi untuk menambah.</translation>
    </message>
    <message>
        <source>ask</source>
        <translation type="unfinished">permintaan</translation>
    </message>
    <message>
        <source>constituent (default), team_lead, note_taker or first_timer.</source>
        <translation type="unfinished">constituent (bawaan), team_lead, note_taker, atau first_timer.</translation>
    </message>
    <message>
        <source>Register every contact with this tag.</source>
        <translation type="unfinished">Daftarkan setiap kontak dengan tag ini.</translation>
    </message>
    <message>
        <source>Write the day as an iCalendar file.</source>
        <translation type="unfinished">Tulis hari tersebut sebagai berkas iCalendar.</translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished">berkas</translation>
    </message>
    <message>
        <source>Write the itineraries as a PDF, one per page.</source>
        <translation type="unfinished">Tulis rencana perjalanan sebagai PDF, satu per halaman.</translation>
    </message>
    <message>
        <source>Write the schedule as CSV.</source>
        <translation type="unfinished">Tulis jadwal sebagai CSV.</translation>
    </message>
    <message>
        <source>With --ics: one file per attendee, in the folder given.</source>
        <translation type="unfinished">Dengan --ics: satu berkas per peserta, di folder yang diberikan.</translation>
    </message>
    <message>
        <source>unknown command &quot;day %1&quot;; use create, list, attendees add, attendees list, schedule or export.</source>
        <translation type="unfinished">perintah tidak dikenal &quot;day %1&quot;; gunakan create, list, attendees add, attendees list, schedule, atau export.</translation>
    </message>
    <message>
        <source>&quot;day create&quot; needs the day&apos;s title.</source>
        <translation type="unfinished">&quot;day create&quot; memerlukan judul hari.</translation>
    </message>
    <message>
        <source>Name the advocacy day, by the id &quot;day list&quot; shows or by its title.</source>
        <translation type="unfinished">Sebutkan hari advokasi, menurut id yang ditampilkan &quot;day list&quot; atau menurut judulnya.</translation>
    </message>
    <message>
        <source>This walk-in may already be a contact: %1. Check in that contact by id instead.</source>
        <translation type="unfinished">Tamu tanpa daftar ini mungkin sudah menjadi kontak: %1. Lakukan check-in kontak tersebut menurut id.</translation>
    </message>
    <message>
        <source>Added and checked in %1.</source>
        <translation type="unfinished">%1 ditambahkan dan sudah check-in.</translation>
    </message>
    <message>
        <source>Name the contacts to check in by id, or add a walk-in with --walk-in --given NAME.</source>
        <translation type="unfinished">Sebutkan kontak yang akan di-check-in menurut id, atau tambahkan tamu tanpa daftar dengan --walk-in --given NAME.</translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation type="unfinished">%1 check-in di %2.</translation>
    </message>
    <message>
        <source>When it starts, such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">Waktu mulai, seperti &quot;2027-05-01 18:30&quot;.</translation>
    </message>
    <message>
        <source>When it ends.</source>
        <translation type="unfinished">Waktu selesai.</translation>
    </message>
    <message>
        <source>voter_registration, interfaith, town_hall, training, cultural, community or other.</source>
        <translation type="unfinished">voter_registration, interfaith, town_hall, training, cultural, community, atau other.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished">jenis</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation type="unfinished">Tempat.</translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished">tempat</translation>
    </message>
    <message>
        <source>How many people fit (0: no limit).</source>
        <translation type="unfinished">Berapa orang yang muat (0: tanpa batas).</translation>
    </message>
    <message>
        <source>The chapter running it.</source>
        <translation type="unfinished">Cabang yang menyelenggarakannya.</translation>
    </message>
    <message>
        <source>Add a new contact at the door and check them in.</source>
        <translation type="unfinished">Tambahkan kontak baru di pintu masuk dan lakukan check-in.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s given name.</source>
        <translation type="unfinished">Nama depan tamu tanpa daftar.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s family name.</source>
        <translation type="unfinished">Nama keluarga tamu tanpa daftar.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s email.</source>
        <translation type="unfinished">Email tamu tanpa daftar.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s phone.</source>
        <translation type="unfinished">Telepon tamu tanpa daftar.</translation>
    </message>
    <message>
        <source>Write attendance as CSV to this file (- for the screen).</source>
        <translation type="unfinished">Tulis kehadiran sebagai CSV ke berkas ini (- untuk layar).</translation>
    </message>
    <message>
        <source>--start takes a time such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">--start memerlukan waktu seperti &quot;2027-05-01 18:30&quot;.</translation>
    </message>
    <message>
        <source>--end takes a time such as &quot;2027-05-01 21:00&quot;.</source>
        <translation type="unfinished">--end memerlukan waktu seperti &quot;2027-05-01 21:00&quot;.</translation>
    </message>
    <message>
        <source>--kind is one of voter_registration, interfaith, town_hall, training, cultural, community, other.</source>
        <translation type="unfinished">--kind adalah salah satu dari voter_registration, interfaith, town_hall, training, cultural, community, other.</translation>
    </message>
    <message>
        <source>Created event %1 (%2).</source>
        <translation type="unfinished">Acara %1 (%2) dibuat.</translation>
    </message>
    <message>
        <source>&quot;events calendar&quot; needs the .ics file to write.</source>
        <translation type="unfinished">&quot;events calendar&quot; memerlukan berkas .ics yang akan ditulis.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n acara ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet. Create one with &quot;majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;&quot;.</source>
        <translation type="unfinished">Belum ada acara. Buat dengan &quot;majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;&quot;.</translation>
    </message>
    <message>
        <source>Name the event, by the id &quot;events list&quot; shows or by its title.</source>
        <translation type="unfinished">Sebutkan acara, menurut id yang ditampilkan &quot;events list&quot; atau menurut judulnya.</translation>
    </message>
    <message>
        <source>Wrote the attendance of %1 to %2.</source>
        <translation type="unfinished">Kehadiran %1 ditulis ke %2.</translation>
    </message>
    <message>
        <source>Imported %1 members of Congress: %2 new, %3 updated, %4 unchanged, %5 no longer in office.</source>
        <translation type="unfinished">%1 anggota Kongres diimpor: %2 baru, %3 diperbarui, %4 tidak berubah, %5 tidak lagi menjabat.</translation>
    </message>
    <message>
        <source>Only this state, such as WA.</source>
        <translation type="unfinished">Hanya negara bagian ini, seperti WA.</translation>
    </message>
    <message>
        <source>unknown command &quot;legislators %1&quot;; use import or list.</source>
        <translation type="unfinished">perintah tidak dikenal &quot;legislators %1&quot;; gunakan import atau list.</translation>
    </message>
    <message>
        <source>How many contacts (default 2000).</source>
        <translation type="unfinished">Berapa banyak kontak (bawaan 2000).</translation>
    </message>
    <message>
        <source>--count takes a number.</source>
        <translation type="unfinished">--count memerlukan angka.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation type="unfinished">
            <numerusform>%n kontak demo ditambahkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>People:</source>
        <translation type="unfinished">Orang:</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation type="unfinished"> (hingga %1)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished">Riwayat:</translation>
    </message>
    <message>
        <source>mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media or other.</source>
        <translation type="unfinished">mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media, atau other.</translation>
    </message>
    <message>
        <source>An issue area; repeat for several.</source>
        <translation type="unfinished">Bidang isu; ulangi untuk beberapa bidang.</translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished">bidang</translation>
    </message>
    <message>
        <source>prospect, active or dormant.</source>
        <translation type="unfinished">prospect, active, atau dormant.</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished">status</translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished">Kota.</translation>
    </message>
    <message>
        <source>State or region.</source>
        <translation type="unfinished">Negara bagian atau wilayah.</translation>
    </message>
    <message>
        <source>Web address.</source>
        <translation type="unfinished">Alamat web.</translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished">url</translation>
    </message>
    <message>
        <source>The chapter that keeps the relationship.</source>
        <translation type="unfinished">Cabang yang menjaga hubungan tersebut.</translation>
    </message>
    <message>
        <source>Only partners whose name, city or notes contain this.</source>
        <translation type="unfinished">Hanya mitra yang nama, kota, atau catatannya mengandung teks ini.</translation>
    </message>
    <message>
        <source>unknown command &quot;partners %1&quot;; use add, list or show.</source>
        <translation type="unfinished">perintah tidak dikenal &quot;partners %1&quot;; gunakan add, list, atau show.</translation>
    </message>
    <message>
        <source>--kind is one of mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media, other.</source>
        <translation type="unfinished">--kind adalah salah satu dari mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media, other.</translation>
    </message>
    <message>
        <source>--status is one of prospect, active, dormant.</source>
        <translation type="unfinished">--status adalah salah satu dari prospect, active, dormant.</translation>
    </message>
    <message>
        <source>&quot;partners show&quot; needs the partner&apos;s name or id.</source>
        <translation type="unfinished">&quot;partners show&quot; memerlukan nama atau id mitra.</translation>
    </message>
    <message>
        <source>&quot;partners add&quot; needs the partner&apos;s name.</source>
        <translation type="unfinished">&quot;partners add&quot; memerlukan nama mitra.</translation>
    </message>
    <message>
        <source>Added partner %1 (%2).</source>
        <translation type="unfinished">Mitra %1 (%2) ditambahkan.</translation>
    </message>
    <message>
        <source>No partners match. Add one with &quot;majlis-cli partners add NAME --kind interfaith&quot;.</source>
        <translation type="unfinished">Tidak ada mitra yang cocok. Tambahkan dengan &quot;majlis-cli partners add NAME --kind interfaith&quot;.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>--duplicates is one of merge, skip, create.</source>
        <translation type="unfinished">--duplicates adalah salah satu dari merge, skip, create.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD with a column of the file&apos;s header and a field such as email; &quot;%1&quot; is neither.</source>
        <translation type="unfinished">--map memerlukan COLUMN=FIELD dengan kolom dari tajuk berkas dan field seperti email; &quot;%1&quot; bukan keduanya.</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">impor %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read; %4 to create, %5 to merge, %6 to skip, %7 problems.</source>
        <translation type="unfinished">%1 (%2): %3 baris dibaca; %4 akan dibuat, %5 akan digabungkan, %6 akan dilewati, %7 masalah.</translation>
    </message>
    <message>
        <source>  line %1, %2: %3</source>
        <translation type="unfinished">  baris %1, %2: %3</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 merged, %3 skipped.</source>
        <translation type="unfinished">Diimpor: %1 dibuat, %2 digabungkan, %3 dilewati.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished">Uji coba: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1: %2 cards; %3 to create, %4 to merge, %5 to skip, %6 problems.</source>
        <translation type="unfinished">%1: %2 kartu; %3 akan dibuat, %4 akan digabungkan, %5 akan dilewati, %6 masalah.</translation>
    </message>
    <message>
        <source>Show what would be created, merged and skipped, and write nothing.</source>
        <translation type="unfinished">Tampilkan apa yang akan dibuat, digabungkan, dan dilewati, tanpa menulis apa pun.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD; repeatable. Fields: %1.</source>
        <translation type="unfinished">COLUMN=FIELD; dapat diulang. Field: %1.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished">pemetaan</translation>
    </message>
    <message>
        <source>What to do with rows that match a contact: merge (default), skip or create.</source>
        <translation type="unfinished">Apa yang dilakukan pada baris yang cocok dengan kontak: merge (bawaan), skip, atau create.</translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished">tindakan</translation>
    </message>
    <message>
        <source>Put every imported contact in this chapter.</source>
        <translation type="unfinished">Masukkan setiap kontak yang diimpor ke cabang ini.</translation>
    </message>
    <message>
        <source>Write the problems found, row by row, to this CSV file.</source>
        <translation type="unfinished">Tulis masalah yang ditemukan, baris demi baris, ke berkas CSV ini.</translation>
    </message>
    <message>
        <source>unknown command &quot;import %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">perintah tidak dikenal &quot;import %1&quot;; gunakan csv, vcard, atau archive.</translation>
    </message>
    <message>
        <source>&quot;import %1&quot; needs the file to import.</source>
        <translation type="unfinished">&quot;import %1&quot; memerlukan berkas yang akan diimpor.</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">Arsip %1 telah diimpor.</translation>
    </message>
    <message>
        <source>Only contacts matching this search.</source>
        <translation type="unfinished">Hanya kontak yang cocok dengan pencarian ini.</translation>
    </message>
    <message>
        <source>vCard version: 4.0 (default), 3.0 or 2.1.</source>
        <translation type="unfinished">Versi vCard: 4.0 (bawaan), 3.0, atau 2.1.</translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished">versi</translation>
    </message>
    <message>
        <source>unknown command &quot;export %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">perintah tidak dikenal &quot;export %1&quot;; gunakan csv, vcard, atau archive.</translation>
    </message>
    <message>
        <source>&quot;export %1&quot; needs the file to write.</source>
        <translation type="unfinished">&quot;export %1&quot; memerlukan berkas yang akan ditulis.</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">Arsip ruang kerja %1 telah ditulis.</translation>
    </message>
    <message>
        <source>No contacts match; nothing was written.</source>
        <translation type="unfinished">Tidak ada kontak yang cocok; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>--version is one of 4.0, 3.0, 2.1.</source>
        <translation type="unfinished">--version adalah salah satu dari 4.0, 3.0, 2.1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n kontak diekspor ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server address, such as https://sync.example.org.</source>
        <translation type="unfinished">Alamat server, seperti https://sync.example.org.</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation type="unfinished">Nama pengguna di server.</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate authority (PEM file).</source>
        <translation type="unfinished">Otoritas sertifikat organisasi (berkas PEM).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate.</source>
        <translation type="unfinished">Sidik jari SHA-256 dari sertifikat server.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished">Baca kata sandi dari input standar.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished">Tidak dapat membaca %1.</translation>
    </message>
    <message>
        <source>Give --server and --user the first time.</source>
        <translation type="unfinished">Berikan --server dan --user pada kali pertama.</translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation type="unfinished">Berikan kata sandi melalui input standar dengan --password-stdin.</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 received, %3 removed, %4 conflict(s), %5 refused.</source>
        <translation type="unfinished">Sinkronisasi selesai: %1 perubahan dikirim, %2 diterima, %3 dihapus, %4 konflik, %5 ditolak.</translation>
    </message>
    <message>
        <source>&quot;contacts export-data&quot; takes a contact id and the file to write.</source>
        <translation type="unfinished">&quot;contacts export-data&quot; memerlukan ID kontak dan berkas yang akan ditulis.</translation>
    </message>
    <message>
        <source>Wrote everything this workspace holds about the contact to %1.</source>
        <translation type="unfinished">Semua yang disimpan ruang kerja ini tentang kontak tersebut telah ditulis ke %1.</translation>
    </message>
    <message>
        <source>Confirm that the erasure cannot be undone.</source>
        <translation type="unfinished">Konfirmasi bahwa penghapusan tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>&quot;contacts erase&quot; takes one contact id.</source>
        <translation type="unfinished">&quot;contacts erase&quot; menerima satu ID kontak.</translation>
    </message>
    <message>
        <source>Erasing a person removes everything held about them, here and at the next sync on every laptop, and cannot be undone. Export it first with &quot;contacts export-data&quot; if they asked for a copy, then run the command again with --yes.</source>
        <translation type="unfinished">Menghapus seseorang membuang semua yang disimpan tentang mereka, di sini dan di setiap laptop pada sinkronisasi berikutnya, dan tidak dapat dibatalkan. Jika mereka meminta salinan, ekspor dulu dengan &quot;contacts export-data&quot;, lalu jalankan perintah lagi dengan --yes.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the contact and %n row(s) about them. The erasure reaches other laptops at their next sync.</source>
        <translation type="unfinished">
            <numerusform>Kontak dan %n baris tentangnya telah dihapus. Penghapusan sampai ke laptop lain pada sinkronisasi berikutnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;contacts %1&quot;; use add, list, search, show, edit, delete, merge, export-data or erase.</source>
        <translation type="unfinished">perintah tidak dikenal &quot;contacts %1&quot;; gunakan add, list, search, show, edit, delete, merge, export-data, atau erase.</translation>
    </message>
    <message>
        <source>&quot;contacts merge&quot; takes the id of the contact to keep and of the one to merge into it.</source>
        <translation type="unfinished">&quot;contacts merge&quot; menerima ID kontak yang dipertahankan dan ID kontak yang digabungkan ke dalamnya.</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation type="unfinished">Digabungkan ke %1.</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation type="unfinished">Alamat jalan.</translation>
    </message>
    <message>
        <source>City or town.</source>
        <translation type="unfinished">Kota atau kota kecil.</translation>
    </message>
    <message>
        <source>State, province or region of the address.</source>
        <translation type="unfinished">Negara bagian, provinsi, atau wilayah dari alamat.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation type="unfinished">Kode pos.</translation>
    </message>
    <message>
        <source>Country, two letters such as DE or GB; phone numbers without + are read as numbers of this country.</source>
        <translation type="unfinished">Negara, dua huruf seperti DE atau GB; nomor telepon tanpa + dibaca sebagai nomor negara ini.</translation>
    </message>
    <message>
        <source>--country takes a two-letter country code such as DE, GB, FR, CA or TR.</source>
        <translation type="unfinished">--country memerlukan kode negara dua huruf, seperti DE, GB, FR, CA, atau TR.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a value and its label, such as an email and home</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>  given name: %1</source>
        <translation type="unfinished">  nama depan: %1</translation>
    </message>
    <message>
        <source>  family name: %1</source>
        <translation type="unfinished">  nama keluarga: %1</translation>
    </message>
    <message>
        <source>  preferred name: %1</source>
        <translation type="unfinished">  nama panggilan: %1</translation>
    </message>
    <message>
        <source>  address: %1</source>
        <translation type="unfinished">  alamat: %1</translation>
    </message>
    <message>
        <source>  organization: %1</source>
        <translation type="unfinished">  organisasi: %1</translation>
    </message>
    <message>
        <source>  role: %1</source>
        <translation type="unfinished">  peran: %1</translation>
    </message>
    <message>
        <source>  languages: %1</source>
        <translation type="unfinished">  bahasa: %1</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation type="unfinished">diberikan pada %1</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation type="unfinished">ditolak pada %1</translation>
    </message>
    <message>
        <source>  consent to %1: %2</source>
        <translation type="unfinished">  persetujuan untuk %1: %2</translation>
    </message>
    <message>
        <source>  skills: %1</source>
        <translation type="unfinished">  keterampilan: %1</translation>
    </message>
    <message>
        <source>  interests: %1</source>
        <translation type="unfinished">  minat: %1</translation>
    </message>
    <message>
        <source>  birthday: %1</source>
        <translation type="unfinished">  tanggal lahir: %1</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation type="unfinished">  catatan: %1</translation>
    </message>
    <message>
        <source>No workspace country: numbers without + and without a country are kept as typed.</source>
        <translation type="unfinished">Ruang kerja belum punya negara: nomor tanpa + dan tanpa negara disimpan seperti yang diketik.</translation>
    </message>
    <message>
        <source>Workspace country: %1</source>
        <translation type="unfinished">Negara ruang kerja: %1</translation>
    </message>
    <message>
        <source>Choose one of --ics, --pdf, --html or --csv, with the file to write.</source>
        <translation type="unfinished">Pilih salah satu dari --ics, --pdf, --html, atau --csv, beserta berkas yang akan ditulis.</translation>
    </message>
    <message>
        <source>With --pdf or --html: one page per team instead of per attendee.</source>
        <translation type="unfinished">Dengan --pdf atau --html: satu halaman per tim, bukan per peserta.</translation>
    </message>
    <message>
        <source>Write the itineraries as a web page, to send or open in a browser.</source>
        <translation type="unfinished">Tulis rencana perjalanan sebagai halaman web, untuk dikirim atau dibuka di peramban.</translation>
    </message>
    <message>
        <source>&quot;chapters time-zone&quot; takes one zone, such as Europe/London.</source>
        <translation type="unfinished">&quot;chapters time-zone&quot; menerima satu zona, seperti Europe/London.</translation>
    </message>
    <message>
        <source>Workspace time zone: %1</source>
        <translation type="unfinished">Zona waktu ruang kerja: %1</translation>
    </message>
    <message>
        <source>Time zone of %1: %2</source>
        <translation type="unfinished">Zona waktu %1: %2</translation>
    </message>
    <message>
        <source>The IANA time zone of the chapter&apos;s events, such as Europe/London.</source>
        <translation type="unfinished">Zona waktu IANA untuk acara cabang, seperti Europe/London.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished">zona</translation>
    </message>
    <message>
        <source>The chapter to show or set.</source>
        <translation type="unfinished">Cabang yang ditampilkan atau diatur.</translation>
    </message>
    <message>
        <source>unknown command &quot;chapters %1&quot;; use add, list, region or time-zone.</source>
        <translation type="unfinished">perintah tidak dikenal &quot;chapters %1&quot;; gunakan add, list, region, atau time-zone.</translation>
    </message>
    <message>
        <source>Also print the Hijri date (Islamic civil calendar).</source>
        <translation type="unfinished">Cetak juga tanggal Hijriah (kalender Islam sipil).</translation>
    </message>
    <message>
        <source>The IANA time zone of its place, such as Europe/London (default: the chapter&apos;s).</source>
        <translation type="unfinished">Zona waktu IANA tempatnya, seperti Europe/London (bawaan: milik cabang).</translation>
    </message>
    <message>
        <source>unknown command &quot;events %1&quot;; use create, list, show, checkin, attendance or calendar.</source>
        <translation type="unfinished">perintah tidak dikenal &quot;events %1&quot;; gunakan create, list, show, checkin, attendance, atau calendar.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished">Jenis: %1</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation type="unfinished">Mulai: %1</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation type="unfinished">Selesai: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished">Zona waktu: %1</translation>
    </message>
    <message>
        <source>%1 (the chapter&apos;s or the workspace&apos;s)</source>
        <translation type="unfinished">%1 (milik cabang atau ruang kerja)</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished">Tempat: %1</translation>
    </message>
    <message>
        <source>--encoding &quot;%1&quot; is not one Majlis reads; use one of %2.</source>
        <translation type="unfinished">--encoding &quot;%1&quot; bukan pengodean yang dibaca Majlis; gunakan salah satu dari %2.</translation>
    </message>
    <message>
        <source>%1, detected</source>
        <translation type="unfinished">%1, terdeteksi</translation>
    </message>
    <message>
        <source>%1, as chosen</source>
        <translation type="unfinished">%1, sesuai pilihan</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding, when detection guesses wrong: %1.</source>
        <translation type="unfinished">Pengodean teks berkas, saat deteksi salah menebak: %1.</translation>
    </message>
    <message>
        <source>&quot;chapters region&quot; takes one country code, such as DE.</source>
        <translation type="unfinished">&quot;chapters region&quot; menerima satu kode negara, misalnya DE.</translation>
    </message>
    <message>
        <source>Country of %1: %2</source>
        <translation type="unfinished">Negara %1: %2</translation>
    </message>
    <message>
        <source>--building takes a name, and after = the group it is a short walk from, such as &quot;Binsfeld Office Building=offices&quot;.</source>
        <translation type="unfinished">--building menerima nama, dan setelah = kelompok yang dekat dengan berjalan kaki, misalnya &quot;Binsfeld Office Building=offices&quot;.</translation>
    </message>
    <message>
        <source>%1: the U.S. Capitol&apos;s buildings, as Majlis knows them.</source>
        <translation type="unfinished">%1: gedung-gedung Capitol AS, sebagaimana dikenal Majlis.</translation>
    </message>
    <message>
        <source>%1: one building, the capitol.</source>
        <translation type="unfinished">%1: satu gedung, gedung parlemen.</translation>
    </message>
    <message>
        <source>With campus: a building of the capitol as NAME=GROUP; buildings of one group are a short walk apart. Repeat for each; the list replaces the campus.</source>
        <translation type="unfinished">Dengan campus: sebuah gedung parlemen sebagai NAME=GROUP; gedung dalam satu kelompok berjarak dekat. Ulangi untuk setiap gedung; daftar menggantikan kompleks.</translation>
    </message>
    <message>
        <source>building</source>
        <translation type="unfinished">gedung</translation>
    </message>
    <message>
        <source>unknown command &quot;bodies %1&quot;; use list or campus.</source>
        <translation type="unfinished">perintah tidak dikenal &quot;bodies %1&quot;; gunakan list atau campus.</translation>
    </message>
    <message>
        <source>&quot;bodies campus&quot; needs the body&apos;s code, such as us-mi.</source>
        <translation type="unfinished">&quot;bodies campus&quot; memerlukan kode lembaga, misalnya us-mi.</translation>
    </message>
    <message>
        <source>The legislature the day lobbies, by code or name (default: the U.S. Congress).</source>
        <translation type="unfinished">Lembaga legislatif yang dituju hari advokasi, menurut kode atau nama (bawaan: Kongres AS).</translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished">lembaga</translation>
    </message>
    <message>
        <source>The day&apos;s time zone, such as America/Detroit (default: the capitol&apos;s).</source>
        <translation type="unfinished">Zona waktu hari itu, misalnya America/Detroit (bawaan: zona waktu gedung parlemen).</translation>
    </message>
    <message>
        <source>Only this legislature, by its code or name (default: every one; see &quot;bodies list&quot;).</source>
        <translation type="unfinished">Hanya lembaga legislatif ini, menurut kode atau nama (bawaan: semuanya; lihat &quot;bodies list&quot;).</translation>
    </message>
    <message>
        <source>Only this chamber: upper, lower or unicameral (senate and house also work).</source>
        <translation type="unfinished">Hanya majelis ini: upper, lower, atau unicameral (senate dan house juga bisa).</translation>
    </message>
    <message>
        <source>chamber</source>
        <translation type="unfinished">kamar</translation>
    </message>
    <message>
        <source>--chamber is one of upper, lower or unicameral.</source>
        <translation type="unfinished">--chamber adalah salah satu dari upper, lower, atau unicameral.</translation>
    </message>
    <message>
        <source>No members match. Import a legislature&apos;s members with &quot;majlis-cli legislators import FILE&quot;.</source>
        <translation type="unfinished">Tidak ada anggota yang cocok. Impor anggota suatu lembaga dengan &quot;majlis-cli legislators import FILE&quot;.</translation>
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
        <translation type="unfinished">&quot;districts lookup&quot; memerlukan kode ZIP: --zip 48126.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a legislature, its chamber and a district</comment>
        <translation type="unfinished">%1 (%2): %3</translation>
    </message>
    <message>
        <source>No district file knows ZIP %1 (ZIP codes of post office boxes only have no area).</source>
        <translation type="unfinished">Tidak ada berkas daerah pemilihan yang mengenal ZIP %1 (kode ZIP khusus kotak pos tidak memiliki wilayah).</translation>
    </message>
    <message>
        <source>ZIP %1 spans several districts; the address decides which:</source>
        <translation type="unfinished">ZIP %1 mencakup beberapa daerah pemilihan; alamat menentukan yang mana:</translation>
    </message>
    <message>
        <source>&quot;districts import&quot; takes one CSV file, --body CODE and --chamber senate|house|unicameral.</source>
        <translation type="unfinished">&quot;districts import&quot; menerima satu berkas CSV, --body CODE, dan --chamber senate|house|unicameral.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished">baris %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 postcodes in %2 rows for %3 (%4); %5 rows left out.</source>
        <translation type="unfinished">Mengimpor %1 kode pos dalam %2 baris untuk %3 (%4); %5 baris dilewati.</translation>
    </message>
    <message>
        <source>The ZIP code, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">Kode ZIP, misalnya 48126 atau 48126-1234.</translation>
    </message>
    <message>
        <source>zip</source>
        <translation type="unfinished">zip</translation>
    </message>
    <message>
        <source>The legislature&apos;s code, such as us-mi.</source>
        <translation type="unfinished">Kode badan legislatif, misalnya us-mi.</translation>
    </message>
    <message>
        <source>senate, house or unicameral.</source>
        <translation type="unfinished">senate, house, atau unicameral.</translation>
    </message>
    <message>
        <source>unknown command &quot;districts %1&quot;; use lookup or import.</source>
        <translation type="unfinished">perintah tidak dikenal &quot;districts %1&quot;; gunakan lookup atau import.</translation>
    </message>
    <message numerus="yes">
        <source>Would fill %n district(s) from postcodes (dry run: nothing was written).</source>
        <translation type="unfinished">
            <numerusform>%n daerah pemilihan akan diisi dari kode pos (uji coba: tidak ada yang ditulis).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postcodes.</source>
        <translation type="unfinished">
            <numerusform>%n daerah pemilihan diisi dari kode pos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already filled, %2 kept (entered by hand or confirmed), %3 without a postcode, of %4 contacts.</source>
        <translation type="unfinished">%1 sudah terisi, %2 dipertahankan (dimasukkan manual atau dikonfirmasi), %3 tanpa kode pos, dari %4 kontak.</translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts; choose with &quot;contacts districts ID --set DISTRICT&quot;:</source>
        <translation type="unfinished">
            <numerusform>%n kode pos mencakup beberapa daerah pemilihan; pilih dengan &quot;contacts districts ID --set DISTRICT&quot;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows:</source>
        <translation type="unfinished">
            <numerusform>%n kode pos yang tidak dikenal berkas daerah pemilihan mana pun:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s; check the address:</source>
        <translation type="unfinished">
            <numerusform>%n kode ZIP hanya berada di negara bagian lain dari negara bagian kontak; periksa alamatnya:</numerusform>
        </translation>
    </message>
    <message>
        <source>candidates: %1</source>
        <translation type="unfinished">kandidat: %1</translation>
    </message>
    <message>
        <source>No districts yet; &quot;contacts districts --fill&quot; finds them from postcodes.</source>
        <translation type="unfinished">Belum ada daerah pemilihan; &quot;contacts districts --fill&quot; menemukannya dari kode pos.</translation>
    </message>
    <message>
        <source>Fill districts from postcodes.</source>
        <translation type="unfinished">Isi daerah pemilihan dari kode pos.</translation>
    </message>
    <message>
        <source>List who still has districts to choose.</source>
        <translation type="unfinished">Tampilkan siapa yang masih harus memilih daerah pemilihan.</translation>
    </message>
    <message>
        <source>Only this advocacy day&apos;s attendees.</source>
        <translation type="unfinished">Hanya peserta hari advokasi ini.</translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished">hari</translation>
    </message>
    <message>
        <source>Only this legislature, such as us-congress or us-mi.</source>
        <translation type="unfinished">Hanya badan legislatif ini, misalnya us-congress atau us-mi.</translation>
    </message>
    <message>
        <source>senate, house or unicameral (default house).</source>
        <translation type="unfinished">senate, house, atau unicameral (bawaan house).</translation>
    </message>
    <message>
        <source>Report what would be filled; write nothing.</source>
        <translation type="unfinished">Laporkan apa yang akan diisi; jangan menulis apa pun.</translation>
    </message>
    <message>
        <source>Choose the district, such as MI-12 for the U.S. House.</source>
        <translation type="unfinished">Pilih daerah pemilihan, misalnya MI-12 untuk DPR AS.</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">distrik</translation>
    </message>
    <message>
        <source>The district held is right.</source>
        <translation type="unfinished">Daerah pemilihan yang tersimpan sudah benar.</translation>
    </message>
    <message>
        <source>Mark the district to be checked.</source>
        <translation type="unfinished">Tandai daerah pemilihan untuk diperiksa.</translation>
    </message>
    <message>
        <source>Give one of --fill, --ambiguous, --set, --confirm and --check-later.</source>
        <translation type="unfinished">Berikan salah satu dari --fill, --ambiguous, --set, --confirm, dan --check-later.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose.</source>
        <translation type="unfinished">
            <numerusform>%n daerah pemilihan perlu dipilih.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;contacts districts&quot; takes one contact id, or --fill or --ambiguous.</source>
        <translation type="unfinished">&quot;contacts districts&quot; menerima satu id kontak, atau --fill atau --ambiguous.</translation>
    </message>
    <message>
        <source>--chamber takes senate, house or unicameral.</source>
        <translation type="unfinished">--chamber menerima senate, house, atau unicameral.</translation>
    </message>
    <message>
        <source>Count what would be added, updated and marked departed, and write nothing.</source>
        <translation type="unfinished">Hitung apa yang akan ditambahkan, diperbarui, dan ditandai telah keluar, tanpa menulis apa pun.</translation>
    </message>
    <message>
        <source>Read PATH as a member list (CSV) of this legislature, by its code, such as gb-parliament.</source>
        <translation type="unfinished">Baca PATH sebagai daftar anggota (CSV) badan legislatif ini, dengan kodenya, misalnya gb-parliament.</translation>
    </message>
    <message>
        <source>The legislature&apos;s name, for a new one, such as &quot;UK Parliament&quot;.</source>
        <translation type="unfinished">Nama badan legislatif, jika baru, misalnya &quot;UK Parliament&quot;.</translation>
    </message>
    <message>
        <source>The legislature&apos;s country, such as GB.</source>
        <translation type="unfinished">Negara badan legislatif, misalnya GB.</translation>
    </message>
    <message>
        <source>The name of its upper chamber.</source>
        <translation type="unfinished">Nama majelis tingginya.</translation>
    </message>
    <message>
        <source>The name of its lower chamber, where members go when the list names none.</source>
        <translation type="unfinished">Nama majelis rendahnya, tempat anggota ditempatkan bila daftar tidak menyebut kamar.</translation>
    </message>
    <message>
        <source>The time zone of its capital, such as Europe/London.</source>
        <translation type="unfinished">Zona waktu ibu kotanya, misalnya Europe/London.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs, comma-separated, for the columns a guess misses. Fields: %1.</source>
        <translation type="unfinished">Pasangan FIELD=COLUMN, dipisahkan koma, untuk kolom yang tidak tertebak. Bidang: %1.</translation>
    </message>
    <message>
        <source>--body takes a legislature&apos;s code, letters, digits and dashes such as gb-parliament; &quot;%1&quot; is none in this workspace.</source>
        <translation type="unfinished">--body menerima kode badan legislatif, berupa huruf, angka, dan tanda hubung seperti gb-parliament; &quot;%1&quot; bukan salah satunya di ruang kerja ini.</translation>
    </message>
    <message>
        <source>%1 is a new legislature: give its name with --body-name.</source>
        <translation type="unfinished">%1 adalah badan legislatif baru: beri namanya dengan --body-name.</translation>
    </message>
    <message>
        <source>--time-zone takes a zone such as Europe/London; &quot;%1&quot; is none.</source>
        <translation type="unfinished">--time-zone menerima zona seperti Europe/London; &quot;%1&quot; bukan zona waktu.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 members; %4 new, %5 updated, %6 unchanged, %7 no longer in office.</source>
        <translation type="unfinished">%1 (%2): %3 anggota; %4 baru, %5 diperbarui, %6 tidak berubah, %7 tidak lagi menjabat.</translation>
    </message>
    <message>
        <source>&quot;legislators import&quot; needs one path: legislators-current.csv, an Open States folder or download, or a member list with --body.</source>
        <translation type="unfinished">&quot;legislators import&quot; memerlukan satu jalur: legislators-current.csv, folder atau unduhan Open States, atau daftar anggota dengan --body.</translation>
    </message>
    <message>
        <source>--map reads a member list: say whose with --body.</source>
        <translation type="unfinished">--map membaca daftar anggota: sebutkan milik siapa dengan --body.</translation>
    </message>
    <message>
        <source>Where (default: the legislature&apos;s capital, such as Washington, DC).</source>
        <translation type="unfinished">Tempat (bawaan: ibu kota badan legislatif, misalnya Washington, DC).</translation>
    </message>
    <message>
        <source>Import the members of Congress built into this program instead of a file.</source>
        <translation type="unfinished">Impor anggota Kongres yang tertanam dalam program ini, bukan dari berkas.</translation>
    </message>
    <message>
        <source>--bundled imports the members of Congress built in: give no path, --body or --map with it.</source>
        <translation type="unfinished">--bundled mengimpor anggota Kongres yang tertanam: jangan beri jalur, --body, atau --map bersamanya.</translation>
    </message>
    <message>
        <source>Say who is calling with --caller NAME: this workspace syncs with no server, so there is no user name to call as.</source>
        <translation type="unfinished">Sebutkan siapa yang menelepon dengan --caller NAMA: ruang kerja ini tidak disinkronkan dengan server, jadi tidak ada nama pengguna untuk menelepon.</translation>
    </message>
    <message>
        <source>--answer takes QUESTION=ANSWER, such as plan=yes (&quot;%1&quot; is not).</source>
        <translation type="unfinished">--answer memerlukan PERTANYAAN=JAWABAN, misalnya plan=yes (&quot;%1&quot; bukan).</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; takes one answer, and was given two.</source>
        <translation type="unfinished">Pertanyaan &quot;%1&quot; hanya menerima satu jawaban, tetapi diberi dua.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">Telepon: %1</translation>
    </message>
    <message>
        <source>%1 (as typed; check it)</source>
        <translation type="unfinished">%1 (seperti diketik; periksa)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished">Bahasa: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished">Alamat: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s) before in this campaign.</source>
        <translation type="unfinished">
            <numerusform>Sudah dicoba %n kali dalam kampanye ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">Kontak terakhir: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Last contact: never</source>
        <translation type="unfinished">Kontak terakhir: belum pernah</translation>
    </message>
    <message>
        <source>Still to call: %1, this one included.</source>
        <translation type="unfinished">Sisa yang harus ditelepon: %1, termasuk orang ini.</translation>
    </message>
    <message>
        <source>Record it with: majlis-cli campaigns record %1 %2 --result CODE [--answer QUESTION=ANSWER]</source>
        <translation type="unfinished">Catat dengan: majlis-cli campaigns record %1 %2 --result CODE [--answer PERTANYAAN=JAWABAN]</translation>
    </message>
    <message>
        <source>Nobody is left for %1 to call on %2.</source>
        <translation type="unfinished">Tidak ada lagi yang harus ditelepon %1 di %2.</translation>
    </message>
    <message>
        <source>&quot;campaigns record&quot; needs the campaign and the person: campaigns record CAMPAIGN CONTACT --result CODE.</source>
        <translation type="unfinished">&quot;campaigns record&quot; memerlukan kampanye dan orangnya: campaigns record KAMPANYE KONTAK --result CODE.</translation>
    </message>
    <message>
        <source>--result is one of %1.</source>
        <translation type="unfinished">--result adalah salah satu dari %1.</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; for %2 by %3.</source>
        <translation type="unfinished">&quot;%1&quot; dicatat untuk %2 oleh %3.</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2</source>
        <translation type="unfinished">Dalam daftar: %1; selesai: %2</translation>
    </message>
    <message>
        <source>Attempts: %1; reached: %2 (%3%); pledges: %4; follow-ups: %5; opt-outs: %6</source>
        <translation type="unfinished">Percobaan: %1; terhubung: %2 (%3%); janji: %4; tindak lanjut: %5; tolak dihubungi: %6</translation>
    </message>
    <message>
        <source>Per volunteer:</source>
        <translation type="unfinished">Per relawan:</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3 (%4%), pledges %5, from %6 to %7</source>
        <translation type="unfinished">  %1: percobaan %2, terhubung %3 (%4%), janji %5, dari %6 sampai %7</translation>
    </message>
    <message>
        <source>    check: %1</source>
        <translation type="unfinished">    periksa: %1</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished">Jawaban:</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation type="unfinished">Per hari:</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3, pledges %4</source>
        <translation type="unfinished">  %1: percobaan %2, terhubung %3, janji %4</translation>
    </message>
    <message>
        <source>--caller names the volunteer whose results to withdraw.</source>
        <translation type="unfinished">--caller menyebut relawan yang hasilnya ditarik.</translation>
    </message>
    <message>
        <source>--%1 takes a time such as 2026-11-01T14:00 (this computer&apos;s time, or end it with Z for UTC) or a day such as 2026-11-01.</source>
        <translation type="unfinished">--%1 memerlukan waktu seperti 2026-11-01T14:00 (waktu komputer ini, atau akhiri dengan Z untuk UTC) atau hari seperti 2026-11-01.</translation>
    </message>
    <message>
        <source>--from must come before --to.</source>
        <translation type="unfinished">--from harus sebelum --to.</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %n result(s) by %1 from %2; those people can be called again.</source>
        <translation type="unfinished">
            <numerusform>%n hasil dari %1 di %2 ditarik; orang-orang itu bisa ditelepon lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is calling (default: the user this workspace syncs as).</source>
        <translation type="unfinished">Siapa yang menelepon (bawaan: pengguna yang digunakan ruang kerja ini untuk sinkronisasi).</translation>
    </message>
    <message>
        <source>Pass over this person for now; repeatable.</source>
        <translation type="unfinished">Lewati orang ini untuk sementara; dapat diulang.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished">kontak</translation>
    </message>
    <message>
        <source>What came of it: %1.</source>
        <translation type="unfinished">Hasilnya: %1.</translation>
    </message>
    <message>
        <source>QUESTION=ANSWER from the script; repeatable. Several answers to a multiple-choice question: QUESTION=A,B.</source>
        <translation type="unfinished">PERTANYAAN=JAWABAN dari naskah; dapat diulang. Beberapa jawaban untuk pertanyaan pilihan ganda: PERTANYAAN=A,B.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished">jawaban</translation>
    </message>
    <message>
        <source>refused or hostile: the person is never contacted again.</source>
        <translation type="unfinished">refused atau hostile: orang itu tidak akan pernah dihubungi lagi.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished">alasan</translation>
    </message>
    <message>
        <source>The number dialled, when not the card&apos;s (marked bad by wrong_number or disconnected).</source>
        <translation type="unfinished">Nomor yang ditelepon, jika bukan nomor di kartu (ditandai buruk oleh wrong_number atau disconnected).</translation>
    </message>
    <message>
        <source>The volunteer whose results to withdraw.</source>
        <translation type="unfinished">Relawan yang hasilnya ditarik.</translation>
    </message>
    <message>
        <source>Only results recorded from this time on.</source>
        <translation type="unfinished">Hanya hasil yang dicatat sejak waktu ini.</translation>
    </message>
    <message>
        <source>Only results recorded up to this time.</source>
        <translation type="unfinished">Hanya hasil yang dicatat sampai waktu ini.</translation>
    </message>
    <message>
        <source>Election day, such as 2026-11-03.</source>
        <translation type="unfinished">Hari pemilu, misalnya 2026-11-03.</translation>
    </message>
    <message>
        <source>Where it is held, such as Michigan or Dearborn.</source>
        <translation type="unfinished">Tempat diadakannya, misalnya Michigan atau Dearborn.</translation>
    </message>
    <message>
        <source>The chapter mobilizing for it.</source>
        <translation type="unfinished">Cabang yang menggerakkan massa untuknya.</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns elections %1&quot;; use add or list.</source>
        <translation type="unfinished">perintah tidak dikenal &quot;campaigns elections %1&quot;; gunakan add atau list.</translation>
    </message>
    <message>
        <source>--date takes the election day, such as 2026-11-03.</source>
        <translation type="unfinished">--date memerlukan hari pemilu, misalnya 2026-11-03.</translation>
    </message>
    <message>
        <source>Added the election %1 on %2 (%3).</source>
        <translation type="unfinished">Pemilu %1 pada %2 ditambahkan (%3).</translation>
    </message>
    <message>
        <source>No elections yet. Add one with &quot;majlis-cli campaigns elections add NAME --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">Belum ada pemilu. Tambahkan dengan &quot;majlis-cli campaigns elections add NAMA --date YYYY-MM-DD&quot;.</translation>
    </message>
    <message>
        <source>phone (a phone bank), door (door knocking) or gotv (get out the vote).</source>
        <translation type="unfinished">phone (bank telepon), door (ketuk pintu), atau gotv (ajak memilih).</translation>
    </message>
    <message>
        <source>The script: a YAML or JSON file with the introduction and questions.</source>
        <translation type="unfinished">Naskah: berkas YAML atau JSON berisi pembuka dan pertanyaan.</translation>
    </message>
    <message>
        <source>The election it is for, by name or id.</source>
        <translation type="unfinished">Pemilu yang dituju, berdasarkan nama atau id.</translation>
    </message>
    <message>
        <source>election</source>
        <translation type="unfinished">pemilu</translation>
    </message>
    <message>
        <source>The chapter running it (default: the whole organization).</source>
        <translation type="unfinished">Cabang yang menjalankannya (bawaan: seluruh organisasi).</translation>
    </message>
    <message>
        <source>First day, such as 2026-10-01.</source>
        <translation type="unfinished">Hari pertama, misalnya 2026-10-01.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished">Hari terakhir.</translation>
    </message>
    <message>
        <source>Give the campaign a name: &quot;campaigns create NAME --kind phone --script FILE&quot;.</source>
        <translation type="unfinished">Beri nama kampanye: &quot;campaigns create NAMA --kind phone --script BERKAS&quot;.</translation>
    </message>
    <message>
        <source>--kind is one of phone, door, gotv.</source>
        <translation type="unfinished">--kind adalah salah satu dari phone, door, gotv.</translation>
    </message>
    <message>
        <source>--script names the script file (YAML or JSON).</source>
        <translation type="unfinished">--script menyebut berkas naskah (YAML atau JSON).</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-10-01.</source>
        <translation type="unfinished">--%1 memerlukan tanggal seperti 2026-10-01.</translation>
    </message>
    <message>
        <source>Cannot read the script %1: %2</source>
        <translation type="unfinished">Tidak dapat membaca naskah %1: %2</translation>
    </message>
    <message>
        <source>The script %1: %2</source>
        <translation type="unfinished">Naskah %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 (%2). Kind: %3; %n question(s) in its script.</source>
        <translation type="unfinished">
            <numerusform>%1 (%2) dibuat. Jenis: %3; %n pertanyaan dalam naskahnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished">ditutup</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">terbuka</translation>
    </message>
    <message>
        <source>No campaigns yet. Create one with &quot;majlis-cli campaigns create NAME --kind phone --script FILE.yaml&quot;.</source>
        <translation type="unfinished">Belum ada kampanye. Buat dengan &quot;majlis-cli campaigns create NAMA --kind phone --script BERKAS.yaml&quot;.</translation>
    </message>
    <message>
        <source>Election: %1 on %2</source>
        <translation type="unfinished">Pemilu: %1 pada %2</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation type="unfinished">Tanggal: %1 sampai %2</translation>
    </message>
    <message>
        <source>Closed: it takes no more results.</source>
        <translation type="unfinished">Ditutup: tidak menerima hasil lagi.</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2; attempts: %3; reached: %4</source>
        <translation type="unfinished">Dalam daftar: %1; selesai: %2; percobaan: %3; terhubung: %4</translation>
    </message>
    <message>
        <source>  still to call for %1: %2</source>
        <translation type="unfinished">  sisa yang harus ditelepon %1: %2</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished">(belum ada)</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation type="unfinished">Naskah:</translation>
    </message>
    <message>
        <source>People with this tag; repeat for any of several.</source>
        <translation type="unfinished">Orang dengan tag ini; ulangi untuk salah satu dari beberapa tag.</translation>
    </message>
    <message>
        <source>People of this chapter.</source>
        <translation type="unfinished">Orang di cabang ini.</translation>
    </message>
    <message>
        <source>People who speak this language, such as ar.</source>
        <translation type="unfinished">Orang yang berbicara bahasa ini, misalnya ar.</translation>
    </message>
    <message>
        <source>People in this U.S. state, two letters.</source>
        <translation type="unfinished">Orang di negara bagian AS ini, dua huruf.</translation>
    </message>
    <message>
        <source>With --district: the legislature, such as us-mi.</source>
        <translation type="unfinished">Dengan --district: badan legislatif, misalnya us-mi.</translation>
    </message>
    <message>
        <source>People in this district of --body.</source>
        <translation type="unfinished">Orang di daerah pemilihan --body ini.</translation>
    </message>
    <message>
        <source>People who checked in at this event.</source>
        <translation type="unfinished">Orang yang check-in di acara ini.</translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished">acara</translation>
    </message>
    <message>
        <source>People with this voter-registration status at any drive: %1.</source>
        <translation type="unfinished">Orang dengan status pendaftaran pemilih ini di kegiatan mana pun: %1.</translation>
    </message>
    <message>
        <source>With --question and --answer: people who gave that answer in this campaign.</source>
        <translation type="unfinished">Dengan --question dan --answer: orang yang memberi jawaban itu dalam kampanye ini.</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished">kampanye</translation>
    </message>
    <message>
        <source>The question&apos;s key.</source>
        <translation type="unfinished">Kunci pertanyaan.</translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished">kunci</translation>
    </message>
    <message>
        <source>The answer&apos;s key.</source>
        <translation type="unfinished">Kunci jawaban.</translation>
    </message>
    <message>
        <source>With --pledged or --not-voted: the election.</source>
        <translation type="unfinished">Dengan --pledged atau --not-voted: pemilunya.</translation>
    </message>
    <message>
        <source>People who pledged to vote in --election.</source>
        <translation type="unfinished">Orang yang berjanji memilih di --election.</translation>
    </message>
    <message>
        <source>People not yet marked as voted in --election.</source>
        <translation type="unfinished">Orang yang belum ditandai sudah memilih di --election.</translation>
    </message>
    <message>
        <source>Say how many would be added, and add nobody.</source>
        <translation type="unfinished">Sebutkan berapa yang akan ditambahkan, tanpa menambahkan siapa pun.</translation>
    </message>
    <message>
        <source>--state takes two letters, such as MI.</source>
        <translation type="unfinished">--state memerlukan dua huruf, misalnya MI.</translation>
    </message>
    <message>
        <source>--body and --district go together: the district of which legislature.</source>
        <translation type="unfinished">--body dan --district dipakai bersama: daerah pemilihan dari badan legislatif yang mana.</translation>
    </message>
    <message>
        <source>--voter-status is one of %1.</source>
        <translation type="unfinished">--voter-status adalah salah satu dari %1.</translation>
    </message>
    <message>
        <source>--answered, --question and --answer go together: who gave which answer where.</source>
        <translation type="unfinished">--answered, --question, dan --answer dipakai bersama: siapa memberi jawaban apa dan di mana.</translation>
    </message>
    <message>
        <source>--election goes with --pledged or --not-voted.</source>
        <translation type="unfinished">--election dipakai dengan --pledged atau --not-voted.</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n person(s) to the list of %1; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform>Akan menambahkan %n orang ke daftar %1; tidak ada yang diubah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) to the list of %1.</source>
        <translation type="unfinished">
            <numerusform>%n orang ditambahkan ke daftar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">selesai</translation>
    </message>
    <message>
        <source>Nobody is on the list yet. Add people with &quot;majlis-cli campaigns build %1 --tag TAG&quot;.</source>
        <translation type="unfinished">Belum ada orang dalam daftar. Tambahkan dengan &quot;majlis-cli campaigns build %1 --tag TAG&quot;.</translation>
    </message>
    <message>
        <source>Split the list with --to a,b,c (by count) or --by-language NAME=LANG,LANG (repeat per volunteer), not both.</source>
        <translation type="unfinished">Bagi daftar dengan --to a,b,c (berdasarkan jumlah) atau --by-language NAMA=BAHASA,BAHASA (ulangi per relawan), bukan keduanya.</translation>
    </message>
    <message>
        <source>--by-language takes NAME=LANG,LANG, such as amina=ar,en.</source>
        <translation type="unfinished">--by-language memerlukan NAMA=BAHASA,BAHASA, misalnya amina=ar,en.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n person(s) on the list of %1.</source>
        <translation type="unfinished">
            <numerusform>%n orang dalam daftar %1 telah dibagikan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n to call</source>
        <translation type="unfinished">
            <numerusform>  %1: %n untuk ditelepon</numerusform>
        </translation>
    </message>
    <message>
        <source>--out names the CSV file to write.</source>
        <translation type="unfinished">--out menyebut berkas CSV yang akan ditulis.</translation>
    </message>
    <message>
        <source>--volunteer goes with --list: one volunteer&apos;s share of the list.</source>
        <translation type="unfinished">--volunteer dipakai dengan --list: bagian daftar milik seorang relawan.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to call or visit to %1.</source>
        <translation type="unfinished">
            <numerusform>%n orang untuk ditelepon atau dikunjungi ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n result(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n hasil ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the campaign, by the id &quot;campaigns list&quot; shows or by its name.</source>
        <translation type="unfinished">Sebutkan kampanye dengan id yang ditampilkan &quot;campaigns list&quot; atau dengan namanya.</translation>
    </message>
    <message>
        <source>Volunteers to split the list among by count, such as amina,bilal.</source>
        <translation type="unfinished">Relawan yang akan berbagi daftar berdasarkan jumlah, misalnya amina,bilal.</translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished">nama</translation>
    </message>
    <message>
        <source>A volunteer and the languages they call in, such as amina=ar,en; repeat per volunteer.</source>
        <translation type="unfinished">Seorang relawan dan bahasa yang dipakainya menelepon, misalnya amina=ar,en; ulangi per relawan.</translation>
    </message>
    <message>
        <source>name=languages</source>
        <translation type="unfinished">nama=bahasa</translation>
    </message>
    <message>
        <source>Take back only this volunteer&apos;s share.</source>
        <translation type="unfinished">Ambil kembali hanya bagian relawan ini.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished">Berkas CSV yang akan ditulis.</translation>
    </message>
    <message>
        <source>Write the list to call or walk instead of the results.</source>
        <translation type="unfinished">Tulis daftar untuk ditelepon atau didatangi, bukan hasilnya.</translation>
    </message>
    <message>
        <source>With --list: only this volunteer&apos;s share.</source>
        <translation type="unfinished">Dengan --list: hanya bagian relawan ini.</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns %1&quot;; use elections, create, list, show, build, entries, assign, release, next, record, progress, rollback, close or export.</source>
        <translation type="unfinished">perintah tidak dikenal &quot;campaigns %1&quot;; gunakan elections, create, list, show, build, entries, assign, release, next, record, progress, rollback, close, atau export.</translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from every volunteer.</source>
        <translation type="unfinished">
            <numerusform>%n orang diambil kembali dari semua relawan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from %1.</source>
        <translation type="unfinished">
            <numerusform>%n orang diambil kembali dari %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1: it takes no more results, and its assignments have ended.</source>
        <translation type="unfinished">%1 ditutup: tidak menerima hasil lagi, dan pembagiannya telah berakhir.</translation>
    </message>
    <message>
        <source>(district unknown)</source>
        <translation type="unfinished">(daerah pemilihan tidak diketahui)</translation>
    </message>
    <message>
        <source>Pledged: %1; of them voted: %2; everyone marked voted: %3</source>
        <translation type="unfinished">Berjanji: %1; di antaranya sudah memilih: %2; semua yang ditandai sudah memilih: %3</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 pledged have voted</source>
        <translation type="unfinished">  %1: %2 dari %3 yang berjanji sudah memilih</translation>
    </message>
    <message>
        <source>Everyone who pledged to vote in %1 has voted (or nobody pledged yet).</source>
        <translation type="unfinished">Semua yang berjanji memilih di %1 sudah memilih (atau belum ada yang berjanji).</translation>
    </message>
    <message>
        <source>Name the people who voted, by contact id: gotv voted ELECTION ID...</source>
        <translation type="unfinished">Sebutkan orang yang sudah memilih dengan id kontak: gotv voted PEMILU ID...</translation>
    </message>
    <message numerus="yes">
        <source>Took back the vote of %n person(s) in %1.</source>
        <translation type="unfinished">
            <numerusform>Tanda memilih %n orang di %1 dibatalkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n person(s) as having voted in %1.</source>
        <translation type="unfinished">
            <numerusform>%n orang ditandai sudah memilih di %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the mark back: they have not voted after all.</source>
        <translation type="unfinished">Batalkan tandanya: ternyata mereka belum memilih.</translation>
    </message>
    <message>
        <source>unknown command &quot;gotv %1&quot;; use summary, chase or voted.</source>
        <translation type="unfinished">perintah tidak dikenal &quot;gotv %1&quot;; gunakan summary, chase, atau voted.</translation>
    </message>
    <message>
        <source>Name the election, by the id &quot;campaigns elections list&quot; shows or by its name.</source>
        <translation type="unfinished">Sebutkan pemilu dengan id yang ditampilkan &quot;campaigns elections list&quot; atau dengan namanya.</translation>
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
