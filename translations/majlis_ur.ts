<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Could not open %1 as an archive: %2</source>
        <translation type="unfinished">%1 کو آرکائیو کے طور پر نہیں کھولا جا سکا: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not an archive Majlis reads (.tar.gz or .zip): %2</source>
        <translation type="unfinished">%1 خراب ہے یا ایسا آرکائیو نہیں جسے Majlis پڑھتا ہے (.tar.gz یا .zip): %2</translation>
    </message>
    <message>
        <source>%1 was refused: its entry &quot;%2&quot; points outside the folder it would be unpacked into. Nothing was imported; download the data set again from its source.</source>
        <translation type="unfinished">%1 مسترد کر دیا گیا: اس کا اندراج &quot;%2&quot; اُس فولڈر سے باہر اشارہ کرتا ہے جس میں اسے کھولا جاتا۔ کچھ درآمد نہیں ہوا؛ ڈیٹا سیٹ اس کے ماخذ سے دوبارہ ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <source>%1 was refused: its file &quot;%2&quot; is larger than any file of a member list.</source>
        <translation type="unfinished">%1 مسترد کر دیا گیا: اس کی فائل &quot;%2&quot; ارکان کی فہرست کی کسی بھی فائل سے بڑی ہے۔</translation>
    </message>
    <message>
        <source>%1 is damaged: its file &quot;%2&quot; cannot be read (%3).</source>
        <translation type="unfinished">%1 خراب ہے: اس کی فائل &quot;%2&quot; پڑھی نہیں جا سکتی (%3)۔</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>That legislature is not in this workspace.</source>
        <translation type="unfinished">یہ مقننہ اس ورک اسپیس میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>No legislature &quot;%1&quot; in this workspace; `majlis-cli bodies list` shows the codes, and importing a legislature&apos;s members adds it.</source>
        <translation type="unfinished">اس ورک اسپیس میں کوئی مقننہ &quot;%1&quot; نہیں؛ `majlis-cli bodies list` کوڈ دکھاتا ہے، اور کسی مقننہ کے اراکین درآمد کرنے سے وہ شامل ہو جاتی ہے۔</translation>
    </message>
    <message>
        <source>A legislature needs a code and a name.</source>
        <translation type="unfinished">مقننہ کے لیے ایک کوڈ اور نام ضروری ہے۔</translation>
    </message>
    <message>
        <source>A building of the group &quot;%1&quot; has no name; name it or leave its group empty.</source>
        <translation type="unfinished">گروپ &quot;%1&quot; کی ایک عمارت کا کوئی نام نہیں؛ اس کا نام لکھیں یا اس کا گروپ خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; a building belongs to one group.</source>
        <translation type="unfinished">&quot;%1&quot; دو بار درج ہے؛ ایک عمارت ایک ہی گروپ میں ہوتی ہے۔</translation>
    </message>
</context>
<context>
    <name>BundledCongress</name>
    <message>
        <source>This build of Majlis was made without the members of Congress; import legislators-current.csv from the congress-legislators project instead.</source>
        <translation type="unfinished">مجلس کا یہ بلڈ کانگریس کے اراکین کے بغیر بنایا گیا؛ اس کی بجائے congress-legislators منصوبے سے legislators-current.csv درآمد کریں۔</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Say which campaign the answer was given in.</source>
        <translation>بتائیں کہ جواب کس مہم میں دیا گیا تھا۔</translation>
    </message>
    <message>
        <source>Say which election the pledges or votes are for.</source>
        <translation>بتائیں کہ وعدے یا ووٹ کس انتخاب کے لیے ہیں۔</translation>
    </message>
    <message>
        <source>Say which legislature the district is of.</source>
        <translation>بتائیں کہ حلقہ کس مقننہ کا ہے۔</translation>
    </message>
    <message>
        <source>Name at least one volunteer to give the list to.</source>
        <translation>فہرست دینے کے لیے کم از کم ایک رضاکار کا نام دیں۔</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>The campaign &quot;%1&quot; is closed.</source>
        <translation>مہم &quot;%1&quot; بند ہے۔</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is closed and takes no more results.</source>
        <translation>مہم &quot;%1&quot; بند ہے اور مزید نتائج نہیں لیتی۔</translation>
    </message>
    <message>
        <source>Answers are recorded only for a person who was reached.</source>
        <translation>جوابات صرف اسی شخص کے لیے درج ہوتے ہیں جس سے رابطہ ہو گیا ہو۔</translation>
    </message>
    <message>
        <source>A refusal opts out as &quot;refused&quot; or &quot;hostile&quot;.</source>
        <translation>انکار &quot;refused&quot; یا &quot;hostile&quot; کے طور پر اخراج کرتا ہے۔</translation>
    </message>
    <message>
        <source>This person is not on the campaign&apos;s list.</source>
        <translation>یہ شخص مہم کی فہرست میں نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>CampaignExport</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">فون</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">کال کرنے والا</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">نتیجہ</translation>
    </message>
    <message>
        <source>Result Name</source>
        <translation type="unfinished">نتیجہ (متن)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation type="unfinished">درج کیا گیا (UTC)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished">فالو اپ</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished">رابطے سے انکار</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">ہاں</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished">ترتیب</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">گلی</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">شہر</translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation type="unfinished">پوسٹل کوڈ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">زبانیں</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">رضاکار</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">کوششیں</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">مکمل</translation>
    </message>
    <message>
        <source>Last Result</source>
        <translation type="unfinished">آخری نتیجہ</translation>
    </message>
</context>
<context>
    <name>CampaignProgress</name>
    <message numerus="yes">
        <source>%n results entered within one minute</source>
        <translation>
            <numerusform>ایک منٹ میں %n نتائج درج کیے گئے</numerusform>
            <numerusform>ایک منٹ میں %n نتائج درج کیے گئے</numerusform>
        </translation>
    </message>
    <message>
        <source>reached %1% of the people called; most phone banks reach far fewer</source>
        <translation>کال کیے گئے افراد میں سے %1% تک پہنچے؛ زیادہ تر فون بینک اس سے کہیں کم تک پہنچتے ہیں</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>Give the election a name.</source>
        <translation>انتخاب کو ایک نام دیں۔</translation>
    </message>
    <message>
        <source>The election no longer exists.</source>
        <translation>یہ انتخاب اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>No election is called &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; نام کا کوئی انتخاب نہیں۔</translation>
    </message>
    <message>
        <source>More than one election&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>ایک سے زیادہ انتخابات کی شناخت &quot;%1&quot; سے شروع ہوتی ہے؛ اس کا مزید حصہ دیں۔</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>مہم کو ایک نام دیں۔</translation>
    </message>
    <message>
        <source>The campaign must end on or after the day it starts.</source>
        <translation>مہم کو شروع ہونے کے دن یا اس کے بعد ختم ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>A get-out-the-vote drive needs the election it is for.</source>
        <translation>ووٹ ڈلوانے کی مہم کو وہ انتخاب درکار ہے جس کے لیے وہ ہے۔</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>یہ مہم اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>No campaign is called &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; نام کی کوئی مہم نہیں۔</translation>
    </message>
    <message>
        <source>More than one campaign&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>ایک سے زیادہ مہمات کی شناخت &quot;%1&quot; سے شروع ہوتی ہے؛ اس کا مزید حصہ دیں۔</translation>
    </message>
</context>
<context>
    <name>CampaignScriptFormat</name>
    <message>
        <source>The script is not valid YAML (line %1): %2</source>
        <translation>اسکرپٹ درست YAML نہیں (سطر %1): %2</translation>
    </message>
    <message>
        <source>A script starts with &quot;introduction:&quot; and &quot;questions:&quot;.</source>
        <translation>اسکرپٹ &quot;introduction:&quot; اور &quot;questions:&quot; سے شروع ہوتا ہے۔</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list of questions.</source>
        <translation>&quot;questions&quot; سوالات کی فہرست ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Question %1 needs a key of letters, digits, &apos;_&apos; or &apos;-&apos; (at most 40).</source>
        <translation>سوال %1 کو حروف، ہندسوں، &apos;_&apos; یا &apos;-&apos; کی ایک کلید چاہیے (زیادہ سے زیادہ 40)۔</translation>
    </message>
    <message>
        <source>Two questions have the key &quot;%1&quot;.</source>
        <translation>دو سوالوں کی کلید &quot;%1&quot; ہے۔</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has no text to read.</source>
        <translation>سوال &quot;%1&quot; میں پڑھنے کے لیے کوئی متن نہیں۔</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has the kind &quot;%2&quot;; use single, multiple, yes_no or text.</source>
        <translation>سوال &quot;%1&quot; کی قسم &quot;%2&quot; ہے؛ single، multiple، yes_no یا text استعمال کریں۔</translation>
    </message>
    <message>
        <source>An answer of question &quot;%1&quot; needs a key of letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>سوال &quot;%1&quot; کے ایک جواب کو حروف، ہندسوں، &apos;_&apos; یا &apos;-&apos; کی کلید چاہیے۔</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has two answers with the key &quot;%2&quot;.</source>
        <translation>سوال &quot;%1&quot; کے دو جوابوں کی کلید &quot;%2&quot; ہے۔</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; of question &quot;%2&quot; has the action &quot;%3&quot;; use pledge, follow_up, do_not_contact or tag:NAME.</source>
        <translation>سوال &quot;%2&quot; کے جواب &quot;%1&quot; کا عمل &quot;%3&quot; ہے؛ pledge، follow_up، do_not_contact یا tag:NAME استعمال کریں۔</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">نہیں</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes free text and cannot list answers.</source>
        <translation>سوال &quot;%1&quot; آزاد متن لیتا ہے اور جوابات کی فہرست نہیں رکھ سکتا۔</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; lists no answers to choose from.</source>
        <translation>سوال &quot;%1&quot; میں چننے کے لیے کوئی جواب درج نہیں۔</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has more than nine answers; a caller picks them with keys 1 to 9.</source>
        <translation>سوال &quot;%1&quot; کے نو سے زیادہ جواب ہیں؛ کال کرنے والا انہیں 1 سے 9 کی کلیدوں سے چنتا ہے۔</translation>
    </message>
    <message>
        <source>The script has no question &quot;%1&quot;.</source>
        <translation>اسکرپٹ میں سوال &quot;%1&quot; نہیں۔</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes text.</source>
        <translation>سوال &quot;%1&quot; متن لیتا ہے۔</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes a list of answers.</source>
        <translation>سوال &quot;%1&quot; جوابات کی فہرست لیتا ہے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of question &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; سوال &quot;%2&quot; کا جواب نہیں۔</translation>
    </message>
</context>
<context>
    <name>ChapterRepository</name>
    <message>
        <source>A chapter needs a name.</source>
        <translation type="unfinished">چیپٹر کا نام ہونا ضروری ہے۔</translation>
    </message>
    <message>
        <source>There is already a chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; نام کا چیپٹر پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>There is no chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; نام کا کوئی چیپٹر نہیں ہے۔</translation>
    </message>
    <message>
        <source>The chapter no longer exists.</source>
        <translation type="unfinished">یہ چیپٹر اب موجود نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>same email</source>
        <translation type="unfinished">ایک جیسی ای میل</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished">ایک جیسا فون</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">ایک جیسا نام</translation>
    </message>
</context>
<context>
    <name>ConflictLog</name>
    <message>
        <source>This conflict is no longer in the log.</source>
        <translation type="unfinished">یہ ٹکراؤ اب لاگ میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>This conflict names a field Majlis does not know, so it cannot be restored.</source>
        <translation type="unfinished">یہ ٹکراؤ ایک ایسے خانے کا حوالہ دیتا ہے جسے Majlis نہیں جانتا، اس لیے اسے بحال نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>The record this value belonged to has been deleted since.</source>
        <translation type="unfinished">جس ریکارڈ سے یہ قدر تعلق رکھتی تھی وہ اس دوران حذف ہو چکا ہے۔</translation>
    </message>
</context>
<context>
    <name>ConflictLogModel</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">پہلا نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">خاندانی نام</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">پسندیدہ نام</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">گلی</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">شہر</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">علاقہ</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">پوسٹل کوڈ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">ملک</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">ریاست</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">حلقہ</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">چیپٹر</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">زبانیں</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">تنظیم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">کردار</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished">مہارتیں</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">دلچسپیاں</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">نوٹس</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">عنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">حیثیت</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">حذف کیا گیا</translation>
    </message>
</context>
<context>
    <name>ContactChoice</name>
    <message>
        <source>One Person</source>
        <translation type="unfinished">ایک شخص</translation>
    </message>
    <message>
        <source>Tick only one person.</source>
        <translation type="unfinished">صرف ایک شخص پر نشان لگائیں۔</translation>
    </message>
</context>
<context>
    <name>ContactDirectory</name>
    <message>
        <source>&quot;%1&quot; is not a contact id; use the id shown by &quot;contacts list&quot; (at least 4 characters).</source>
        <translation type="unfinished">&quot;%1&quot; رابطہ id نہیں ہے؛ &quot;contacts list&quot; میں دکھائی گئی id استعمال کریں (کم از کم 4 حروف)۔</translation>
    </message>
    <message>
        <source>No contact has the id %1.</source>
        <translation type="unfinished">کسی رابطے کی id %1 نہیں ہے۔</translation>
    </message>
    <message>
        <source>More than one contact has an id starting with %1; give more of it.</source>
        <translation type="unfinished">ایک سے زیادہ روابط کی id %1 سے شروع ہوتی ہے؛ id کا زیادہ حصہ دیں۔</translation>
    </message>
</context>
<context>
    <name>ContactDistricts</name>
    <message>
        <source>That contact is not in this workspace.</source>
        <translation type="unfinished">یہ رابطہ اس ورک اسپیس میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished">ہاتھ سے درج کیا گیا</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">تصدیق شدہ</translation>
    </message>
    <message>
        <source>estimated from the postcode</source>
        <translation type="unfinished">پوسٹ کوڈ سے اندازہ</translation>
    </message>
    <message>
        <source>to choose</source>
        <translation type="unfinished">انتخاب باقی</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot; with districts.</source>
        <translation type="unfinished">%1 میں اضلاع والا کوئی ایوان &quot;%2&quot; نہیں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it with its state, such as MI-12 (MI-0 or MI-AL at-large).</source>
        <translation type="unfinished">&quot;%1&quot; ایوانِ نمائندگان کی نشست نہیں؛ اسے ریاست کے ساتھ لکھیں، جیسے MI-12 (پوری ریاست کی نشست کے لیے MI-0 یا MI-AL)۔</translation>
    </message>
    <message>
        <source>Name the district to choose.</source>
        <translation type="unfinished">منتخب کرنے کے لیے ضلع کا نام دیں۔</translation>
    </message>
    <message>
        <source>The contact has no district there to confirm yet; choose one first (--set).</source>
        <translation type="unfinished">اس رابطے کا وہاں ابھی کوئی ضلع نہیں جس کی تصدیق ہو؛ پہلے ایک منتخب کریں (--set)۔</translation>
    </message>
    <message>
        <source>The contact has no district there to check.</source>
        <translation type="unfinished">اس رابطے کا وہاں جانچنے کے لیے کوئی ضلع نہیں۔</translation>
    </message>
    <message>
        <source>No current member of the %1 of %2 holds district &quot;%3&quot;. Check the district, or import the current members if the districts were redrawn.</source>
        <translation type="unfinished">%2 کے %1 کا کوئی موجودہ رکن حلقہ «%3» کا نمائندہ نہیں۔ حلقہ جانچیں، یا اگر حلقے دوبارہ بنائے گئے ہیں تو موجودہ ارکان درآمد کریں۔</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">ایک جیسی ای میل %1</translation>
    </message>
    <message>
        <source>same email as line %1 of this file</source>
        <translation type="unfinished">اس فائل کی سطر %1 جیسی ای میل</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">ایک جیسا فون %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">ایک جیسا نام اور پوسٹل کوڈ</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds.</source>
        <translation type="unfinished">منتخب کریں کہ فائل کے ہر کالم میں کیا ہے۔</translation>
    </message>
    <message>
        <source>No column holds a name: map at least one column to a name field.</source>
        <translation type="unfinished">کسی کالم میں نام نہیں ہے: کم از کم ایک کالم کو نام کے خانے سے جوڑیں۔</translation>
    </message>
    <message>
        <source>The line has more fields than the header; the extra fields were left out.</source>
        <translation type="unfinished">اس سطر میں ہیڈر سے زیادہ خانے ہیں؛ اضافی خانے چھوڑ دیے گئے۔</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished">منسوخ کر دیا گیا؛ کچھ بھی درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district number; it was left out.</source>
        <translation type="unfinished">&quot;%1&quot; حلقے کا نمبر نہیں ہے؛ اسے چھوڑ دیا گیا۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; the birthday was left out.</source>
        <translation type="unfinished">&quot;%1&quot; تاریخ نہیں ہے؛ تاریخِ پیدائش چھوڑ دی گئی۔</translation>
    </message>
    <message>
        <source>Line %1 could not be merged: %2</source>
        <translation type="unfinished">سطر %1 ضم نہیں ہو سکی: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished">درآمد منسوخ کر دی گئی؛ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">سطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">کالم</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">مسئلہ</translation>
    </message>
</context>
<context>
    <name>ContactMerger</name>
    <message>
        <source>A record the merge needs is missing (%1 %2).</source>
        <translation type="unfinished">ضم کرنے کے لیے درکار ایک ریکارڈ موجود نہیں (%1 %2)۔</translation>
    </message>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation type="unfinished">ضم کرنے کے لیے دو مختلف روابط منتخب کریں۔</translation>
    </message>
    <message>
        <source>%1 or %2 changed after they were merged, so the merge cannot be undone without losing that change.</source>
        <translation type="unfinished">ضم ہونے کے بعد %1 یا %2 میں تبدیلی ہوئی، اس لیے وہ تبدیلی کھوئے بغیر انضمام واپس نہیں ہو سکتا۔</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>Contact %1 (%2): %3</source>
        <translation type="unfinished">رابطہ %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cancelled; no contacts were added.</source>
        <translation type="unfinished">منسوخ کر دیا گیا؛ کوئی رابطہ شامل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Enter at least one tag.</source>
        <translation type="unfinished">کم از کم ایک ٹیگ درج کریں۔</translation>
    </message>
    <message>
        <source>The contact was deleted meanwhile; nothing was saved.</source>
        <translation type="unfinished">اس دوران رابطہ حذف کر دیا گیا؛ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">یہ رابطہ اب موجود نہیں؛ شاید اسے حذف کر دیا گیا ہے۔</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>The email address is empty.</source>
        <translation type="unfinished">ای میل پتا خالی ہے۔</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains a space.</source>
        <translation type="unfinished">ای میل پتے &quot;%1&quot; میں خالی جگہ ہے۔</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no @ sign; it should look like name@example.org.</source>
        <translation type="unfinished">ای میل پتے &quot;%1&quot; میں @ کا نشان نہیں؛ اسے name@example.org جیسا ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing before the @ sign.</source>
        <translation type="unfinished">ای میل پتے &quot;%1&quot; میں @ سے پہلے کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has more than one @ sign.</source>
        <translation type="unfinished">ای میل پتے &quot;%1&quot; میں ایک سے زیادہ @ ہیں۔</translation>
    </message>
    <message>
        <source>The part after @ in &quot;%1&quot; is not a valid domain such as example.org.</source>
        <translation type="unfinished">&quot;%1&quot; میں @ کے بعد کا حصہ example.org جیسا درست ڈومین نہیں ہے۔</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished">فون نمبر خالی ہے۔</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may contain only digits, spaces, + ( ) - . and /.</source>
        <translation type="unfinished">فون نمبر &quot;%1&quot; میں صرف ہندسے، خالی جگہ، + ( ) - . اور / ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is too short.</source>
        <translation type="unfinished">فون نمبر &quot;%1&quot; بہت چھوٹا ہے۔</translation>
    </message>
    <message>
        <source>Enter a given name, a family name or a preferred name.</source>
        <translation type="unfinished">پہلا نام، خاندانی نام یا پسندیدہ نام درج کریں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a U.S. state code; use two letters such as MI or CA.</source>
        <translation type="unfinished">&quot;%1&quot; امریکی ریاست کا کوڈ نہیں ہے؛ MI یا CA جیسے دو حروف استعمال کریں۔</translation>
    </message>
    <message>
        <source>A congressional district needs a state.</source>
        <translation type="unfinished">کانگریشنل حلقے کے لیے ریاست ضروری ہے۔</translation>
    </message>
    <message>
        <source>District %1 does not exist; use 0 for an at-large seat or 1 to %2.</source>
        <translation type="unfinished">حلقہ %1 موجود نہیں؛ at-large نشست کے لیے 0 یا 1 سے %2 تک استعمال کریں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: check the country code and the number of digits after it.</source>
        <translation type="unfinished">&quot;%1&quot; فون نمبر نہیں ہے: ملک کا کوڈ اور اس کے بعد ہندسوں کی تعداد جانچیں۔</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; does not look like a whole number in %2: check the digits and the area code, or write it with + and the country code.</source>
        <translation type="unfinished">فون نمبر &quot;%1&quot; %2 کا مکمل نمبر نہیں لگتا: ہندسے اور ایریا کوڈ جانچیں، یا اسے + اور ملک کے کوڈ کے ساتھ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>CreateContactCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished">%1 شامل کریں</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file ends inside a quoted field that starts on line %1; it may be cut short.</source>
        <translation type="unfinished">فائل ایک اقتباسی خانے کے اندر ختم ہوتی ہے جو سطر %1 سے شروع ہوتا ہے؛ ممکن ہے فائل ادھوری ہو۔</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished">فائل خالی ہے: اس میں ہیڈر کی سطر نہیں۔</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header names only %3.</source>
        <translation type="unfinished">سطر %1 میں %2 خانے ہیں لیکن ہیڈر میں صرف %3 نام ہیں۔</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder. Choose a workspace file instead.</source>
        <translation type="unfinished">%1 ایک فولڈر ہے۔ اس کے بجائے ورک اسپیس فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>Majlis cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished">Majlis %1 کو نہیں پڑھ سکتا: %2۔ فائل کی اجازتیں چیک کریں۔</translation>
    </message>
    <message>
        <source>%1 is not a Majlis workspace (it is not an SQLite database). Choose another file.</source>
        <translation type="unfinished">%1 Majlis ورک اسپیس نہیں ہے (یہ SQLite ڈیٹا بیس نہیں)۔ کوئی اور فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation type="unfinished">%1 صرف پڑھنے کے لیے ہے۔ اسے کسی ایسے فولڈر میں کاپی کریں جہاں آپ لکھ سکیں، یا اس کی اجازتیں بدلیں۔</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, and Majlis needs to write beside the workspace. Move the file to a writable folder.</source>
        <translation type="unfinished">فولڈر %1 صرف پڑھنے کے لیے ہے، اور Majlis کو ورک اسپیس کے ساتھ لکھنا ہوتا ہے۔ فائل کو قابلِ تحریر فولڈر میں منتقل کریں۔</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation type="unfinished">%1 پر کوئی ورک اسپیس نہیں ہے۔</translation>
    </message>
    <message>
        <source>Majlis cannot create the folder %1. Choose a location you can write to.</source>
        <translation type="unfinished">Majlis فولڈر %1 نہیں بنا سکتا۔ ایسی جگہ منتخب کریں جہاں آپ لکھ سکیں۔</translation>
    </message>
    <message>
        <source>Majlis cannot create a workspace in %1: %2. Choose a location you can write to.</source>
        <translation type="unfinished">Majlis %1 میں ورک اسپیس نہیں بنا سکتا: %2۔ ایسی جگہ منتخب کریں جہاں آپ لکھ سکیں۔</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 خراب ہے اور کھولی نہیں جا سکتی۔ اسے بیک اپ یا ہم آہنگ نقل سے بحال کریں۔</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 خراب ہے (%2)۔ اسے بیک اپ یا ہم آہنگ نقل سے بحال کریں۔</translation>
    </message>
    <message>
        <source>%1 is an SQLite database from another program, not a Majlis workspace. Choose another file.</source>
        <translation type="unfinished">%1 کسی اور پروگرام کا SQLite ڈیٹا بیس ہے، Majlis ورک اسپیس نہیں۔ کوئی اور فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Majlis (workspace format %2; this version reads up to %3). Update Majlis to open it.</source>
        <translation type="unfinished">%1 کو Majlis کے نئے ورژن نے لکھا ہے (ورک اسپیس فارمیٹ %2؛ یہ ورژن %3 تک پڑھتا ہے)۔ اسے کھولنے کے لیے Majlis کو اپ ڈیٹ کریں۔</translation>
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
        <translation type="unfinished">ہجری تاریخیں اسلامی شہری (حسابی) کیلنڈر کے مطابق ہیں۔ جہاں مہینے چاند دیکھ کر یا ام القریٰ کیلنڈر سے شروع ہوتے ہیں، وہاں مقامی طور پر اعلان کردہ تاریخ ایک دن مختلف ہو سکتی ہے۔</translation>
    </message>
</context>
<context>
    <name>DayExport</name>
    <message>
        <source>Meeting with %1</source>
        <translation type="unfinished">%1 سے ملاقات</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1، کمرہ %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished">مقام: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">ٹیم: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">لیڈر: %1</translation>
    </message>
    <message>
        <source>The asks:</source>
        <translation type="unfinished">مطالبات:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">آغاز</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">اختتام</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">دفتر</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">ایوان</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">نشست</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">عمارت</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">کمرہ</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">لیڈر</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">ٹیم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">حیثیت</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">مقفل</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">منعقد ہوئی</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">منسوخ</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">منصوبہ بند</translation>
    </message>
    <message>
        <source>Senate</source>
        <translation type="unfinished">سینیٹ</translation>
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished">ایوانِ نمائندگان</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">نہیں</translation>
    </message>
</context>
<context>
    <name>DayPlanner</name>
    <message>
        <source>There are no members of %1 in this workspace yet; import its current members first.</source>
        <translation type="unfinished">اس ورک اسپیس میں ابھی %1 کے کوئی اراکین نہیں؛ پہلے اس کے موجودہ اراکین درآمد کریں۔</translation>
    </message>
</context>
<context>
    <name>DayRepository</name>
    <message>
        <source>Give the day a title.</source>
        <translation type="unfinished">دن کا عنوان دیں۔</translation>
    </message>
    <message>
        <source>Choose the day&apos;s date.</source>
        <translation type="unfinished">دن کی تاریخ منتخب کریں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation type="unfinished">&quot;%1&quot; ایسا ٹائم زون نہیں جسے یہ کمپیوٹر جانتا ہو۔</translation>
    </message>
    <message>
        <source>The meeting window must start before it ends, within the day.</source>
        <translation type="unfinished">ملاقات کا وقفہ دن کے اندر، ختم ہونے سے پہلے شروع ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>A meeting slot must be at least 5 minutes and fit in the window.</source>
        <translation type="unfinished">ملاقات کا وقت کم از کم 5 منٹ کا ہو اور وقفے میں سما جائے۔</translation>
    </message>
    <message>
        <source>A team needs room for at least one person.</source>
        <translation type="unfinished">ٹیم میں کم از کم ایک شخص کی گنجائش ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Walking times cannot be negative.</source>
        <translation type="unfinished">پیدل چلنے کا وقت منفی نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>The advocacy day no longer exists.</source>
        <translation type="unfinished">یہ ایڈووکیسی کا دن اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>There is no advocacy day &quot;%1&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; نام کا کوئی ایڈووکیسی کا دن نہیں ہے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 advocacy days; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; %2 ایڈووکیسی کے دنوں سے میل کھاتا ہے؛ id کا زیادہ حصہ دیں۔</translation>
    </message>
    <message>
        <source>A contact to register no longer exists; nothing was added.</source>
        <translation type="unfinished">رجسٹر کرنے کے لیے ایک رابطہ اب موجود نہیں؛ کچھ شامل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The time must end after it starts.</source>
        <translation type="unfinished">وقت شروع ہونے کے بعد ختم ہونا چاہیے۔</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n رابطہ حذف کریں</numerusform>
            <numerusform>%n روابط حذف کریں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoAdvocacy</name>
    <message>
        <source>Capitol Advocacy Day (demo)</source>
        <translation type="unfinished">کیپیٹل ایڈووکیسی ڈے (ڈیمو)</translation>
    </message>
    <message>
        <source>Civil rights and community safety</source>
        <translation type="unfinished">شہری حقوق اور کمیونٹی کا تحفظ</translation>
    </message>
    <message>
        <source>Protect travellers from profiling by religion or origin</source>
        <translation type="unfinished">مسافروں کو مذہب یا نسل کی بنیاد پر پروفائلنگ سے بچائیں</translation>
    </message>
    <message>
        <source>Share a story of a family stopped at the border; ask the office to speak up.</source>
        <translation type="unfinished">سرحد پر روکے گئے خاندان کی کہانی سنائیں؛ دفتر سے آواز اٹھانے کو کہیں۔</translation>
    </message>
    <message>
        <source>Fund community violence-prevention grants</source>
        <translation type="unfinished">کمیونٹی میں تشدد کی روک تھام کی گرانٹس کے لیے فنڈ</translation>
    </message>
    <message>
        <source>Name the programmes in your district that the grants keep open.</source>
        <translation type="unfinished">اپنے حلقے کے وہ پروگرام بتائیں جو ان گرانٹس سے چلتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>DistrictFill</name>
    <message>
        <source>No postcode file was imported for %1; import one with &quot;majlis-cli districts import FILE --body %2 --chamber house&quot; (or senate).</source>
        <translation type="unfinished">%1 کے لیے کوئی پوسٹ کوڈ فائل درآمد نہیں کی گئی؛ &quot;majlis-cli districts import FILE --body %2 --chamber house&quot; (یا senate) سے ایک درآمد کریں۔</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">ایک جیسی ای میل %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">ایک جیسا فون %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">ایک جیسا نام اور پوسٹل کوڈ</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">ایک جیسا نام</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation type="unfinished">ڈپلیکیٹ کی تلاش منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">یہ رابطہ اب موجود نہیں؛ شاید اسے حذف کر دیا گیا ہے۔</translation>
    </message>
</context>
<context>
    <name>EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished">%1 میں ترمیم کریں</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Give the event a title.</source>
        <translation type="unfinished">تقریب کا عنوان دیں۔</translation>
    </message>
    <message>
        <source>Give the date and time the event starts.</source>
        <translation type="unfinished">تقریب کے آغاز کی تاریخ اور وقت دیں۔</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation type="unfinished">تقریب شروع ہونے کے بعد ختم ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation type="unfinished">یہ تقریب اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 events; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; %2 تقریبات سے میل کھاتا ہے؛ id کا زیادہ حصہ دیں۔</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; نام کی کوئی تقریب نہیں ہے۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ای میل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">فون</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">رجسٹرڈ</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">واک اِن</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">چیک اِن شدہ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">نہیں</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished">سرور کا پتا https:// سے شروع ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>No certificate or fingerprint is set for this server, so it cannot be trusted.</source>
        <translation type="unfinished">اس سرور کے لیے کوئی سرٹیفکیٹ یا فنگر پرنٹ مقرر نہیں، اس لیے اس پر بھروسا نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one set for this organization.</source>
        <translation type="unfinished">سرور کا سرٹیفکیٹ وہ نہیں جو اس تنظیم کے لیے مقرر کیا گیا ہے۔</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted for this organization (%1).</source>
        <translation type="unfinished">سرور کا سرٹیفکیٹ اس تنظیم کے لیے قابلِ اعتماد نہیں (%1)۔</translation>
    </message>
    <message>
        <source>The sync server answered with a redirect to another address; Majlis does not follow it. Check the server address.</source>
        <translation type="unfinished">ہم آہنگی کے سرور نے کسی اور پتے پر ری ڈائریکٹ کا جواب دیا؛ Majlis اس کی پیروی نہیں کرتا۔ سرور کا پتا جانچیں۔</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Line %1 is not an iCalendar line (NAME:value): &quot;%2&quot;.</source>
        <translation type="unfinished">سطر %1 iCalendar سطر (NAME:value) نہیں ہے: &quot;%2&quot;۔</translation>
    </message>
    <message>
        <source>Line %1 ends %2, which is not the open component.</source>
        <translation type="unfinished">سطر %1 میں %2 ختم ہوتا ہے، جو کھلا ہوا جزو نہیں ہے۔</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation type="unfinished">سطر %1 کسی بھی BEGIN:VCALENDAR … END:VCALENDAR سے باہر ہے۔</translation>
    </message>
    <message>
        <source>%1 opened on line %2 is never closed; the file may be cut short.</source>
        <translation type="unfinished">سطر %2 پر کھلا %1 کبھی بند نہیں ہوا؛ ممکن ہے فائل ادھوری ہو۔</translation>
    </message>
    <message>
        <source>The file holds no calendar.</source>
        <translation type="unfinished">فائل میں کوئی کیلنڈر نہیں ہے۔</translation>
    </message>
    <message>
        <source>%1 names the time zone &quot;%2&quot;, which this computer does not know; its time %3 is kept as written, without a zone.</source>
        <translation type="unfinished">%1 ٹائم زون &quot;%2&quot; بتاتا ہے، جسے یہ کمپیوٹر نہیں جانتا؛ اس کا وقت %3 جیسا لکھا ہے ویسا ہی، بغیر زون کے رکھا گیا ہے۔</translation>
    </message>
</context>
<context>
    <name>InteractionLog</name>
    <message>
        <source>Give the date of the interaction.</source>
        <translation type="unfinished">رابطے کی تاریخ دیں۔</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation type="unfinished">چند الفاظ میں بتائیں کہ کیا ہوا۔</translation>
    </message>
</context>
<context>
    <name>Itineraries</name>
    <message>
        <source>Team for %1</source>
        <translation type="unfinished">%1 کی ٹیم</translation>
    </message>
    <message>
        <source>No meetings are scheduled yet.</source>
        <translation type="unfinished">ابھی کوئی ملاقات طے نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">وقت</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">دفتر</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">عمارت</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">کمرہ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">ٹیم</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">لیڈر: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">منسوخ</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">مطالبات</translation>
    </message>
</context>
<context>
    <name>ItineraryPdf</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">%1 نہیں لکھا جا سکا: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorFile</name>
    <message>
        <source>This is not a congress-legislators file: it has no &quot;%1&quot; column.</source>
        <translation type="unfinished">یہ congress-legislators فائل نہیں ہے: اس میں &quot;%1&quot; کالم نہیں۔</translation>
    </message>
    <message>
        <source>Line %1 was skipped: it needs a bioguide id, a state and a type of &quot;sen&quot; or &quot;rep&quot;.</source>
        <translation type="unfinished">سطر %1 چھوڑ دی گئی: اس میں bioguide id، ریاست اور &quot;sen&quot; یا &quot;rep&quot; قسم ضروری ہے۔</translation>
    </message>
    <message>
        <source>Line %1 was skipped: %2 is listed twice.</source>
        <translation type="unfinished">سطر %1 چھوڑ دی گئی: %2 دو بار درج ہے۔</translation>
    </message>
    <message>
        <source>%1 has no Capitol office building in the address &quot;%2&quot;; add it by hand before scheduling meetings with this office.</source>
        <translation type="unfinished">پتے &quot;%2&quot; میں %1 کی کیپیٹل دفتری عمارت نہیں ہے؛ اس دفتر سے ملاقاتیں طے کرنے سے پہلے اسے خود شامل کریں۔</translation>
    </message>
    <message>
        <source>The file lists no members of Congress.</source>
        <translation type="unfinished">فائل میں کانگریس کا کوئی رکن درج نہیں۔</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 نہیں پڑھا جا سکا: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorRepository</name>
    <message>
        <source>No member of Congress has the bioguide id &quot;%1&quot;; import the current legislators first.</source>
        <translation type="unfinished">کانگریس کے کسی رکن کی bioguide id &quot;%1&quot; نہیں ہے؛ پہلے موجودہ قانون سازوں کو درآمد کریں۔</translation>
    </message>
    <message>
        <source>A member of %1 has no id, so a later import could not find them again.</source>
        <translation type="unfinished">%1 کے ایک رکن کی کوئی شناخت نہیں، اس لیے بعد کا درآمد انہیں دوبارہ نہیں ڈھونڈ سکے گا۔</translation>
    </message>
    <message>
        <source>%1 is listed twice for %2; nothing was imported.</source>
        <translation type="unfinished">%1 دو بار %2 کے لیے درج ہے؛ کچھ بھی درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>That legislator is not in this workspace.</source>
        <translation type="unfinished">یہ رکنِ مقننہ اس ورک اسپیس میں نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>MarkVotedCommand</name>
    <message>
        <source>Mark %1 Voted</source>
        <translation type="unfinished">%1 کو ووٹ دینے والا درج کریں</translation>
    </message>
    <message>
        <source>Mark %1 Not Voted</source>
        <translation type="unfinished">%1 کا ووٹ کا نشان ہٹائیں</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Voted</source>
        <translation type="unfinished">
            <numerusform>%Ln شخص کو ووٹ دینے والا درج کریں</numerusform>
            <numerusform>%Ln افراد کو ووٹ دینے والا درج کریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Not Voted</source>
        <translation type="unfinished">
            <numerusform>%Ln شخص کا ووٹ کا نشان ہٹائیں</numerusform>
            <numerusform>%Ln افراد کا ووٹ کا نشان ہٹائیں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation type="unfinished">یہ ملاقات اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>A meeting must end after it starts.</source>
        <translation type="unfinished">ملاقات شروع ہونے کے بعد ختم ہونی چاہیے۔</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>&quot;%1&quot; does not map a field to a column: write FIELD=COLUMN, a field being one of %2 and a column one of the file&apos;s header (%3).</source>
        <translation type="unfinished">&quot;%1&quot; کسی فیلڈ کو کالم سے نہیں جوڑتا: FIELD=COLUMN لکھیں، فیلڈ %2 میں سے ایک اور کالم فائل کے ہیڈر میں سے ایک (%3)۔</translation>
    </message>
    <message>
        <source>The member list needs a column of names and one of constituencies; its header is: %1.</source>
        <translation type="unfinished">ارکان کی فہرست میں ناموں کا ایک کالم اور حلقوں کا ایک کالم درکار ہے؛ اس کا ہیڈر یہ ہے: %1۔</translation>
    </message>
    <message>
        <source>Line %1 was skipped: a member needs a name and a constituency.</source>
        <translation type="unfinished">سطر %1 چھوڑ دی گئی: رکن کے لیے نام اور حلقہ درکار ہے۔</translation>
    </message>
    <message>
        <source>Line %1 was skipped: &quot;%2&quot; is not a chamber of %3.</source>
        <translation type="unfinished">سطر %1 چھوڑ دی گئی: &quot;%2&quot; %3 کا کوئی ایوان نہیں۔</translation>
    </message>
    <message>
        <source>Lines %1 and %2 both list %3 (%4); a member list names each member once. Nothing was imported.</source>
        <translation type="unfinished">سطریں %1 اور %2 دونوں %3 (%4) کو درج کرتی ہیں؛ ارکان کی فہرست میں ہر رکن ایک بار آتا ہے۔ کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The member list has no member with a name and a constituency.</source>
        <translation type="unfinished">ارکان کی فہرست میں نام اور حلقے والا کوئی رکن نہیں۔</translation>
    </message>
</context>
<context>
    <name>MergeContactsCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished">%1 کو %2 میں ضم کریں</translation>
    </message>
</context>
<context>
    <name>OpenStates</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 نہیں پڑھا جا سکا: %2</translation>
    </message>
    <message>
        <source>%1, line %2: this is not valid YAML (%3). Nothing was imported.</source>
        <translation type="unfinished">%1، سطر %2: یہ درست YAML نہیں (%3)۔ کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>%1, line %2: this is not an Open States person file (%3). Nothing was imported.</source>
        <translation type="unfinished">%1، سطر %2: یہ Open States کی شخصی فائل نہیں (%3)۔ کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: it has no &quot;%2&quot;. Nothing was imported.</source>
        <translation type="unfinished">%1 Open States کی شخصی فائل نہیں: اس میں &quot;%2&quot; نہیں۔ کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: its id, name or roles are not what the people schema writes. Nothing was imported.</source>
        <translation type="unfinished">%1 Open States کی شخصی فائل نہیں: اس کی id، نام یا کردار ویسے نہیں جیسے people اسکیما لکھتا ہے۔ کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>%1 (%2) was skipped: no current role in a state legislature.</source>
        <translation type="unfinished">%1 (%2) چھوڑ دیا گیا: کسی ریاستی مقننہ میں کوئی موجودہ کردار نہیں۔</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished">%1 موجود نہیں۔</translation>
    </message>
    <message>
        <source>%1 holds no Open States legislators: they are YAML files in data/&lt;state&gt;/legislature/.</source>
        <translation type="unfinished">%1 میں Open States کے کوئی قانون ساز نہیں: وہ data/&lt;state&gt;/legislature/ میں YAML فائلیں ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>%1 and %2 both describe the person %3; remove one and import again. Nothing was imported.</source>
        <translation type="unfinished">%1 اور %2 دونوں شخص %3 کو بیان کرتے ہیں؛ ایک ہٹا کر دوبارہ درآمد کریں۔ کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Congress in data/us was skipped (%1 files): import Congress from congress-legislators&apos; legislators-current.csv.</source>
        <translation type="unfinished">data/us میں کانگریس چھوڑ دی گئی (%1 فائلیں): کانگریس کو congress-legislators کی legislators-current.csv سے درآمد کریں۔</translation>
    </message>
    <message>
        <source>The Open States data names no current member of a state legislature.</source>
        <translation type="unfinished">Open States کے ڈیٹا میں کسی ریاستی مقننہ کا کوئی موجودہ رکن نہیں۔</translation>
    </message>
</context>
<context>
    <name>OptOuts</name>
    <message>
        <source>&quot;%1&quot; is not a reason; use requested, refused, hostile or deceased.</source>
        <translation>&quot;%1&quot; کوئی وجہ نہیں؛ requested، refused، hostile یا deceased استعمال کریں۔</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>یہ رابطہ اب موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>A partner needs a name.</source>
        <translation type="unfinished">شراکت دار کا نام ہونا ضروری ہے۔</translation>
    </message>
    <message>
        <source>There is already a partner named &quot;%1&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; نام کا شراکت دار پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation type="unfinished">یہ شراکت دار اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 partners; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; %2 شراکت داروں سے میل کھاتا ہے؛ id کا زیادہ حصہ دیں۔</translation>
    </message>
    <message>
        <source>There is no partner &quot;%1&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; نام کا کوئی شراکت دار نہیں ہے۔</translation>
    </message>
    <message>
        <source>Choose the person who belongs to the partner.</source>
        <translation type="unfinished">وہ شخص منتخب کریں جو شراکت دار سے وابستہ ہے۔</translation>
    </message>
    <message>
        <source>%1 is already listed at this partner; record that they left before adding them again.</source>
        <translation type="unfinished">%1 پہلے ہی اس شراکت دار کے ساتھ درج ہیں؛ دوبارہ شامل کرنے سے پہلے درج کریں کہ وہ چھوڑ گئے تھے۔</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation type="unfinished">وہ رابطہ اب موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>PersonRows</name>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation type="unfinished">%1 شناخت والا کوئی رابطہ نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This number could not be read as a phone number; it is kept as typed.</source>
        <translation type="unfinished">یہ نمبر فون نمبر کے طور پر پڑھا نہیں جا سکا؛ اسے ویسے ہی رکھا گیا ہے جیسے لکھا گیا تھا۔</translation>
    </message>
    <message>
        <source>This number could not be read as a phone number of %1; it is kept as typed.</source>
        <translation type="unfinished">یہ نمبر %1 کے فون نمبر کے طور پر پڑھا نہیں جا سکا؛ اسے ویسے ہی رکھا گیا ہے جیسے لکھا گیا تھا۔</translation>
    </message>
</context>
<context>
    <name>PhoneRegion</name>
    <message>
        <source>&quot;%1&quot; is not a country code Majlis knows; use two letters such as DE, GB or CA.</source>
        <translation type="unfinished">&quot;%1&quot; ملک کا ایسا کوڈ نہیں جسے Majlis جانتا ہو؛ DE، GB یا CA جیسے دو حروف استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>PostcodeFile</name>
    <message>
        <source>The file needs a postcode column (postcode, zip or zcta) and a district column (district or cd) in its first line; it has: %1.</source>
        <translation type="unfinished">فائل کی پہلی سطر میں پوسٹ کوڈ کا کالم (postcode، zip یا zcta) اور ضلع کا کالم (district یا cd) ہونا چاہیے؛ اس میں ہیں: %1۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postcode; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; پوسٹ کوڈ نہیں؛ قطار چھوڑ دی گئی۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ZIP code; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; ZIP کوڈ نہیں؛ قطار چھوڑ دی گئی۔</translation>
    </message>
    <message>
        <source>Postcode %1 has no district; the row was left out.</source>
        <translation type="unfinished">پوسٹ کوڈ %1 کا کوئی ضلع نہیں؛ قطار چھوڑ دی گئی۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it as MI-12, or give the state in a state column; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; ایوانِ نمائندگان کی نشست نہیں؛ اسے MI-12 کی طرح لکھیں، یا ریاست state کالم میں دیں؛ قطار چھوڑ دی گئی۔</translation>
    </message>
</context>
<context>
    <name>PostcodeImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 کو پڑھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chamber; use senate (the upper chamber), house (the lower one) or unicameral.</source>
        <translation type="unfinished">&quot;%1&quot; کوئی ایوان نہیں؛ senate (ایوانِ بالا)، house (ایوانِ زیریں) یا unicameral استعمال کریں۔</translation>
    </message>
    <message>
        <source>Senators of the U.S. Congress represent a whole state; a postcode file is for the House.</source>
        <translation type="unfinished">امریکی سینیٹ کے اراکین پوری ریاست کی نمائندگی کرتے ہیں؛ پوسٹ کوڈ فائل ایوانِ نمائندگان کے لیے ہے۔</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot;.</source>
        <translation type="unfinished">%1 میں کوئی ایوان &quot;%2&quot; نہیں۔</translation>
    </message>
    <message>
        <source>The file has no usable rows, so the districts held for %1 were left as they were.</source>
        <translation type="unfinished">فائل میں کوئی قابلِ استعمال قطار نہیں، اس لیے %1 کے محفوظ اضلاع جیسے تھے ویسے رہے۔</translation>
    </message>
    <message>
        <source>No current member of %1 holds district %2 (postcode %3); the row was imported.</source>
        <translation type="unfinished">%1 کا کوئی موجودہ رکن ضلع %2 (پوسٹ کوڈ %3) نہیں رکھتا؛ قطار درآمد کر لی گئی۔</translation>
    </message>
</context>
<context>
    <name>PostcodeLookup</name>
    <message>
        <source>&quot;%1&quot; is not a U.S. ZIP code; give five digits, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">&quot;%1&quot; امریکی ZIP کوڈ نہیں؛ پانچ ہندسے دیں، جیسے 48126 یا 48126-1234۔</translation>
    </message>
</context>
<context>
    <name>ScheduleCheck</name>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">ایک دفتر جو اب درج نہیں</translation>
    </message>
    <message>
        <source>someone no longer registered</source>
        <translation type="unfinished">کوئی جو اب رجسٹرڈ نہیں</translation>
    </message>
    <message>
        <source>%1 to %2 is outside the day&apos;s meeting window.</source>
        <translation type="unfinished">%1 سے %2 دن کے ملاقاتی وقفے سے باہر ہے۔</translation>
    </message>
    <message>
        <source>The team has %1 people; the day allows %2.</source>
        <translation type="unfinished">ٹیم میں %1 افراد ہیں؛ دن میں %2 کی اجازت ہے۔</translation>
    </message>
    <message>
        <source>%1 cannot meet from %2 to %3.</source>
        <translation type="unfinished">%1 %2 سے %3 تک نہیں مل سکتے۔</translation>
    </message>
    <message>
        <source>%1 confirmed other times for meetings.</source>
        <translation type="unfinished">%1 نے ملاقاتوں کے لیے دوسرے اوقات کی تصدیق کی ہے۔</translation>
    </message>
    <message>
        <source>%1 has another meeting at %2.</source>
        <translation type="unfinished">%1 کی %2 پر ایک اور ملاقات ہے۔</translation>
    </message>
    <message>
        <source>%1 is also meeting %2 at %3.</source>
        <translation type="unfinished">%1 %3 پر %2 سے بھی مل رہے ہیں۔</translation>
    </message>
    <message>
        <source>%1 needs %2 minutes to walk here from %3, which ends at %4.</source>
        <translation type="unfinished">%1 کو %3 سے یہاں پیدل آنے میں %2 منٹ لگتے ہیں، جو %4 پر ختم ہوتی ہے۔</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>The office has no free time left in the day&apos;s window, its blackouts and its confirmed times.</source>
        <translation type="unfinished">دن کے وقفے، بندشوں اور تصدیق شدہ اوقات میں اس دفتر کے پاس کوئی خالی وقت باقی نہیں۔</translation>
    </message>
    <message>
        <source>Whenever the office is free, the attendee is in another meeting or could not walk there in time.</source>
        <translation type="unfinished">جب بھی دفتر فارغ ہوتا ہے، شریک کسی اور ملاقات میں ہوتا ہے یا وقت پر پیدل وہاں نہیں پہنچ سکتا۔</translation>
    </message>
    <message>
        <source>The contact has no U.S. state, or lives outside the legislature&apos;s state, so their members are unknown.</source>
        <translation type="unfinished">اس رابطے کی کوئی امریکی ریاست نہیں، یا وہ مقننہ کی ریاست سے باہر رہتے ہیں، اس لیے ان کے اراکین معلوم نہیں۔</translation>
    </message>
    <message>
        <source>The contact has no district for this chamber, so their member is unknown; fill districts from ZIP codes or enter it.</source>
        <translation type="unfinished">اس رابطے کا اس ایوان کے لیے کوئی ضلع نہیں، اس لیے ان کا نمائندہ معلوم نہیں؛ ZIP کوڈ سے اضلاع بھریں یا درج کریں۔</translation>
    </message>
    <message>
        <source>No current member holds this seat.</source>
        <translation type="unfinished">یہ نشست کسی موجودہ رکن کے پاس نہیں۔</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Enter the server address, such as https://sync.example.org.</source>
        <translation type="unfinished">سرور کا پتا درج کریں، جیسے https://sync.example.org۔</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It looks like https://sync.example.org.</source>
        <translation type="unfinished">“%1” سرور کا پتا نہیں ہے۔ سرور کا پتا https://sync.example.org جیسا ہوتا ہے۔</translation>
    </message>
    <message>
        <source>The server address must start with https://, so the password and the workspace travel encrypted. Plain http:// is only for a server on this computer (localhost).</source>
        <translation type="unfinished">سرور کا پتا https:// سے شروع ہونا چاہیے، تاکہ پاس ورڈ اور ورک اسپیس خفیہ کاری کے ساتھ منتقل ہوں۔ سادہ http:// صرف اسی کمپیوٹر پر موجود سرور (localhost) کے لیے ہے۔</translation>
    </message>
    <message>
        <source>The fingerprint must be the SHA-256 of the server&apos;s certificate: 64 hexadecimal digits (0–9 and A–F), colons allowed.</source>
        <translation type="unfinished">فنگر پرنٹ سرور کے سرٹیفکیٹ کا SHA-256 ہونا چاہیے: 64 ہیکساڈیسیمل ہندسے (0–9 اور A–F)، کالن کی اجازت ہے۔</translation>
    </message>
</context>
<context>
    <name>SignOnLetters</name>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished">ابھی کوئی جواب نہیں</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">دستخط کر دیے</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">انکار</translation>
    </message>
    <message>
        <source>A sign-on letter needs a title.</source>
        <translation type="unfinished">دستخطی خط کا عنوان ہونا ضروری ہے۔</translation>
    </message>
    <message>
        <source>That partner was not asked to sign this letter.</source>
        <translation type="unfinished">اس شراکت دار سے یہ خط دستخط کرنے کو نہیں کہا گیا تھا۔</translation>
    </message>
    <message>
        <source>Signed &quot;%1&quot;</source>
        <translation type="unfinished">&quot;%1&quot; پر دستخط کیے</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The workspace is in use by another program or another Majlis window. Close it there and try again.</source>
        <translation type="unfinished">ورک اسپیس کسی اور پروگرام یا Majlis کی کسی اور ونڈو میں زیرِ استعمال ہے۔ اسے وہاں بند کر کے دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The workspace file cannot be written. Check that the file and its folder are writable.</source>
        <translation type="unfinished">ورک اسپیس فائل لکھی نہیں جا سکتی۔ چیک کریں کہ فائل اور اس کا فولڈر قابلِ تحریر ہیں۔</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">ورک اسپیس فائل خراب ہے۔ اسے بیک اپ یا ہم آہنگ نقل سے بحال کریں۔</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished">ڈسک بھری ہوئی ہے۔ کچھ جگہ خالی کر کے دوبارہ کوشش کریں؛ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation type="unfinished">ورک اسپیس پڑھی یا لکھی نہیں جا سکی: %1</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The sync server could not be reached: %1</source>
        <translation type="unfinished">ہم آہنگی کے سرور تک رسائی نہیں ہو سکی: %1</translation>
    </message>
    <message>
        <source>The server did not accept the login. Log in again.</source>
        <translation type="unfinished">سرور نے لاگ اِن قبول نہیں کیا۔ دوبارہ لاگ اِن کریں۔</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished">سرور نے انکار کر دیا: %1</translation>
    </message>
    <message>
        <source>The sync server needs a newer Majlis. Update Majlis on this laptop, then sync again.</source>
        <translation type="unfinished">ہم آہنگی کے سرور کو Majlis کا نیا ورژن درکار ہے۔ اس لیپ ٹاپ پر Majlis کو اپ ڈیٹ کریں، پھر دوبارہ ہم آہنگ کریں۔</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation type="unfinished">بہت زیادہ کوششیں ہو چکی ہیں۔ چند منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The sync server answered %1: %2</source>
        <translation type="unfinished">ہم آہنگی کے سرور نے جواب %1 دیا: %2</translation>
    </message>
    <message>
        <source>This workspace syncs with another server. Open a new workspace to sync with this one.</source>
        <translation type="unfinished">یہ ورک اسپیس کسی اور سرور کے ساتھ ہم آہنگ ہوتی ہے۔ اس سرور کے ساتھ ہم آہنگ کرنے کے لیے نئی ورک اسپیس کھولیں۔</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished">صارف نام یا پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <source>The sync server keeps refusing to acknowledge this laptop&apos;s changes.</source>
        <translation type="unfinished">ہم آہنگی کا سرور اس لیپ ٹاپ کی تبدیلیوں کی وصولی تسلیم کرنے سے مسلسل انکار کر رہا ہے۔</translation>
    </message>
    <message>
        <source>The server refused this workspace&apos;s new device id as well. Try again later.</source>
        <translation type="unfinished">سرور نے اس ورک اسپیس کی نئی ڈیوائس id بھی مسترد کر دی۔ بعد میں دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Ask for at least one person.</source>
        <translation>کم از کم ایک شخص مانگیں۔</translation>
    </message>
    <message>
        <source>The server has no such campaign in your chapters. Sync, then choose the campaign again.</source>
        <translation>سرور پر آپ کے چیپٹرز میں ایسی کوئی مہم نہیں ہے۔ ہم آہنگ کریں، پھر مہم دوبارہ چنیں۔</translation>
    </message>
    <message>
        <source>This campaign is closed: nobody can take people from its list.</source>
        <translation>یہ مہم بند ہو چکی ہے: کوئی بھی اس کی فہرست سے لوگ نہیں لے سکتا۔</translation>
    </message>
</context>
<context>
    <name>TagContactsCommand</name>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n رابطے پر ٹیگ لگائیں</numerusform>
            <numerusform>%n روابط پر ٹیگ لگائیں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextEncodings</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished">یونیکوڈ (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 little-endian)</source>
        <translation type="unfinished">یونیکوڈ (UTF-16 لٹل اینڈین)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation type="unfinished">یونیکوڈ (UTF-16 بگ اینڈین)</translation>
    </message>
    <message>
        <source>Arabic (Windows-1256)</source>
        <translation type="unfinished">عربی (Windows-1256)</translation>
    </message>
    <message>
        <source>Arabic (ISO-8859-6)</source>
        <translation type="unfinished">عربی (ISO-8859-6)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished">مغربی یورپی (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation type="unfinished">مغربی یورپی (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Line %1 has bytes (%2) that are not %3 text; the file is written in another encoding. Choose the one it was saved in.</source>
        <translation type="unfinished">سطر %1 میں ایسے بائٹس (%2) ہیں جو %3 متن نہیں؛ فائل کسی اور انکوڈنگ میں لکھی گئی ہے۔ وہ انکوڈنگ چنیں جس میں اسے محفوظ کیا گیا تھا۔</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; use an IANA name such as Europe/London, America/New_York or Asia/Karachi.</source>
        <translation type="unfinished">&quot;%1&quot; ایسا ٹائم زون نہیں جسے یہ کمپیوٹر جانتا ہو؛ IANA کا نام استعمال کریں جیسے Europe/London، America/New_York یا Asia/Karachi۔</translation>
    </message>
</context>
<context>
    <name>Turnout</name>
    <message>
        <source>A person to mark is no longer in the workspace.</source>
        <translation>نشان لگانے والا ایک شخص اب ورک اسپیس میں نہیں۔</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>Line %1 is not a vCard line (NAME:value) and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">سطر %1 vCard سطر (NAME:value) نہیں ہے اور چھوڑ دی گئی: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 was not imported</source>
        <translation type="unfinished">%1: %2 درآمد نہیں ہوا</translation>
    </message>
    <message>
        <source>%1: another %2 (&quot;%3&quot;) was not imported; Majlis keeps one</source>
        <translation type="unfinished">%1: ایک اور %2 (&quot;%3&quot;) درآمد نہیں ہوا؛ Majlis ایک ہی رکھتا ہے</translation>
    </message>
    <message>
        <source>%1: BDAY %2 has no year, so the birthday was not imported</source>
        <translation type="unfinished">%1: BDAY %2 میں سال نہیں، اس لیے تاریخِ پیدائش درآمد نہیں ہوئی</translation>
    </message>
    <message>
        <source>%1: BDAY &quot;%2&quot; is not a date Majlis can read, so the birthday was not imported</source>
        <translation type="unfinished">%1: BDAY &quot;%2&quot; ایسی تاریخ نہیں جو Majlis پڑھ سکے، اس لیے تاریخِ پیدائش درآمد نہیں ہوئی</translation>
    </message>
    <message>
        <source>%1: the %2 nested inside it on line %3 was not imported</source>
        <translation type="unfinished">%1: سطر %3 پر اس کے اندر موجود %2 درآمد نہیں ہوا</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped.</source>
        <translation type="unfinished">کارڈ %1، جو سطر %2 سے شروع ہوا، کا کوئی نام (N یا FN) نہیں اور اسے چھوڑ دیا گیا۔</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped: %3</source>
        <translation type="unfinished">کارڈ %1، جو سطر %2 سے شروع ہوا، کا کوئی نام (N یا FN) نہیں اور اسے چھوڑ دیا گیا: %3</translation>
    </message>
    <message>
        <source>%1: ADR was not imported for %2; Majlis keeps one address per contact</source>
        <translation type="unfinished">%1: %2 کے لیے ADR درآمد نہیں ہوا؛ Majlis ہر رابطے کا ایک پتا رکھتا ہے</translation>
    </message>
    <message>
        <source>%1: ROLE (&quot;%2&quot;) was not imported; the role comes from TITLE</source>
        <translation type="unfinished">%1: ROLE (&quot;%2&quot;) درآمد نہیں ہوا؛ کردار TITLE سے آتا ہے</translation>
    </message>
    <message>
        <source>%1: the name parts &quot;%2&quot; in N were not imported</source>
        <translation type="unfinished">%1: N میں نام کے حصے &quot;%2&quot; درآمد نہیں ہوئے</translation>
    </message>
    <message>
        <source>Card %1 (%2)</source>
        <translation type="unfinished">کارڈ %1 (%2)</translation>
    </message>
    <message>
        <source>The file is empty; there is no vCard in it.</source>
        <translation type="unfinished">فائل خالی ہے؛ اس میں کوئی vCard نہیں۔</translation>
    </message>
    <message>
        <source>Line %1 is &quot;%2&quot; where a vCard should begin with BEGIN:VCARD; this does not look like a vCard (.vcf) file.</source>
        <translation type="unfinished">سطر %1 &quot;%2&quot; ہے جبکہ vCard کو BEGIN:VCARD سے شروع ہونا چاہیے؛ یہ vCard (.vcf) فائل نہیں لگتی۔</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but no vCard is open there.</source>
        <translation type="unfinished">سطر %1 میں %2 ختم ہوتا ہے، لیکن وہاں کوئی vCard کھلا نہیں۔</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCARD … END:VCARD and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">سطر %1 کسی بھی BEGIN:VCARD … END:VCARD سے باہر ہے اور چھوڑ دی گئی: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the %3 begun on line %4 is still open.</source>
        <translation type="unfinished">سطر %1 میں %2 ختم ہوتا ہے، لیکن سطر %4 پر شروع ہونے والا %3 ابھی کھلا ہے۔</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the vCard begun on line %3 is still open.</source>
        <translation type="unfinished">سطر %1 میں %2 ختم ہوتا ہے، لیکن سطر %3 پر شروع ہونے والا vCard ابھی کھلا ہے۔</translation>
    </message>
    <message>
        <source>The vCard begun on line %1 is never closed (END:VCARD is missing); the file may be cut short.</source>
        <translation type="unfinished">سطر %1 پر شروع ہونے والا vCard کبھی بند نہیں ہوا (END:VCARD موجود نہیں)؛ ممکن ہے فائل ادھوری ہو۔</translation>
    </message>
    <message>
        <source>Line %1 names the character set &quot;%2&quot;, but its text cannot be read in it; it was read as %3 (detected) and may look wrong.</source>
        <translation type="unfinished">سطر %1 کیریکٹر سیٹ &quot;%2&quot; کا نام لیتی ہے، لیکن اس کا متن اس میں نہیں پڑھا جا سکتا؛ اسے %3 (شناخت شدہ) میں پڑھا گیا اور یہ غلط دکھ سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>WalkList</name>
    <message>
        <source>Only a door-knocking campaign has a walk list; &quot;%1&quot; is not one.</source>
        <translation type="unfinished">واک لسٹ صرف گھر گھر دستک کی مہم کی ہوتی ہے؛ &quot;%1&quot; ایسی مہم نہیں۔</translation>
    </message>
</context>
<context>
    <name>WalkListDocument</name>
    <message>
        <source>Walk list: %1</source>
        <translation type="unfinished">واک لسٹ: %1</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">پوری فہرست</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation type="unfinished">%1 کا حصہ</translation>
    </message>
    <message>
        <source>Not given to anyone yet</source>
        <translation type="unfinished">ابھی کسی کو نہیں دیے گئے</translation>
    </message>
    <message>
        <source>%1: %2 on %3, printed %4</source>
        <comment>share, doors, streets, date</comment>
        <translation type="unfinished">%1: %3 پر %2، طباعت %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doors</source>
        <translation type="unfinished">
            <numerusform>%Ln دروازہ</numerusform>
            <numerusform>%Ln دروازے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln streets</source>
        <translation type="unfinished">
            <numerusform>%Ln گلی</numerusform>
            <numerusform>%Ln گلیاں</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick one result at each door. Write a short answer for each question the person answered; the answers are entered afterwards.</source>
        <translation type="unfinished">ہر دروازے پر ایک نتیجے پر نشان لگائیں۔ ہر اس سوال کا مختصر جواب لکھیں جس کا اس شخص نے جواب دیا؛ جوابات بعد میں درج کیے جائیں گے۔</translation>
    </message>
    <message>
        <source>Q%1: %2</source>
        <comment>question number, then its text</comment>
        <translation type="unfinished">س%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>question, then its answers</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is left to visit here.</source>
        <translation type="unfinished">یہاں ملنے کے لیے کوئی باقی نہیں۔</translation>
    </message>
    <message>
        <source>Street without a name</source>
        <translation type="unfinished">بے نام گلی</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>street, then town and postal code</comment>
        <translation type="unfinished">%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln doors)</source>
        <translation type="unfinished">
            <numerusform>%1 (%Ln دروازہ)</numerusform>
            <numerusform>%1 (%Ln دروازے)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">پتا</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>question number</comment>
        <translation type="unfinished">س%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">%1 نہیں لکھا جا سکا: %2</translation>
    </message>
    <message>
        <source>Walk list %1</source>
        <comment>file name: the campaign</comment>
        <translation type="unfinished">واک لسٹ %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceArchive</name>
    <message>
        <source>%1 already exists; choose a new file name for the archive.</source>
        <translation type="unfinished">%1 پہلے سے موجود ہے؛ آرکائیو کے لیے نئی فائل کا نام منتخب کریں۔</translation>
    </message>
    <message>
        <source>This workspace already has records. Import an archive into a new, empty workspace (File &gt; New Workspace), so nothing is mixed or overwritten.</source>
        <translation type="unfinished">اس ورک اسپیس میں پہلے سے ریکارڈ موجود ہیں۔ آرکائیو کو نئی، خالی ورک اسپیس میں درآمد کریں (فائل &gt; نئی ورک اسپیس)، تاکہ کچھ بھی گڈمڈ یا اوور رائٹ نہ ہو۔</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first organizer for civic and advocacy organizations.</source>
        <translation type="unfinished">شہری اور ایڈووکیسی تنظیموں کے لیے آف لائن اوّل منتظم۔</translation>
    </message>
    <message>
        <source>Open this workspace file (default: %1).</source>
        <translation type="unfinished">یہ ورک اسپیس فائل کھولیں (پہلے سے طے شدہ: %1)۔</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">راستہ</translation>
    </message>
    <message>
        <source>Open a fictional demo workspace, creating it if needed.</source>
        <translation type="unfinished">ایک فرضی ڈیمو ورک اسپیس کھولیں، ضرورت ہو تو اسے بنائیں۔</translation>
    </message>
    <message>
        <source>Language, such as ar or en.</source>
        <translation type="unfinished">زبان، جیسے ar یا en۔</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">کوڈ</translation>
    </message>
</context>
<context>
    <name>majlis-cli</name>
    <message>
        <source>majlis-cli: error: %1</source>
        <translation type="unfinished">majlis-cli: خرابی: %1</translation>
    </message>
    <message>
        <source>majlis-cli: %1</source>
        <translation type="unfinished">majlis-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;majlis-cli --help&quot; for the commands.</source>
        <translation type="unfinished">کمانڈز کے لیے &quot;majlis-cli --help&quot; چلائیں۔</translation>
    </message>
    <message>
        <source>Workspace file (default: %1).</source>
        <translation type="unfinished">ورک اسپیس فائل (پہلے سے طے شدہ: %1)۔</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">راستہ</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished">مشین کے پڑھنے کے قابل JSON پرنٹ کریں۔</translation>
    </message>
    <message>
        <source>Language of messages, such as ar.</source>
        <translation type="unfinished">پیغامات کی زبان، جیسے ar۔</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">کوڈ</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">یہ مدد دکھائیں۔</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished">ورژن دکھائیں۔</translation>
    </message>
    <message>
        <source>init, contacts, chapters, legislators, day, partners, events, import, export or demo</source>
        <translation type="unfinished">init، contacts، chapters، legislators، day، partners، events، import، export یا demo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a verb, such as list.</source>
        <translation type="unfinished">&quot;%1&quot; کے ساتھ ایک فعل ضروری ہے، جیسے list۔</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished">نامعلوم کمانڈ &quot;%1&quot;۔</translation>
    </message>
    <message>
        <source>  sync                        sync with the organization&apos;s server (--server, --user, --ca or --fingerprint, --password-stdin)</source>
        <translation type="unfinished">  sync                        تنظیم کے سرور کے ساتھ ہم آہنگ کریں (--server, --user, --ca یا --fingerprint, --password-stdin)</translation>
    </message>
    <message>
        <source>  chapters time-zone [ZONE]   show or set the workspace&apos;s time zone (--chapter NAME: a chapter&apos;s)
  events show EVENT           one event, with its time zone (--hijri)
  --hijri on events list, day list and day export --pdf adds the Hijri date</source>
        <translation type="unfinished">  chapters time-zone [ZONE]   ورک اسپیس کا ٹائم زون دکھائیں یا مقرر کریں (--chapter NAME: کسی چیپٹر کا)
  events show EVENT           ایک تقریب، اس کے ٹائم زون کے ساتھ (--hijri)
  events list، day list اور day export --pdf پر --hijri ہجری تاریخ شامل کرتا ہے</translation>
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
        <translation type="unfinished">کمانڈز:
  init                        ورک اسپیس بنائیں یا اپ گریڈ کریں
  contacts add [options]      رابطہ شامل کریں (--given, --family, --email, --phone, --country, --chapter, ...)
  contacts list               روابط کی فہرست (--chapter, --tag, --limit)
  contacts search TEXT        نام، ای میل، فون، ٹیگ، تنظیم یا نوٹس سے روابط تلاش کریں
  contacts show ID            ایک رابطہ دکھائیں
  contacts edit ID [options]  رابطے میں تبدیلی کریں
  contacts delete ID...       روابط حذف کریں
  contacts merge KEEP OTHER   ایک نقل کو باقی رکھے گئے رابطے میں ضم کریں (اس کی ای میلز، فون، ٹیگز، تاریخچہ)
  contacts export-data ID FILE  ایک شخص کے بارے میں محفوظ ہر چیز JSON فائل میں لکھیں
  contacts erase ID --yes     ایک شخص کے بارے میں محفوظ ہر چیز مٹائیں، یہاں اور ہر سنک شدہ لیپ ٹاپ پر
  chapters add NAME           چیپٹر شامل کریں (--city, --region, --country)
  chapters list               چیپٹرز کی فہرست
  chapters region [CODE]      ورک اسپیس کا ملک دکھائیں یا مقرر کریں، + کے بغیر فون نمبروں کے لیے (--chapter NAME: کسی شاخ کا)
  legislators import FILE     کانگریس کے ارکان درآمد یا اپ ڈیٹ کریں (legislators-current.csv)
  legislators list            کسی مقننہ کے ارکان کی فہرست (--body, --state, --chamber)
  bodies list                 اس ورک اسپیس کی مقننائیں اور ان کے ایوان
  bodies campus BODY          کیپیٹل کی عمارتیں دکھائیں یا مقرر کریں (--building NAME=GROUP ...)
  day create TITLE --date D   ایڈووکیسی کے دن کی منصوبہ بندی کریں (--body, --time-zone, --start, --end, --slot, --team-size, --ask)
  day list                    ایڈووکیسی کے دنوں کی فہرست
  day attendees add DAY ID... کسی دن کے لیے روابط رجسٹر کریں (--role, --tag)
  day attendees list DAY      کسی دن کے شرکاء کی فہرست
  day schedule DAY            دن کی ملاقاتوں کا شیڈول بنائیں
  day export DAY --ics|--pdf|--csv FILE   کیلنڈر، سفری پروگرام یا شیڈول لکھیں
  partners add NAME           اتحادی شراکت دار شامل کریں (--kind, --area, --status, --city, ...)
  partners list               شراکت داروں کی فہرست (--kind, --area, --status, --search)
  partners show NAME|ID       شراکت دار، اس کے افراد اور تاریخچے کے ساتھ
  events create TITLE --start T   تقریب بنائیں (--end, --kind, --place, --capacity, --chapter)
  events list                 تقریبات کی فہرست
  events checkin EVENT ID...  روابط کو چیک اِن کریں (یا --walk-in --given NAME --email ...)
  events attendance EVENT --csv FILE   لکھیں کہ کس نے رجسٹر کیا اور کون آیا
  events calendar FILE        ہر تقریب iCalendar (.ics) فائل میں لکھیں
  import csv FILE             اسپریڈشیٹ سے روابط درآمد کریں (--dry-run, --map, --duplicates, --report)
  import vcard FILE           vCard فائل سے روابط درآمد کریں (--dry-run, --duplicates)
  import archive FILE         ورک اسپیس آرکائیو کو اس خالی ورک اسپیس میں لائیں
  export csv FILE             روابط CSV کے طور پر برآمد کریں (--search, --tag)
  export vcard FILE           روابط vCard کے طور پر برآمد کریں (--version 4.0|3.0|2.1, --search, --tag)
  export archive FILE         پوری ورک اسپیس ایک قابلِ منتقلی فائل میں لکھیں
  demo [--count N]            ورک اسپیس کو فرضی ڈیمو ڈیٹا سے بھریں
کسی کمانڈ کے اختیارات کے لیے &quot;majlis-cli COMMAND VERB --help&quot; چلائیں۔</translation>
    </message>
    <message>
        <source>  districts lookup --zip ZIP  the districts a ZIP code lies in
  districts import FILE --body CODE --chamber C   import a postcode to district file for a legislature
  contacts districts ID       a contact&apos;s districts (--body, --chamber, --set DISTRICT, --confirm, --check-later)
  contacts districts --fill   fill districts from postcodes (--tag, --day, --body, --dry-run; --ambiguous lists who has districts to choose)</source>
        <translation type="unfinished">  districts lookup --zip ZIP  وہ اضلاع جن میں ZIP کوڈ آتا ہے
  districts import FILE --body CODE --chamber C   کسی مقننہ کے لیے پوسٹ کوڈ سے ضلع کی فائل درآمد کریں
  contacts districts ID       کسی رابطے کے اضلاع (--body، --chamber، --set DISTRICT، --confirm، --check-later)
  contacts districts --fill   پوسٹ کوڈ سے اضلاع بھریں (--tag، --day، --body، --dry-run؛ --ambiguous بتاتا ہے کس کے اضلاع منتخب کرنے باقی ہیں)</translation>
    </message>
    <message>
        <source>  legislators import PATH     also an Open States folder or download (state legislatures), or any parliament&apos;s member list CSV with --body CODE (--body-name, --country, --map, --dry-run)</source>
        <translation type="unfinished">  legislators import PATH     Open States کا فولڈر یا ڈاؤن لوڈ بھی (ریاستی مقننہ)، یا کسی بھی پارلیمان کے ارکان کی CSV فہرست --body CODE کے ساتھ (--body-name، --country، --map، --dry-run)</translation>
    </message>
    <message>
        <source>  legislators import --bundled  the members of Congress built into this program (--dry-run)</source>
        <translation type="unfinished">  legislators import --bundled  اس پروگرام میں شامل کانگریس کے اراکین (--dry-run)</translation>
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
        <translation type="unfinished">  campaigns elections add NAME --date D   ایک انتخاب شامل کریں (--jurisdiction، --chapter)؛ elections list
  campaigns create NAME --kind phone|door|gotv --script FILE   فون بینک، گھر گھر فہرست یا ووٹ ڈلوانے کی مہم (--election، --chapter، --starts، --ends)
  campaigns list | show C | entries C   مہمات، ایک مہم اس کے اسکرپٹ اور اعداد کے ساتھ، اس کی فہرست
  campaigns build C [فلٹر]  فہرست میں لوگ شامل کریں (--tag، --chapter، --language، --state، --body --district، --event، --voter-status، --answered --question --answer، --election --pledged|--not-voted، --dry-run)
  campaigns assign C --to a,b | --by-language NAME=LANGS   فہرست تقسیم کریں؛ release C [--volunteer V]
  campaigns next C [--caller NAME]   اگلا شخص جسے کال کرنی ہے، اسکرپٹ کے ساتھ
  campaigns record C ID --result CODE   نتیجہ محفوظ کریں (--answer Q=A، --opt-out، --phone، --caller)
  campaigns progress C | rollback C --caller NAME [--from T --to T] | close C
  campaigns export C --out FILE.csv   نتائج CSV میں (--list: وہ لوگ جنہیں کال کرنی یا ملنا ہے)
  gotv summary|chase ELECTION   عہد اور ووٹ؛ کس نے عہد کیا اور ابھی ووٹ نہیں دیا، حلقے کے لحاظ سے
  gotv voted ELECTION ID...   لوگوں پر ووٹ دے چکے کا نشان لگائیں (--undo)</translation>
    </message>
</context>
<context>
    <name>majlis::AdvocacyPage</name>
    <message>
        <source>Advocacy days</source>
        <translation type="unfinished">ایڈووکیسی کے دن</translation>
    </message>
    <message>
        <source>&amp;New Day</source>
        <translation type="unfinished">&amp;نیا دن</translation>
    </message>
    <message>
        <source>Delete Day</source>
        <translation type="unfinished">دن حذف کریں</translation>
    </message>
    <message>
        <source>&amp;Legislators…</source>
        <translation type="unfinished">&amp;قانون ساز…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;تفصیلات</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation type="unfinished">&amp;شرکاء</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished">&amp;شیڈول</translation>
    </message>
    <message>
        <source>&amp;Itineraries</source>
        <translation type="unfinished">&amp;سفری پروگرام</translation>
    </message>
    <message>
        <source>&amp;Report-back</source>
        <translation type="unfinished">&amp;رپورٹ بیک</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation type="unfinished">&amp;ڈیش بورڈ</translation>
    </message>
    <message>
        <source>No advocacy days yet</source>
        <translation type="unfinished">ابھی کوئی ایڈووکیسی کا دن نہیں</translation>
    </message>
    <message>
        <source>New advocacy day</source>
        <translation type="unfinished">نیا ایڈووکیسی کا دن</translation>
    </message>
    <message>
        <source>Cannot create the day</source>
        <translation type="unfinished">دن نہیں بن سکا</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its schedule and reports? Contacts are not touched.</source>
        <translation type="unfinished">&quot;%1&quot; کو اس کے شیڈول اور رپورٹوں سمیت حذف کریں؟ روابط متاثر نہیں ہوں گے۔</translation>
    </message>
    <message>
        <source>Cannot delete the day</source>
        <translation type="unfinished">دن حذف نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Look up the members of each legislature, import or update them, and list a capitol&apos;s buildings.</source>
        <translation type="unfinished">ہر مقننہ کے ارکان تلاش کریں، انہیں درآمد یا تازہ کریں، اور کیپیٹل کی عمارتوں کی فہرست دیکھیں۔</translation>
    </message>
    <message>
        <source>Plan an advocacy day at the U.S. Capitol, a state capitol or a parliament: bring in its members with Legislators…, create a day with New Day, register attendees, then build the schedule. Everything works offline.</source>
        <translation type="unfinished">امریکی کیپیٹل، کسی ریاستی کیپیٹل یا کسی پارلیمان میں ایڈووکیسی ڈے کی منصوبہ بندی کریں: «قانون ساز…» سے اس کے ارکان لائیں، «نیا دن» سے دن بنائیں، شرکاء کا اندراج کریں، پھر شیڈول بنائیں۔ سب کچھ آف لائن چلتا ہے۔</translation>
    </message>
</context>
<context>
    <name>majlis::AmbiguousDistrictModel</name>
    <message>
        <source>%1, %2</source>
        <comment>a legislature and its chamber</comment>
        <translation type="unfinished">%1، %2</translation>
    </message>
    <message>
        <source>choose: %1</source>
        <translation type="unfinished">منتخب کریں: %1</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation type="unfinished">%1 (منتخب)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">مقننہ</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished">پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">حلقہ</translation>
    </message>
    <message>
        <source>%1 is not among the districts postcode %2 spans.</source>
        <translation type="unfinished">%1 ان حلقوں میں نہیں جن پر پوسٹ کوڈ %2 پھیلا ہے۔</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerChart</name>
    <message>
        <source>Answers to the question</source>
        <translation type="unfinished">سوال کے جوابات</translation>
    </message>
    <message>
        <source>Answers to this question are written, not chosen: they are not counted.</source>
        <translation type="unfinished">اس سوال کے جواب لکھے جاتے ہیں، چنے نہیں جاتے: ان کی گنتی نہیں ہوتی۔</translation>
    </message>
    <message>
        <source>Nobody has answered this question yet.</source>
        <translation type="unfinished">ابھی کسی نے اس سوال کا جواب نہیں دیا۔</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">جوابات</translation>
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
        <translation type="unfinished">یہ جواب دینے والے افراد</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerCountModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">سوال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">جواب</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">افراد</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation type="unfinished">جوابات میں حصہ</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerPanel</name>
    <message>
        <source>This campaign has no survey: record the result with the keys below.</source>
        <translation>اس مہم میں کوئی سروے نہیں: نتیجہ نیچے دی گئی کلیدوں سے درج کریں۔</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <comment>question number, question, kind of answer</comment>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Type what they said</source>
        <translation>جو انہوں نے کہا وہ لکھیں</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>موجودہ سوال</translation>
    </message>
</context>
<context>
    <name>majlis::AskPartnersDialog</name>
    <message>
        <source>Ask Partners to Sign</source>
        <translation type="unfinished">شراکت داروں سے دستخط کی درخواست</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation type="unfinished">شراکت دار تلاش کریں</translation>
    </message>
    <message>
        <source>%1 (already asked)</source>
        <translation type="unfinished">%1 (پہلے ہی پوچھا گیا)</translation>
    </message>
    <message>
        <source>There are no partners yet: add them in the Partners view.</source>
        <translation type="unfinished">ابھی کوئی شراکت دار نہیں: انہیں شراکت دار منظر میں شامل کریں۔</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation type="unfinished">&amp;پوچھیں</translation>
    </message>
    <message>
        <source>&amp;Tick All</source>
        <translation type="unfinished">&amp;سب پر نشان لگائیں</translation>
    </message>
    <message>
        <source>Partners to ask</source>
        <translation type="unfinished">جن شراکت داروں سے درخواست کرنی ہے</translation>
    </message>
</context>
<context>
    <name>majlis::AssignDialog</name>
    <message>
        <source>Assign Callers: %1</source>
        <translation>کال کرنے والوں میں تقسیم: %1</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>A&amp;dd Volunteer</source>
        <translation>&amp;رضاکار شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Remove from the Table</source>
        <translation>جد&amp;ول سے ہٹائیں</translation>
    </message>
    <message>
        <source>%1 still has people to call: take back their share first.</source>
        <translation>%1 کے پاس ابھی کال کرنے کے لیے لوگ ہیں: پہلے ان کا حصہ واپس لیں۔</translation>
    </message>
    <message>
        <source>&amp;Take Back Their Share</source>
        <translation>&amp;ان کا حصہ واپس لیں</translation>
    </message>
    <message>
        <source>The selected volunteer&apos;s people still to call go back to nobody, for others to call.</source>
        <translation>منتخب رضاکار کے جن لوگوں کو ابھی کال کرنی ہے وہ کسی کے نام نہیں رہتے، تاکہ دوسرے انہیں کال کریں۔</translation>
    </message>
    <message>
        <source>By &amp;count: runs of about equal size, neighbours together</source>
        <translation>تعد&amp;اد کے مطابق: تقریباً برابر حصے، پڑوسی ایک ساتھ</translation>
    </message>
    <message>
        <source>By &amp;language: each person to a volunteer who speaks one of their languages</source>
        <translation>&amp;زبان کے مطابق: ہر شخص ایسے رضاکار کو جو اس کی کوئی زبان بولتا ہو</translation>
    </message>
    <message>
        <source>&amp;Give Out the List</source>
        <translation>&amp;رضاکاروں میں فہرست تقسیم کریں</translation>
    </message>
    <message>
        <source>Name each volunteer as they log in to sync, so their laptop receives their share. Only the people nobody has yet are given out.</source>
        <translation>ہر رضاکار کا نام ویسے لکھیں جیسے وہ ہم آہنگی میں لاگ اِن کرتا ہے، تاکہ اس کے لیپ ٹاپ کو اس کا حصہ ملے۔ صرف وہ لوگ تقسیم ہوتے ہیں جو ابھی کسی کے پاس نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people nobody has yet.</source>
        <translation>
            <numerusform>ابھی کسی کے پاس نہیں: %Ln</numerusform>
            <numerusform>ابھی کسی کے پاس نہیں: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people given out.</source>
        <translation>
            <numerusform>تقسیم ہوئے: %Ln</numerusform>
            <numerusform>تقسیم ہوئے: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a volunteer who has people to call.</source>
        <translation>ایسا رضاکار چنیں جس کے پاس کال کرنے کے لیے لوگ ہوں۔</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people taken back from %1.</source>
        <translation>
            <numerusform>%1 سے واپس لیے گئے: %Ln</numerusform>
            <numerusform>%1 سے واپس لیے گئے: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::AttendeeRole</name>
    <message>
        <source>Constituent</source>
        <translation type="unfinished">حلقے کا ووٹر</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished">ٹیم لیڈر</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation type="unfinished">نوٹس لکھنے والا</translation>
    </message>
    <message>
        <source>First-timer</source>
        <translation type="unfinished">پہلی بار شریک</translation>
    </message>
</context>
<context>
    <name>majlis::AttendeesPanel</name>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">روابط &amp;رجسٹر کریں…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;ہٹائیں</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">ریاست اور حلقہ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">کردار</translation>
    </message>
    <message>
        <source>Earlier days</source>
        <translation type="unfinished">پچھلے دن</translation>
    </message>
    <message>
        <source>No state: cannot be matched</source>
        <translation type="unfinished">کوئی ریاست نہیں: مطابقت نہیں ہو سکتی</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished">%1 کا کردار</translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation type="unfinished">کردار تبدیل نہیں ہو سکا</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation type="unfinished">
            <numerusform>%n شریک</numerusform>
            <numerusform>%n شرکاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a state on their contact</source>
        <translation type="unfinished">
            <numerusform>؛ %n کے رابطے میں ریاست درج نہیں</numerusform>
            <numerusform>؛ %n کے رابطوں میں ریاست درج نہیں</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet: register contacts to plan their meetings.</source>
        <translation type="unfinished">ابھی کوئی رجسٹرڈ نہیں: ان کی ملاقاتوں کی منصوبہ بندی کے لیے روابط رجسٹر کریں۔</translation>
    </message>
    <message>
        <source>Cannot register attendees</source>
        <translation type="unfinished">شرکاء رجسٹر نہیں ہو سکے</translation>
    </message>
    <message>
        <source>Remove Attendees</source>
        <translation type="unfinished">شرکاء ہٹائیں</translation>
    </message>
    <message>
        <source>Remove %1 from this day? They are also taken out of their meetings.</source>
        <translation type="unfinished">%1 کو اس دن سے ہٹائیں؟ انہیں ان کی ملاقاتوں سے بھی نکال دیا جائے گا۔</translation>
    </message>
    <message>
        <source>Cannot remove the attendee</source>
        <translation type="unfinished">شریک کو ہٹایا نہیں جا سکا</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished">شرکاء</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">زپ کوڈ سے &amp;حلقے بھریں…</translation>
    </message>
    <message>
        <source>Find the attendees&apos; districts in the day&apos;s legislature from their ZIP codes</source>
        <translation type="unfinished">شرکاء کے زپ کوڈ سے اس دن کی مقننہ میں ان کے حلقے معلوم کریں</translation>
    </message>
    <message>
        <source>Cannot fill districts</source>
        <translation type="unfinished">حلقے نہیں بھرے جا سکے</translation>
    </message>
    <message>
        <source>the attendees of %1</source>
        <translation type="unfinished">%1 کے شرکاء</translation>
    </message>
</context>
<context>
    <name>majlis::BuildListDialog</name>
    <message>
        <source>Build the List of %1</source>
        <translation>%1 کی فہرست بنائیں</translation>
    </message>
    <message>
        <source>Any of these tags, separated by commas</source>
        <translation>ان میں سے کوئی بھی ٹیگ، کوما سے الگ</translation>
    </message>
    <message>
        <source>A language code, such as ar or ur</source>
        <translation>زبان کا کوڈ، جیسے ar یا ur</translation>
    </message>
    <message>
        <source>Two letters, such as MI</source>
        <translation>دو حروف، جیسے MI</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">مقننہ</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">حلقہ</translation>
    </message>
    <message>
        <source>District, such as 12</source>
        <translation>حلقہ، جیسے 12</translation>
    </message>
    <message>
        <source>Answered in the campaign</source>
        <translation>مہم میں جواب دیا</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">سوال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">جواب</translation>
    </message>
    <message>
        <source>Only people who pledged to vote</source>
        <translation>صرف وہ جنہوں نے ووٹ دینے کا وعدہ کیا</translation>
    </message>
    <message>
        <source>Only people who have not voted yet</source>
        <translation>صرف وہ جنہوں نے ابھی ووٹ نہیں دیا</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;چیپٹر:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">&amp;ٹیگ:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;ریاست:</translation>
    </message>
    <message>
        <source>&amp;District of:</source>
        <translation>حلقہ بر&amp;ائے:</translation>
    </message>
    <message>
        <source>Came to the &amp;event:</source>
        <translation>تقریب میں &amp;آئے:</translation>
    </message>
    <message>
        <source>&amp;Voter registration:</source>
        <translation>&amp;ووٹر رجسٹریشن:</translation>
    </message>
    <message>
        <source>&amp;Answered:</source>
        <translation>جو&amp;اب دیا:</translation>
    </message>
    <message>
        <source>Election:</source>
        <translation>انتخاب:</translation>
    </message>
    <message>
        <source>Election (none):</source>
        <translation>انتخاب (کوئی نہیں):</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people without a street address, and people already on the list.</source>
        <translation>کبھی شامل نہیں ہوتے: وہ جنہوں نے رابطہ نہ کرنے کا کہا یا دستبردار ہوئے، جن کا گلی کا پتہ نہیں، اور جو پہلے سے فہرست میں ہیں۔</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people who have not agreed to be phoned, people whose every number is marked wrong or disconnected, and people already on the list.</source>
        <translation>کبھی شامل نہیں ہوتے: وہ جنہوں نے رابطہ نہ کرنے کا کہا یا دستبردار ہوئے، جنہوں نے فون کالز کی اجازت نہیں دی، جن کے تمام نمبر غلط یا منقطع نشان زد ہیں، اور جو پہلے سے فہرست میں ہیں۔</translation>
    </message>
    <message>
        <source>&amp;Add to the List</source>
        <translation>فہرست میں &amp;اضافہ کریں</translation>
    </message>
    <message>
        <source>Any chapter</source>
        <translation>کوئی بھی چیپٹر</translation>
    </message>
    <message>
        <source>Any legislature</source>
        <translation>کوئی بھی مقننہ</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>کوئی بھی یا کوئی نہیں</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event: title (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No earlier answer needed</source>
        <translation>پہلے کا جواب ضروری نہیں</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people would be added.</source>
        <translation>
            <numerusform>شامل ہوں گے: %Ln</numerusform>
            <numerusform>شامل ہوں گے: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CallListModel</name>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">ابھی کوئی نہیں</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">مکمل</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>ابھی کوشش نہیں ہوئی</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">زبانیں</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">کال کرنے والا</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">کوششیں</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>آخری نتیجہ</translation>
    </message>
</context>
<context>
    <name>majlis::CallerProgressModel</name>
    <message>
        <source>Check this work before counting it: %1</source>
        <translation type="unfinished">گننے سے پہلے یہ کام جانچ لیں: %1</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">رضاکار</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">کوششیں</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">روابط</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">رابطے کی شرح</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">عہد</translation>
    </message>
    <message>
        <source>Busiest minute</source>
        <translation type="unfinished">مصروف ترین منٹ</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished">انتباہ</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">وہ کوششیں جن میں شخص سے بات ہوئی</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">کوششوں میں رابطوں کا حصہ</translation>
    </message>
    <message>
        <source>The most results entered within any sixty seconds</source>
        <translation type="unfinished">کسی بھی ساٹھ سیکنڈ میں درج کیے گئے سب سے زیادہ نتائج</translation>
    </message>
    <message>
        <source>Why an organizer should check this volunteer&apos;s work</source>
        <translation type="unfinished">منتظم کو اس رضاکار کا کام کیوں جانچنا چاہیے</translation>
    </message>
</context>
<context>
    <name>majlis::CallerWindow</name>
    <message>
        <source>Calling: %1</source>
        <translation>کالز: %1</translation>
    </message>
    <message>
        <source>Entering Results: %1</source>
        <translation>نتائج درج کرنا: %1</translation>
    </message>
    <message>
        <source>Calling as %1</source>
        <translation>کال کرنے والا: %1</translation>
    </message>
    <message>
        <source>Entered as %1</source>
        <translation>درج کنندہ: %1</translation>
    </message>
    <message>
        <source>Save and Next (Enter)</source>
        <translation>محفوظ کریں اور اگلا (Enter)</translation>
    </message>
    <message>
        <source>Skip for Later (F12)</source>
        <translation>بعد کے لیے چھوڑیں (F12)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>بند کریں (Esc)</translation>
    </message>
    <message>
        <source>Back to the List (Esc)</source>
        <translation>فہرست پر واپس (Esc)</translation>
    </message>
    <message>
        <source>Keys: 1–9 answer the current question, ↑ ↓ move between questions, F1–F11 choose the result, Enter saves.</source>
        <translation>کلیدیں: 1–9 موجودہ سوال کا جواب، ↑ ↓ سوالوں کے درمیان، F1–F11 نتیجہ چنیں، Enter محفوظ کرتا ہے۔</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>شخص تلاش کریں</translation>
    </message>
    <message>
        <source>Type a name or the number on the list, then press Enter</source>
        <translation>نام یا فہرست کا نمبر لکھیں، پھر Enter دبائیں</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>فہرست کے لوگ</translation>
    </message>
    <message>
        <source>Show people already done</source>
        <translation>مکمل ہو چکے لوگ دکھائیں</translation>
    </message>
    <message>
        <source>The current question has no answer %1.</source>
        <translation>موجودہ سوال کا جواب %1 نہیں ہے۔</translation>
    </message>
    <message>
        <source>Back to the people you skipped.</source>
        <translation>ان لوگوں کی طرف واپس جنہیں آپ نے چھوڑا تھا۔</translation>
    </message>
    <message>
        <source>Nobody is left for you to call in this campaign. Thank you!</source>
        <translation>اس مہم میں آپ کے لیے کال کرنے کو کوئی باقی نہیں۔ شکریہ!</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>کوئی نمبر نہیں</translation>
    </message>
    <message>
        <source>%1 (as typed: check it)</source>
        <translation>%1 (جیسا لکھا گیا: جانچ لیں)</translation>
    </message>
    <message>
        <source>Languages: not known</source>
        <translation>زبانیں: معلوم نہیں</translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation>زبانیں: %1</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>پہلے کوئی رابطہ نہیں۔</translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">آخری رابطہ: %1، %2 (%3)</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>کوشش %1 از %2</translation>
    </message>
    <message>
        <source>Choose a result with F1 to F11, or answer a question, then press Enter.</source>
        <translation>F1 سے F11 تک سے نتیجہ چنیں یا کسی سوال کا جواب دیں، پھر Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">محفوظ نہیں ہوا: %1</translation>
    </message>
    <message>
        <source>✓ Saved for %1: %2.</source>
        <translation>✓ %1 کے لیے محفوظ: %2۔</translation>
    </message>
    <message>
        <source>They will not be contacted again.</source>
        <translation>ان سے دوبارہ رابطہ نہیں کیا جائے گا۔</translation>
    </message>
    <message>
        <source>%1 skipped for later.</source>
        <translation>%1 کو بعد کے لیے چھوڑا گیا۔</translation>
    </message>
    <message>
        <source>Nobody on the list matches what you typed.</source>
        <translation>فہرست میں کوئی آپ کے لکھے سے مطابقت نہیں رکھتا۔</translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>باقی: %n</numerusform>
            <numerusform>باقی: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to call</source>
        <translation>
            <numerusform>کال کے لیے باقی: %n</numerusform>
            <numerusform>کال کے لیے باقی: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::Campaign</name>
    <message>
        <source>Phone bank</source>
        <translation>فون بینک</translation>
    </message>
    <message>
        <source>Door knocking</source>
        <translation>گھر گھر دستک</translation>
    </message>
    <message>
        <source>Get out the vote</source>
        <translation>ووٹ ڈلوانا</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>رابطہ ہوا</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>گھر پر نہیں</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>پیغام چھوڑا</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>مصروف</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>انکار</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>منتقل ہو گئے</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>غلط نمبر</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>منقطع</translation>
    </message>
    <message>
        <source>Language barrier</source>
        <translation>زبان کی رکاوٹ</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>انتقال ہو چکا</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>رابطہ نہ کریں</translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation>رابطہ نہ کرنے کی درخواست کی</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>مخاصمانہ</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDayChart</name>
    <message>
        <source>Attempts, contacts and pledges per day</source>
        <translation type="unfinished">روزانہ کوششیں، رابطے اور عہد</translation>
    </message>
    <message>
        <source>No results recorded yet.</source>
        <translation type="unfinished">ابھی کوئی نتیجہ درج نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">کوششیں</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">روابط</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">عہد</translation>
    </message>
    <message>
        <source>%1: attempts %2, contacts %3, pledges %4</source>
        <comment>a day, then its counts</comment>
        <translation type="unfinished">%1: کوششیں %2، رابطے %3، عہد %4</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">نتائج</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>نئی مہم</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>مہم میں ترمیم</translation>
    </message>
    <message>
        <source>Such as November phone bank</source>
        <translation>جیسے نومبر فون مہم</translation>
    </message>
    <message>
        <source>Such as General election 2026</source>
        <translation>جیسے عام انتخابات 2026</translation>
    </message>
    <message>
        <source>Such as Michigan, or Dearborn</source>
        <translation>جیسے مشی گن، یا ڈیئربورن</translation>
    </message>
    <message>
        <source>Election &amp;name:</source>
        <translation>&amp;انتخاب کا نام:</translation>
    </message>
    <message>
        <source>Election &amp;date:</source>
        <translation>&amp;انتخاب کی تاریخ:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;دائرہ اختیار:</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>تاریخیں نہیں</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;آخری تاریخ</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>اسکرپٹ</translation>
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
        <translation>introduction: &quot;السلام علیکم {name}، میں ہمارے چیپٹر سے {caller} ہوں۔&quot;
questions:
  - key: plan
    text: &quot;کیا آپ انتخاب کے دن ووٹ ڈالنے کا ارادہ رکھتے ہیں؟&quot;
    kind: yes_no
    answers:
      - {key: &quot;yes&quot;, label: &quot;ہاں&quot;, action: pledge}
      - {key: &quot;no&quot;, label: &quot;نہیں&quot;}</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>فائل سے لو&amp;ڈ کریں…</translation>
    </message>
    <message>
        <source>Load Script</source>
        <translation>اسکرپٹ لوڈ کریں</translation>
    </message>
    <message>
        <source>Scripts (*.yaml *.yml *.json);;All files (*)</source>
        <translation>اسکرپٹس (*.yaml *.yml *.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>An introduction ({caller} and {name} are filled in for each call), then questions of the kind single, multiple, yes_no or text. An answer can record a pledge, ask for a follow_up, opt the person out (do_not_contact) or add a tag (tag:NAME).</source>
        <translation>ایک تعارف (ہر کال کے لیے {caller} اور {name} بھرے جاتے ہیں)، پھر single، multiple، yes_no یا text قسم کے سوالات۔ کوئی جواب ووٹ کا وعدہ درج کر سکتا ہے (pledge)، فالو اپ مانگ سکتا ہے (follow_up)، شخص کو فہرستوں سے نکال سکتا ہے (do_not_contact) یا ٹیگ شامل کر سکتا ہے (tag:NAME)۔</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;قسم:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;انتخاب:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;چیپٹر:</translation>
    </message>
    <message>
        <source>&amp;Runs from:</source>
        <translation>شر&amp;وع:</translation>
    </message>
    <message>
        <source>&amp;Script (YAML):</source>
        <translation>&amp;اسکرپٹ (YAML):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;بنائیں</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>No election</source>
        <translation>کوئی انتخاب نہیں</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>election: name (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>New Election…</source>
        <translation>نیا انتخاب…</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>پوری تنظیم</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 نہیں پڑھا جا سکا: %2</translation>
    </message>
    <message>
        <source>The script cannot be used: %1</source>
        <translation>اسکرپٹ استعمال نہیں ہو سکتا: %1</translation>
    </message>
    <message numerus="yes">
        <source>The script reads well: %n question(s).</source>
        <translation>
            <numerusform>اسکرپٹ درست ہے، سوالات: %n۔</numerusform>
            <numerusform>اسکرپٹ درست ہے، سوالات: %n۔</numerusform>
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
        <translation>بند</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھلی</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">مہم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">قسم</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>انتخاب</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">فہرست میں</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">مکمل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">حیثیت</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignProgressPanel</name>
    <message>
        <source>On the list</source>
        <translation type="unfinished">فہرست میں</translation>
    </message>
    <message>
        <source>People on the campaign&apos;s list</source>
        <translation type="unfinished">مہم کی فہرست میں افراد</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">مکمل</translation>
    </message>
    <message>
        <source>People with a final result, or tried three times</source>
        <translation type="unfinished">جن کا حتمی نتیجہ آ گیا یا تین بار کوشش ہو چکی</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">کوششیں</translation>
    </message>
    <message>
        <source>Results recorded, one per call or knock</source>
        <translation type="unfinished">درج شدہ نتائج، ہر کال یا دستک کا ایک</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">روابط</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">وہ کوششیں جن میں شخص سے بات ہوئی</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">رابطے کی شرح</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">کوششوں میں رابطوں کا حصہ</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">عہد</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">ووٹ دینے کا عہد کرنے والے لوگ</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">فالو اپ</translation>
    </message>
    <message>
        <source>Voter-registration follow-ups asked for</source>
        <translation type="unfinished">ووٹر رجسٹریشن کی پیروی کی درخواستیں</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation type="unfinished">رابطہ نہ کرنے کی درخواستیں</translation>
    </message>
    <message>
        <source>People who asked not to be contacted again</source>
        <translation type="unfinished">جنہوں نے دوبارہ رابطہ نہ کرنے کو کہا</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation type="unfinished">&amp;رضاکار</translation>
    </message>
    <message>
        <source>A&amp;nswers</source>
        <translation type="unfinished">&amp;جوابات</translation>
    </message>
    <message>
        <source>Over &amp;Time</source>
        <translation type="unfinished">&amp;وقت کے ساتھ</translation>
    </message>
    <message>
        <source>Progress per volunteer</source>
        <translation type="unfinished">ہر رضاکار کی پیش رفت</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation type="unfinished">واپس &amp;لیں…</translation>
    </message>
    <message>
        <source>Withdraw every result the selected volunteer entered in this campaign</source>
        <translation type="unfinished">منتخب رضاکار کے اس مہم میں درج تمام نتائج واپس لیں</translation>
    </message>
    <message>
        <source>Work that looks implausible (dozens of results a minute, nearly everyone reached) is shown in bold with a warning sign. Check it with the volunteer; if it was not really done, roll it back.</source>
        <translation type="unfinished">ناقابلِ یقین کام (ایک منٹ میں درجنوں نتائج، تقریباً سب سے رابطہ) موٹے حروف اور انتباہی نشان کے ساتھ دکھایا جاتا ہے۔ رضاکار سے تصدیق کریں؛ اگر کام واقعی نہیں ہوا تو اسے واپس لیں۔</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">سوال</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">جوابات</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished">&amp;سوال:</translation>
    </message>
    <message>
        <source>Results per day</source>
        <translation type="unfinished">روزانہ نتائج</translation>
    </message>
    <message>
        <source>Choose a campaign to see how it is going.</source>
        <translation type="unfinished">مہم منتخب کریں تاکہ اس کی پیش رفت دیکھیں۔</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>campaign dates</comment>
        <translation type="unfinished">%1 سے %2 تک</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>campaign name, then its kind</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>campaign, then its dates</comment>
        <translation type="unfinished">%1، %2</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <comment>a campaign that takes no more results</comment>
        <translation type="unfinished">%1 (بند)</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %Ln days; the table lists every day with results.</source>
        <translation type="unfinished">
            <numerusform>چارٹ آخری %Ln دن دکھاتا ہے؛ جدول میں نتائج والا ہر دن ہے۔</numerusform>
            <numerusform>چارٹ آخری %Ln دن دکھاتا ہے؛ جدول میں نتائج والا ہر دن ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is on this campaign&apos;s list yet. Build its list, then progress appears here as volunteers record results.</source>
        <translation type="unfinished">اس مہم کی فہرست میں ابھی کوئی نہیں۔ اس کی فہرست بنائیں، پھر رضاکاروں کے نتائج درج کرنے پر پیش رفت یہاں نظر آئے گی۔</translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded yet: %Ln people are on the list. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">
            <numerusform>ابھی کچھ درج نہیں ہوا: فہرست میں %Ln شخص ہے۔ رضاکاروں کے نتائج درج کرنے پر پیش رفت یہاں نظر آئے گی۔</numerusform>
            <numerusform>ابھی کچھ درج نہیں ہوا: فہرست میں %Ln افراد ہیں۔ رضاکاروں کے نتائج درج کرنے پر پیش رفت یہاں نظر آئے گی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll Back Results</source>
        <translation type="unfinished">نتائج واپس لیں</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw all %Ln results %1 entered in &quot;%2&quot;?</source>
        <translation type="unfinished">
            <numerusform>کیا %1 کا &quot;%2&quot; میں درج کردہ %Ln نتیجہ واپس لیں؟</numerusform>
            <numerusform>کیا %1 کے &quot;%2&quot; میں درج کردہ تمام %Ln نتائج واپس لیں؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Their results will no longer count. The people they recorded are reopened, to be called or visited again, and the pledges to vote and the opt-outs that only their results made are lifted. This cannot be undone.</source>
        <translation type="unfinished">ان کے نتائج اب شمار نہیں ہوں گے۔ جن افراد کو انہوں نے درج کیا وہ دوبارہ کھل جائیں گے تاکہ پھر کال یا ملاقات ہو، اور ووٹ کے وہ عہد اور رابطہ نہ کرنے کی وہ درخواستیں ہٹ جائیں گی جو صرف ان کے نتائج سے بنیں۔ یہ کالعدم نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Flagged: %1.</source>
        <comment>why the work looks implausible</comment>
        <translation type="unfinished">انتباہ: %1۔</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation type="unfinished">&amp;واپس لیں</translation>
    </message>
    <message>
        <source>Cannot roll back the results</source>
        <translation type="unfinished">نتائج واپس نہیں لیے جا سکے</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %Ln results by %1.</source>
        <translation type="unfinished">
            <numerusform>%1 کا %Ln نتیجہ واپس لیا گیا۔</numerusform>
            <numerusform>%1 کے %Ln نتائج واپس لیے گئے۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CampaignsPage</name>
    <message>
        <source>Who Is Calling?</source>
        <translation>کون کال کر رہا ہے؟</translation>
    </message>
    <message>
        <source>Your name, as the organizer gave you your part of the list. It is asked once and kept on this computer.</source>
        <translation>آپ کا نام، جس سے منتظم نے آپ کو فہرست کا حصہ دیا۔ یہ ایک بار پوچھا جاتا ہے اور اسی کمپیوٹر پر رکھا جاتا ہے۔</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>ابھی کوئی مہم نہیں</translation>
    </message>
    <message>
        <source>A campaign is a phone bank, a door-knocking effort or a get-out-the-vote drive: a list of people built from your contacts, a script with its questions, and volunteers who work through the list, offline, each result saved the moment it is entered.</source>
        <translation>مہم سے مراد فون بینک، گھر گھر دستک یا ووٹ ڈلوانے کی مہم ہے: آپ کے رابطوں سے بنی لوگوں کی فہرست، سوالات کے ساتھ ایک اسکرپٹ، اور رضاکار جو آف لائن فہرست پر کام کرتے ہیں؛ ہر نتیجہ درج ہوتے ہی محفوظ ہو جاتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;ایک نئی مہم…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;اصلاح…</translation>
    </message>
    <message>
        <source>&amp;Build List…</source>
        <translation>&amp;افراد کی فہرست بنائیں…</translation>
    </message>
    <message>
        <source>&amp;Assign Callers…</source>
        <translation>کال کرنے &amp;والوں میں تقسیم…</translation>
    </message>
    <message>
        <source>C&amp;lose Campaign…</source>
        <translation>&amp;اختتامِ مہم…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>مہمات</translation>
    </message>
    <message>
        <source>Start &amp;Calling (Ctrl+Enter)</source>
        <translation>کال شر&amp;وع کریں (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The caller&apos;s window: the next person on your part of the list, the script, and the results by keys. Works without a network.</source>
        <translation>کال کرنے والے کی کھڑکی: فہرست میں آپ کے حصے کا اگلا شخص، اسکرپٹ، اور کلیدوں سے نتائج۔ نیٹ ورک کے بغیر کام کرتی ہے۔</translation>
    </message>
    <message>
        <source>Enter &amp;Results from Paper…</source>
        <translation>کاغذ سے نتائج &amp;درج کریں…</translation>
    </message>
    <message>
        <source>For a door list walked on paper: find each person, then type their result and answers.</source>
        <translation>کاغذ پر کی گئی گھر گھر فہرست کے لیے: ہر شخص تلاش کریں، پھر اس کا نتیجہ اور جوابات لکھیں۔</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>فہرست کے لوگ</translation>
    </message>
    <message>
        <source>Find on the list</source>
        <translation>فہرست میں تلاش</translation>
    </message>
    <message>
        <source>Find on the list by name or number</source>
        <translation>نام یا نمبر سے فہرست میں تلاش</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>سوالات اور جوابات</translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation>تعارف:</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>&amp;افراد کی فہرست</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;اسکرپٹ</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>پیش &amp;رفت</translation>
    </message>
    <message>
        <source>Cannot show the campaigns</source>
        <translation>مہمات دکھائی نہیں جا سکتیں</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished">%1 (بند)</translation>
    </message>
    <message>
        <source>The list is empty: build it from your contacts with Build List.</source>
        <translation>فہرست خالی ہے: «فہرست بنائیں» سے اپنے رابطوں سے بنائیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people on the list, %1 done, %2 not given to a caller yet.</source>
        <translation>
            <numerusform>فہرست میں: %Ln، مکمل: %1، ابھی کسی کو نہیں دیے گئے: %2۔</numerusform>
            <numerusform>فہرست میں: %Ln، مکمل: %1، ابھی کسی کو نہیں دیے گئے: %2۔</numerusform>
        </translation>
    </message>
    <message>
        <source>No introduction.</source>
        <translation>کوئی تعارف نہیں۔</translation>
    </message>
    <message>
        <source>Re&amp;open Campaign</source>
        <translation>مہم &amp;دوبارہ کھولیں</translation>
    </message>
    <message>
        <source>Close Campaign</source>
        <translation>مہم بند کریں</translation>
    </message>
    <message>
        <source>Close %1? Callers can no longer record results for it, and every assignment ends. Its results stay, and it can be reopened.</source>
        <translation>%1 بند کریں؟ کال کرنے والے اس کے نتائج درج نہیں کر سکیں گے، اور تمام تفویض ختم ہو جائیں گی۔ اس کے نتائج باقی رہیں گے، اور اسے دوبارہ کھولا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Cannot close the campaign</source>
        <translation>مہم بند نہیں ہو سکی</translation>
    </message>
    <message>
        <source>Cannot remember your name</source>
        <translation>آپ کا نام یاد نہیں رکھا جا سکا</translation>
    </message>
    <message>
        <source>&amp;Turnout</source>
        <translation>ٹ&amp;رن آؤٹ</translation>
    </message>
    <message>
        <source>&amp;Walk Lists</source>
        <translation>&amp;واک لسٹیں</translation>
    </message>
</context>
<context>
    <name>majlis::CampusDialog</name>
    <message>
        <source>Campus of %1</source>
        <translation type="unfinished">%1 کی عمارتیں</translation>
    </message>
    <message>
        <source>Buildings of one walking group are a short walk apart; going to another group takes longer. The walking minutes on the day&apos;s Details tab apply.</source>
        <translation type="unfinished">ایک پیدل گروپ کی عمارتیں تھوڑے فاصلے پر ہوتی ہیں؛ دوسرے گروپ تک جانے میں زیادہ وقت لگتا ہے۔ دن کے تفصیلات ٹیب پر دیے گئے پیدل منٹ لاگو ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>The U.S. Capitol&apos;s buildings are built in: the Senate&apos;s and the House&apos;s office buildings and the Capitol. List buildings here only to replace them.</source>
        <translation type="unfinished">امریکی کیپیٹل کی عمارتیں پہلے سے شامل ہیں: سینیٹ اور ایوانِ نمائندگان کی دفتری عمارتیں اور کیپیٹل۔ یہاں عمارتیں صرف انہیں بدلنے کے لیے درج کریں۔</translation>
    </message>
    <message>
        <source>No buildings listed: every office is taken to be in the capitol.</source>
        <translation type="unfinished">کوئی عمارت درج نہیں: ہر دفتر کو کیپیٹل میں سمجھا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">عمارت</translation>
    </message>
    <message>
        <source>Walking group</source>
        <translation type="unfinished">پیدل گروپ</translation>
    </message>
    <message>
        <source>Buildings of the capitol</source>
        <translation type="unfinished">کیپیٹل کی عمارتیں</translation>
    </message>
    <message>
        <source>&amp;Add Building</source>
        <translation type="unfinished">عمارت &amp;شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Remove Building</source>
        <translation type="unfinished">عمارت &amp;ہٹائیں</translation>
    </message>
    <message>
        <source>Cannot save the campus</source>
        <translation type="unfinished">عمارتیں محفوظ نہیں ہو سکیں</translation>
    </message>
</context>
<context>
    <name>majlis::CandidateDelegate</name>
    <message>
        <source>District of %1</source>
        <translation type="unfinished">%1 کا حلقہ</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlaceDelegate</name>
    <message>
        <source>Follow the workspace</source>
        <translation type="unfinished">ورک اسپیس کی پیروی کریں</translation>
    </message>
    <message>
        <source>Empty: follow the workspace</source>
        <translation type="unfinished">خالی: ورک اسپیس کی پیروی کریں</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlacesModel</name>
    <message>
        <source>None: numbers without + are kept as typed</source>
        <translation type="unfinished">کوئی نہیں: + کے بغیر نمبر جیسے لکھے گئے ویسے ہی رکھے جاتے ہیں</translation>
    </message>
    <message>
        <source>Workspace&apos;s: %1</source>
        <translation type="unfinished">ورک اسپیس کا: %1</translation>
    </message>
    <message>
        <source>Not set for this chapter: it follows the workspace&apos;s setting above. Double-click to set one.</source>
        <translation type="unfinished">اس چیپٹر کے لیے مقرر نہیں: یہ اوپر دی گئی ورک اسپیس کی ترتیب کی پیروی کرتی ہے۔ مقرر کرنے کے لیے ڈبل کلک کریں۔</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">چیپٹر</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">فون نمبروں کا ملک</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished">ٹائم زون</translation>
    </message>
</context>
<context>
    <name>majlis::CheckInWindow</name>
    <message>
        <source>Check-in: %1</source>
        <translation type="unfinished">چیک اِن: %1</translation>
    </message>
    <message>
        <source>Type a name, email or phone, then press Enter</source>
        <translation type="unfinished">نام، ای میل یا فون لکھیں، پھر Enter دبائیں</translation>
    </message>
    <message>
        <source>Find the person arriving</source>
        <translation type="unfinished">آنے والے شخص کو تلاش کریں</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">ملنے والے افراد</translation>
    </message>
    <message>
        <source>New Walk-in (Ctrl+N)</source>
        <translation type="unfinished">نیا واک اِن (Ctrl+N)</translation>
    </message>
    <message>
        <source>Undo Last Check-in (Ctrl+Z)</source>
        <translation type="unfinished">آخری چیک اِن واپس لیں (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close Check-in (Esc)</source>
        <translation type="unfinished">چیک اِن بند کریں (Esc)</translation>
    </message>
    <message>
        <source>May we email you?</source>
        <translation type="unfinished">کیا ہم آپ کو ای میل کر سکتے ہیں؟</translation>
    </message>
    <message>
        <source>May we text you?</source>
        <translation type="unfinished">کیا ہم آپ کو ٹیکسٹ پیغام بھیج سکتے ہیں؟</translation>
    </message>
    <message>
        <source>May we use photos of you?</source>
        <translation type="unfinished">کیا ہم آپ کی تصاویر استعمال کر سکتے ہیں؟</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">&amp;پہلا نام:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">&amp;خاندانی نام:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished">&amp;فون:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished">&amp;ای میل:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished">رضامندی:</translation>
    </message>
    <message>
        <source>Already a contact?</source>
        <translation type="unfinished">پہلے سے رابطہ ہیں؟</translation>
    </message>
    <message>
        <source>&amp;Add and Check In</source>
        <translation type="unfinished">&amp;شامل کریں اور چیک اِن کریں</translation>
    </message>
    <message>
        <source>Back to Search (Esc)</source>
        <translation type="unfinished">تلاش پر واپس (Esc)</translation>
    </message>
    <message>
        <source>Already a contact? Double-click to check them in instead:</source>
        <translation type="unfinished">پہلے سے رابطہ ہیں؟ اس کے بجائے انہیں چیک اِن کرنے کے لیے ڈبل کلک کریں:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>%1 (already checked in)</source>
        <translation type="unfinished">%1 (پہلے ہی چیک اِن ہو چکے ہیں)</translation>
    </message>
    <message>
        <source>%1 (not registered)</source>
        <translation type="unfinished">%1 (رجسٹرڈ نہیں)</translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to add &quot;%1&quot; as a walk-in.</source>
        <translation type="unfinished">کوئی نہیں ملا۔ &quot;%1&quot; کو واک اِن کے طور پر شامل کرنے کے لیے Ctrl+N دبائیں۔</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">محفوظ نہیں ہوا: %1</translation>
    </message>
    <message>
        <source>%1 was already checked in.</source>
        <translation type="unfinished">%1 پہلے ہی چیک اِن ہو چکے تھے۔</translation>
    </message>
    <message>
        <source>✓ %1 is checked in.</source>
        <translation type="unfinished">✓ %1 چیک اِن ہو گئے۔</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation type="unfinished">کالعدم نہیں ہوا: %1</translation>
    </message>
    <message>
        <source>Check-in of %1 taken back.</source>
        <translation type="unfinished">%1 کا چیک اِن واپس لے لیا گیا۔</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished">%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1, already checked in</source>
        <translation type="unfinished">%1، پہلے ہی چیک اِن ہو چکے ہیں</translation>
    </message>
    <message>
        <source>&amp;Add as a New Person Anyway</source>
        <translation type="unfinished">پھر بھی نئے &amp;شخص کے طور پر شامل کریں</translation>
    </message>
    <message>
        <source>check-in at %1</source>
        <translation type="unfinished">%1 پر چیک اِن</translation>
    </message>
    <message>
        <source>✓ %1 is added and checked in.</source>
        <translation type="unfinished">✓ %1 شامل اور چیک اِن ہو گئے۔</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation type="unfinished">%2 میں سے %1 نشستیں پُر</translation>
    </message>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation type="unfinished">
            <numerusform>%n چیک اِن ہوا</numerusform>
            <numerusform>%n چیک اِن ہوئے</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CoalitionMap</name>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">موضوعاتی شعبے کے لحاظ سے شراکت دار</translation>
    </message>
    <message>
        <source>Issue area and partners</source>
        <translation type="unfinished">موضوعاتی شعبہ اور شراکت دار</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">شراکت دار</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">قسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">حیثیت</translation>
    </message>
    <message>
        <source>No issue area</source>
        <translation type="unfinished">کوئی موضوعاتی شعبہ نہیں</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners view, with their issue areas.</source>
        <translation type="unfinished">ابھی کوئی شراکت دار نہیں: انہیں ان کے موضوعاتی شعبوں کے ساتھ شراکت دار منظر میں شامل کریں۔</translation>
    </message>
    <message>
        <source>%1 across %2</source>
        <comment>partners across issue areas</comment>
        <translation type="unfinished">%2 میں %1</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n شراکت دار</numerusform>
            <numerusform>%n شراکت دار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue area(s)</source>
        <translation type="unfinished">
            <numerusform>%n موضوعاتی شعبہ</numerusform>
            <numerusform>%n موضوعاتی شعبے</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::ColumnMappingTable</name>
    <message>
        <source>Column</source>
        <translation type="unfinished">کالم</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished">پہلی قطاریں</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished">بطور درآمد کریں</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation type="unfinished">کالم %1 کو بطور درآمد کریں</translation>
    </message>
</context>
<context>
    <name>majlis::ConflictLogDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation type="unfinished">ہم آہنگی کے ٹکراؤ</translation>
    </message>
    <message>
        <source>When two laptops change the same field before they sync, the later edit is kept and the other is listed here. Restoring a lost value puts it back, and it then syncs like any other edit.</source>
        <translation type="unfinished">جب دو لیپ ٹاپ ہم آہنگ ہونے سے پہلے ایک ہی خانے میں تبدیلی کریں تو بعد والی ترمیم رکھی جاتی ہے اور دوسری یہاں درج ہوتی ہے۔ کھوئی ہوئی قدر بحال کرنے سے وہ واپس آ جاتی ہے، اور پھر کسی بھی دوسری ترمیم کی طرح ہم آہنگ ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">ٹکراؤ</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished">حل شدہ &amp;دکھائیں</translation>
    </message>
    <message>
        <source>Restore &amp;Lost Value</source>
        <translation type="unfinished">کھوئی ہوئی قدر &amp;بحال کریں</translation>
    </message>
    <message>
        <source>Put the lost value back into the record, replacing the kept one.</source>
        <translation type="unfinished">کھوئی ہوئی قدر کو رکھی گئی قدر کی جگہ ریکارڈ میں واپس لاتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation type="unfinished">موجودہ &amp;رکھیں</translation>
    </message>
    <message>
        <source>Leave the record as it is and close the entry.</source>
        <translation type="unfinished">ریکارڈ کو جیسا ہے ویسا چھوڑ دیتا ہے اور اندراج بند کر دیتا ہے۔</translation>
    </message>
    <message>
        <source>No conflicts: every edit from every laptop was kept.</source>
        <translation type="unfinished">کوئی ٹکراؤ نہیں: ہر لیپ ٹاپ کی ہر ترمیم رکھی گئی۔</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished">بحال نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Cannot keep the current value</source>
        <translation type="unfinished">موجودہ قدر نہیں رکھی جا سکی</translation>
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
        <translation type="unfinished">ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">نہیں</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">رابطہ</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">شراکت دار</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">تقریب</translation>
    </message>
    <message>
        <source>Advocacy day</source>
        <translation type="unfinished">ایڈووکیسی کا دن</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">چیپٹر</translation>
    </message>
    <message>
        <source>Sign-on letter</source>
        <translation type="unfinished">دستخطی خط</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">یہ لیپ ٹاپ</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation type="unfinished">لیپ ٹاپ %1</translation>
    </message>
    <message>
        <source>Edit made %1; logged %2.</source>
        <translation type="unfinished">ترمیم %1 کو کی گئی؛ %2 کو درج ہوئی۔</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">ریکارڈ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">خانہ</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished">رکھی گئی قدر</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation type="unfinished">کھوئی ہوئی قدر</translation>
    </message>
    <message>
        <source>From laptop</source>
        <translation type="unfinished">کس لیپ ٹاپ سے</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">کب</translation>
    </message>
</context>
<context>
    <name>majlis::ContactDetailPane</name>
    <message>
        <source>Added to Majlis</source>
        <translation type="unfinished">Majlis میں شامل کیا گیا</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">حذف کیا گیا</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished">بحال کیا گیا</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation type="unfinished">%1 کے ساتھ ضم کیا گیا</translation>
    </message>
    <message>
        <source>Came to %1</source>
        <translation type="unfinished">%1 میں آئے</translation>
    </message>
    <message>
        <source>Tagged: %1</source>
        <translation type="unfinished">ٹیگ لگائے گئے: %1</translation>
    </message>
    <message>
        <source>Tags removed: %1</source>
        <translation type="unfinished">ٹیگ ہٹائے گئے: %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>emails</source>
        <translation type="unfinished">ای میلز</translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished">فون</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">پتا</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">حلقہ</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation type="unfinished">چیپٹر</translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished">زبانیں</translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished">تنظیم</translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished">ٹیگ</translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished">رضامندی</translation>
    </message>
    <message>
        <source>skills and interests</source>
        <translation type="unfinished">مہارتیں اور دلچسپیاں</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished">نوٹس</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished">تاریخِ پیدائش</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation type="unfinished">ترمیم شدہ: %1</translation>
    </message>
    <message>
        <source>Select a contact to see and edit it here,
or press Ctrl+N to add one.</source>
        <translation type="unfinished">یہاں دیکھنے اور ترمیم کرنے کے لیے کوئی رابطہ منتخب کریں،
یا نیا شامل کرنے کے لیے Ctrl+N دبائیں۔</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">تاریخچہ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation type="unfinished">تبدیلیاں محفوظ کریں (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;تبدیلیاں رد کریں</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>history entry: date, what happened</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished">حلقے</translation>
    </message>
    <message>
        <source>Marked do not contact: %1</source>
        <translation>رابطہ نہ کرنے کا نشان لگا: %1</translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation>دوبارہ رابطہ کیا جا سکتا ہے</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not contact&lt;/b&gt; (%1): left out of every list, calling export and campaign.</source>
        <translation>&lt;b&gt;رابطہ نہ کریں&lt;/b&gt; (%1): ہر فہرست، کال ایکسپورٹ اور مہم سے باہر۔</translation>
    </message>
    <message>
        <source>Allow Contact &amp;Again…</source>
        <translation>&amp;دوبارہ رابطے کی اجازت…</translation>
    </message>
    <message>
        <source>Do &amp;Not Contact</source>
        <translation>&amp;رابطہ نہ کریں</translation>
    </message>
    <message>
        <source>The person asked to be contacted again, or the mark was a mistake</source>
        <translation>اس شخص نے دوبارہ رابطے کا کہا، یا نشان غلطی سے لگا تھا</translation>
    </message>
    <message>
        <source>Leave this person out of every list and campaign from now on</source>
        <translation>اب سے اس شخص کو ہر فہرست اور مہم سے باہر رکھیں</translation>
    </message>
    <message>
        <source>Do Not Contact</source>
        <translation>رابطہ نہ کریں</translation>
    </message>
    <message>
        <source>Allow Contact Again</source>
        <translation>دوبارہ رابطے کی اجازت</translation>
    </message>
    <message>
        <source>%1 is marked &quot;%2&quot;. Allow contacting them again? Only do this when they asked for it.</source>
        <translation>%1 پر &quot;%2&quot; کا نشان ہے۔ کیا دوبارہ رابطے کی اجازت دیں؟ یہ صرف تب کریں جب انہوں نے خود کہا ہو۔</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>question: answers</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the answers to two questions</comment>
        <translation>؛ </translation>
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
        <translation type="unfinished">پوسٹ کوڈ %1 پر پھیلا ہے</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">نامعلوم</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished">%1 میں سے ایک</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">%1 سے</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">مقننہ</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">ایوان</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">حلقہ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">حیثیت</translation>
    </message>
</context>
<context>
    <name>majlis::ContactDistrictsPanel</name>
    <message>
        <source>%1, %2</source>
        <comment>a legislature and its chamber</comment>
        <translation type="unfinished">%1، %2</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished">حلقے</translation>
    </message>
    <message>
        <source>Look &amp;Up from ZIP</source>
        <translation type="unfinished">زپ سے &amp;تلاش</translation>
    </message>
    <message>
        <source>Find the districts from the contact&apos;s ZIP code, offline</source>
        <translation type="unfinished">رابطے کے زپ کوڈ سے حلقے معلوم کریں، آف لائن</translation>
    </message>
    <message>
        <source>Set Dis&amp;trict…</source>
        <translation type="unfinished">حلقہ &amp;مقرر کریں…</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished">&amp;تصدیق</translation>
    </message>
    <message>
        <source>The selected district is right</source>
        <translation type="unfinished">منتخب حلقہ درست ہے</translation>
    </message>
    <message>
        <source>Check &amp;Later</source>
        <translation type="unfinished">&amp;بعد میں جانچیں</translation>
    </message>
    <message>
        <source>List the selected district among those to check</source>
        <translation type="unfinished">منتخب حلقے کو جانچنے والوں میں شامل کریں</translation>
    </message>
    <message>
        <source>Save or revert the contact&apos;s edits first</source>
        <translation type="unfinished">پہلے رابطے کی تبدیلیاں محفوظ کریں یا واپس لیں</translation>
    </message>
    <message>
        <source>%1 has no postal code yet: enter it above and save, then look up the districts.</source>
        <translation type="unfinished">%1 کا ابھی کوئی پوسٹل کوڈ نہیں: اوپر درج کر کے محفوظ کریں، پھر حلقے تلاش کریں۔</translation>
    </message>
    <message>
        <source>Look Up Districts of %1</source>
        <translation type="unfinished">%1 کے حلقے تلاش کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) found from postcode %1, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>پوسٹ کوڈ %1 سے %n حلقے ملے، اندازاً نشان زد۔</numerusform>
            <numerusform>پوسٹ کوڈ %1 سے %n حلقے ملے، اندازاً نشان زد۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) chosen among the candidates.</source>
        <translation type="unfinished">
            <numerusform>امیدواروں میں سے %n حلقے منتخب ہوئے۔</numerusform>
            <numerusform>امیدواروں میں سے %n حلقے منتخب ہوئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) still to choose: the postcode spans several. Look up again to choose.</source>
        <translation type="unfinished">
            <numerusform>%n حلقے ابھی منتخب کرنے ہیں: پوسٹ کوڈ کئی پر پھیلا ہے۔ منتخب کرنے کے لیے دوبارہ تلاش کریں۔</numerusform>
            <numerusform>%n حلقے ابھی منتخب کرنے ہیں: پوسٹ کوڈ کئی پر پھیلا ہے۔ منتخب کرنے کے لیے دوبارہ تلاش کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>No district file knows postcode %1 for %2. A ZIP code of post office boxes only has no area; for a legislature without a file, import one with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate), then look up again.</source>
        <translation type="unfinished">کوئی حلقہ فائل %2 کے لیے پوسٹ کوڈ %1 نہیں جانتی۔ صرف پوسٹ آفس باکس والے زپ کوڈ کا کوئی علاقہ نہیں ہوتا؛ جس مقننہ کی فائل نہ ہو اس کے لیے &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (یا senate) سے فائل درآمد کریں، پھر دوبارہ تلاش کریں۔</translation>
    </message>
    <message>
        <source>ZIP code %1 lies only in %2, not in the contact&apos;s state: check the address.</source>
        <translation type="unfinished">زپ کوڈ %1 صرف %2 میں ہے، رابطے کی ریاست میں نہیں: پتہ جانچیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) entered by hand or confirmed were kept; choose Check Later on one to let a look-up replace it.</source>
        <translation type="unfinished">
            <numerusform>ہاتھ سے درج یا تصدیق شدہ %n حلقے برقرار رکھے گئے؛ کسی کو تلاش سے بدلنے کے لیے اس پر «بعد میں جانچیں» منتخب کریں۔</numerusform>
            <numerusform>ہاتھ سے درج یا تصدیق شدہ %n حلقے برقرار رکھے گئے؛ کسی کو تلاش سے بدلنے کے لیے اس پر «بعد میں جانچیں» منتخب کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The districts of postcode %1 were already set.</source>
        <translation type="unfinished">پوسٹ کوڈ %1 کے حلقے پہلے سے مقرر تھے۔</translation>
    </message>
    <message>
        <source>No legislature here has a postcode file for the contact&apos;s country.</source>
        <translation type="unfinished">یہاں کسی مقننہ کے پاس رابطے کے ملک کی پوسٹ کوڈ فائل نہیں۔</translation>
    </message>
    <message>
        <source>Set District of %1</source>
        <translation type="unfinished">%1 کا حلقہ مقرر کریں</translation>
    </message>
    <message>
        <source>Confirm District of %1</source>
        <translation type="unfinished">%1 کے حلقے کی تصدیق</translation>
    </message>
    <message>
        <source>Check District of %1 Later</source>
        <translation type="unfinished">%1 کا حلقہ بعد میں جانچیں</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditor</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">پہلا نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">خاندانی نام</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">پسندیدہ نام</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation type="unfinished">وہ کس نام سے پکارا جانا پسند کرتے ہیں</translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished">گھر</translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished">کام</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">دیگر</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation type="unfinished">ای میل شامل کریں</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">ای میل پتا</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished">موبائل</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished">فون شامل کریں</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">فون نمبر</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">چیپٹر</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">گلی</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">شہر</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">ریاست یا علاقہ</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">پوسٹل کوڈ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">ملک</translation>
    </message>
    <message>
        <source>Two letters, such as US</source>
        <translation type="unfinished">دو حروف، جیسے US</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">امریکی ریاست</translation>
    </message>
    <message>
        <source>MI</source>
        <translation type="unfinished">MI</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">کانگریشنل حلقہ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">نامعلوم</translation>
    </message>
    <message>
        <source>0 for an at-large seat</source>
        <translation type="unfinished">at-large نشست کے لیے 0</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">زبانیں</translation>
    </message>
    <message>
        <source>Comma-separated, such as ar, en</source>
        <translation type="unfinished">کوما سے الگ، جیسے ar, en</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">تنظیم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">کردار</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">ٹیگ</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation type="unfinished">کوما سے الگ</translation>
    </message>
    <message>
        <source>Volunteer skills</source>
        <translation type="unfinished">رضاکارانہ مہارتیں</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">دلچسپیاں</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">نوٹس</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished">مسائل</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">&amp;پہلا نام:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">&amp;خاندانی نام:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished">&amp;پسندیدہ نام:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation type="unfinished">&amp;ای میلز:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation type="unfinished">&amp;فون:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;چیپٹر:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished">حلقہ:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished">گلی:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">شہر:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">علاقہ:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished">پوسٹل کوڈ:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished">ملک:</translation>
    </message>
    <message>
        <source>U.S. &amp;state:</source>
        <translation type="unfinished">امریکی &amp;ریاست:</translation>
    </message>
    <message>
        <source>Address and district</source>
        <translation type="unfinished">پتا اور حلقہ</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished">&amp;زبانیں:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished">&amp;تنظیم:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;کردار:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">&amp;ٹیگ:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation type="unfinished">&amp;مہارتیں:</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation type="unfinished">&amp;دلچسپیاں:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;نوٹس:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">رضامندی</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished">درج شدہ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">تاریخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">ذریعہ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ای میل</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation type="unfinished">ٹیکسٹ پیغامات</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation type="unfinished">فون کالز</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished">تصاویر</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">درج نہیں</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished">دی گئی</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">انکار</translation>
    </message>
    <message>
        <source>Consent to %1</source>
        <translation type="unfinished">%1 کے لیے رضامندی</translation>
    </message>
    <message>
        <source>Date of consent to %1</source>
        <translation type="unfinished">%1 کے لیے رضامندی کی تاریخ</translation>
    </message>
    <message>
        <source>Sign-up form, event, call…</source>
        <translation type="unfinished">سائن اپ فارم، تقریب، کال…</translation>
    </message>
    <message>
        <source>Source of consent to %1</source>
        <translation type="unfinished">%1 کے لیے رضامندی کا ذریعہ</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">کوئی چیپٹر نہیں</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditorDialog</name>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">نیا رابطہ</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation type="unfinished">رابطہ محفوظ نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>majlis::ContactExportDialog</name>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">روابط برآمد کریں</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation type="unfinished">کون سے روابط</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>&amp;تمام %n رابطہ</numerusform>
            <numerusform>&amp;تمام %n روابط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n contact(s) &amp;listed now</source>
        <translation type="unfinished">
            <numerusform>ابھی &amp;فہرست میں موجود %n رابطہ</numerusform>
            <numerusform>ابھی &amp;فہرست میں موجود %n روابط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n &amp;منتخب رابطہ</numerusform>
            <numerusform>%n &amp;منتخب روابط</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished">CSV اسپریڈشیٹ</translation>
    </message>
    <message>
        <source>vCard 4.0 (address books)</source>
        <translation type="unfinished">vCard 4.0 (ایڈریس بکس)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older address books)</source>
        <translation type="unfinished">vCard 3.0 (پرانی ایڈریس بکس)</translation>
    </message>
    <message>
        <source>vCard 2.1 (old phones and Outlook)</source>
        <translation type="unfinished">vCard 2.1 (پرانے فون اور Outlook)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">&amp;فارمیٹ:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished">&amp;برآمد کریں…</translation>
    </message>
</context>
<context>
    <name>majlis::ContactField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">درآمد نہ کریں</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">پہلا نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">خاندانی نام</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">پورا نام</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">پسندیدہ نام</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ای میل</translation>
    </message>
    <message>
        <source>Home email</source>
        <translation type="unfinished">گھر کی ای میل</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation type="unfinished">کام کی ای میل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">فون</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished">موبائل فون</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished">گھر کا فون</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished">کام کا فون</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">گلی</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">شہر</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">ریاست یا علاقہ</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">پوسٹل کوڈ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">ملک</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">امریکی ریاست</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">کانگریشنل حلقہ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">تنظیم</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation type="unfinished">کردار یا عہدہ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">ٹیگ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">نوٹس</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">تاریخِ پیدائش</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">زبانیں</translation>
    </message>
    <message>
        <source>Department (added to the role)</source>
        <translation type="unfinished">شعبہ (کردار میں شامل کیا جاتا ہے)</translation>
    </message>
    <message>
        <source>Whole address (used when there is no street)</source>
        <translation type="unfinished">پورا پتا (جب گلی نہ ہو تو استعمال ہوتا ہے)</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation type="unfinished">گلی، دوسری سطر</translation>
    </message>
    <message>
        <source>Label of the next email</source>
        <translation type="unfinished">اگلی ای میل کا لیبل</translation>
    </message>
    <message>
        <source>Label of the next phone</source>
        <translation type="unfinished">اگلے فون کا لیبل</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished">پیدائش کا سال</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation type="unfinished">پیدائش کا مہینہ</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation type="unfinished">پیدائش کا دن</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished">رابطہ نہ کریں</translation>
    </message>
</context>
<context>
    <name>majlis::ContactPickerDialog</name>
    <message>
        <source>Register Attendees</source>
        <translation type="unfinished">شرکاء رجسٹر کریں</translation>
    </message>
    <message>
        <source>Search by name, email, phone or tag</source>
        <translation type="unfinished">نام، ای میل، فون یا ٹیگ سے تلاش کریں</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;تلاش:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;کردار:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished">&amp;رجسٹر کریں</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation type="unfinished">کوئی رابطہ میل نہیں کھاتا۔</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">روابط</translation>
    </message>
</context>
<context>
    <name>majlis::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ای میل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">فون</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">چیپٹر</translation>
    </message>
    <message>
        <source>District</source>
        <comment>congressional district</comment>
        <translation type="unfinished">حلقہ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">تنظیم</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">ٹیگ</translation>
    </message>
    <message>
        <source>%1 — do not contact (%2)</source>
        <translation>%1 — رابطہ نہ کریں (%2)</translation>
    </message>
</context>
<context>
    <name>majlis::ContactsPage</name>
    <message>
        <source>Search names, emails, phones, tags, notes… (Ctrl+F)</source>
        <translation type="unfinished">نام، ای میل، فون، ٹیگ، نوٹس تلاش کریں… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished">روابط تلاش کریں</translation>
    </message>
    <message>
        <source>Filter by chapter</source>
        <translation type="unfinished">چیپٹر کے لحاظ سے فلٹر کریں</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished">ٹیگ کے لحاظ سے فلٹر کریں</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">نیا رابطہ</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation type="unfinished">رابطہ شامل کریں (Ctrl+N)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">روابط</translation>
    </message>
    <message>
        <source>contacts.%1</source>
        <translation type="unfinished">contacts.%1</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">روابط برآمد کریں</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">تمام چیپٹر</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished">تمام ٹیگ</translation>
    </message>
    <message>
        <source>No contacts match the search and filters.</source>
        <translation type="unfinished">تلاش اور فلٹرز سے کوئی رابطہ میل نہیں کھاتا۔</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add the first one, or try File &gt; New Demo Workspace to explore Majlis with fictional data.</source>
        <translation type="unfinished">ابھی کوئی رابطہ نہیں۔
پہلا رابطہ شامل کرنے کے لیے Ctrl+N دبائیں، یا فرضی ڈیٹا کے ساتھ Majlis دیکھنے کے لیے فائل &gt; نئی ڈیمو ورک اسپیس آزمائیں۔</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">غیر محفوظ تبدیلیاں</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished">%1 میں تبدیلیاں محفوظ کریں؟</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished">%1 کو حذف کریں؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)?</source>
        <translation type="unfinished">
            <numerusform>%n رابطہ حذف کریں؟</numerusform>
            <numerusform>%n روابط حذف کریں؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation type="unfinished">روابط حذف کریں</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation type="unfinished">آپ اسے ترمیم &gt; کالعدم کریں (Ctrl+Z) سے واپس لے سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">حذف کریں</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation type="unfinished">ٹیگ شامل کریں</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n contact(s), separated by commas:</source>
        <translation type="unfinished">
            <numerusform>%n رابطے میں شامل کرنے کے لیے ٹیگ، کوما سے الگ کر کے:</numerusform>
            <numerusform>%n روابط میں شامل کرنے کے لیے ٹیگ، کوما سے الگ کر کے:</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>Export a Person&apos;s Data</source>
        <translation type="unfinished">کسی شخص کا ڈیٹا برآمد کریں</translation>
    </message>
    <message>
        <source>Select one contact first.</source>
        <translation type="unfinished">پہلے ایک رابطہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>%1 - data.json</source>
        <translation type="unfinished">%1 - ڈیٹا.json</translation>
    </message>
    <message>
        <source>Export Everything About %1</source>
        <translation type="unfinished">%1 کے بارے میں سب کچھ برآمد کریں</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2. It is personal data: send it only to them.</source>
        <translation type="unfinished">%1 کے بارے میں محفوظ ہر چیز %2 میں لکھ دی گئی۔ یہ ذاتی ڈیٹا ہے: اسے صرف اسی شخص کو بھیجیں۔</translation>
    </message>
    <message>
        <source>Erase a Person</source>
        <translation type="unfinished">کسی شخص کا ڈیٹا مٹائیں</translation>
    </message>
    <message>
        <source>Erase everything held about %1?</source>
        <translation type="unfinished">کیا %1 کے بارے میں محفوظ ہر چیز مٹا دی جائے؟</translation>
    </message>
    <message>
        <source>Their contact, emails, phones, tags, consents, history, registrations and advocacy-day roles are removed from this workspace, and from every laptop and the server at their next sync. This cannot be undone. If they asked for a copy, export it first.</source>
        <translation type="unfinished">ان کا رابطہ، ای میلز، فون، ٹیگز، رضامندیاں، تاریخچہ، رجسٹریشنز اور ایڈوکیسی ڈے کے کردار اس ورک اسپیس سے، اور اگلی سنک پر ہر لیپ ٹاپ اور سرور سے ہٹا دیے جاتے ہیں۔ اسے واپس نہیں کیا جا سکتا۔ اگر انہوں نے نقل مانگی ہے تو پہلے اسے برآمد کریں۔</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished">میں سمجھتا/سمجھتی ہوں کہ اسے واپس نہیں کیا جا سکتا</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished">مٹائیں</translation>
    </message>
    <message numerus="yes">
        <source>Erased %1 and %n row(s) about them.</source>
        <translation type="unfinished">
            <numerusform>%1 اور ان کے بارے میں %n قطاریں مٹا دی گئیں۔</numerusform>
            <numerusform>%1 اور ان کے بارے میں %n قطاریں مٹا دی گئیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n contact(s) listed</source>
        <translation type="unfinished">
            <numerusform>درج شدہ %n رابطے</numerusform>
            <numerusform>درج شدہ %n رابطے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n منتخب رابطے</numerusform>
            <numerusform>%n منتخب رابطے</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::DayDashboard</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">مطالبے کے لحاظ سے نتائج</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">درج نہیں</translation>
    </message>
    <message>
        <source>Held meetings that recorded nothing for this ask</source>
        <translation type="unfinished">منعقدہ ملاقاتیں جن میں اس مطالبے کے لیے کچھ درج نہیں ہوا</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation type="unfinished">کوئی فالو اپ باقی نہیں۔</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished">باقی فالو اپ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">مکمل</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">تفصیل</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">آخری تاریخ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">دفتر</translation>
    </message>
    <message>
        <source>Tick a follow-up off once it is done</source>
        <translation type="unfinished">فالو اپ مکمل ہونے پر اس پر نشان لگائیں</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">کوئی ایڈووکیسی کا دن منتخب نہیں۔</translation>
    </message>
    <message>
        <source>Meetings held: %1 of %2 scheduled</source>
        <translation type="unfinished">منعقدہ ملاقاتیں: %2 طے شدہ میں سے %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished">منسوخ: %1</translation>
    </message>
    <message>
        <source>Reports received: %1 of %2 held</source>
        <translation type="unfinished">موصول رپورٹیں: %2 منعقدہ میں سے %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">تاخیر شدہ</translation>
    </message>
    <message>
        <source>Follow-up not updated</source>
        <translation type="unfinished">فالو اپ اپ ڈیٹ نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>majlis::DayDetailsPanel</name>
    <message>
        <source> min</source>
        <translation type="unfinished"> منٹ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;تاریخ:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;شہر:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished">&amp;موضوع:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">تا</translation>
    </message>
    <message>
        <source>&amp;Meetings from:</source>
        <translation type="unfinished">&amp;ملاقاتیں از:</translation>
    </message>
    <message>
        <source>&amp;Slot length:</source>
        <translation type="unfinished">&amp;وقت کی مدت:</translation>
    </message>
    <message>
        <source>Largest &amp;team:</source>
        <translation type="unfinished">سب سے بڑی &amp;ٹیم:</translation>
    </message>
    <message>
        <source>Walking time between meetings</source>
        <translation type="unfinished">ملاقاتوں کے درمیان پیدل چلنے کا وقت</translation>
    </message>
    <message>
        <source>In the same building:</source>
        <translation type="unfinished">ایک ہی عمارت میں:</translation>
    </message>
    <message>
        <source>Same side (Senate or House buildings):</source>
        <translation type="unfinished">ایک ہی طرف (سینیٹ یا ایوان کی عمارتیں):</translation>
    </message>
    <message>
        <source>Across the Capitol:</source>
        <translation type="unfinished">کیپیٹل کے آر پار:</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">مطالبات</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished">بل</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">عنوان</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished">اہم نکات</translation>
    </message>
    <message>
        <source>Add Ask</source>
        <translation type="unfinished">مطالبہ شامل کریں</translation>
    </message>
    <message>
        <source>Remove Ask</source>
        <translation type="unfinished">مطالبہ ہٹائیں</translation>
    </message>
    <message>
        <source>Leave-behind files</source>
        <translation type="unfinished">چھوڑ کر جانے والی فائلیں</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished">فائلیں شامل کریں…</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation type="unfinished">فائل ہٹائیں</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">شریک میزبان شراکت دار</translation>
    </message>
    <message>
        <source>Notes for the organizers</source>
        <translation type="unfinished">منتظمین کے لیے نوٹس</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;تبدیلیاں رد کریں</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">ابھی کوئی شراکت دار نہیں: انہیں شراکت دار ورک اسپیس میں شامل کریں۔</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">شریک میزبان محفوظ نہیں ہو سکے</translation>
    </message>
    <message>
        <source>Cannot save the day</source>
        <translation type="unfinished">دن محفوظ نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Add Leave-behind Files</source>
        <translation type="unfinished">چھوڑ کر جانے والی فائلیں شامل کریں</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt);;All files (*)</source>
        <translation type="unfinished">دستاویزات (*.pdf *.docx *.odt *.txt);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>The times of the day&apos;s meetings are in this time zone: the capitol&apos;s.</source>
        <translation type="unfinished">دن کی ملاقاتوں کے اوقات اس ٹائم زون میں ہیں: کیپیٹل کا ٹائم زون۔</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;مقننہ:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">&amp;ٹائم زون:</translation>
    </message>
    <message>
        <source>Unknown legislature</source>
        <translation type="unfinished">نامعلوم مقننہ</translation>
    </message>
    <message>
        <source>This day already has meetings with the members of this legislature, so it stays at it. Plan a day at another legislature as a new day.</source>
        <translation type="unfinished">اس دن کی اس مقننہ کے ارکان سے ملاقاتیں طے ہیں، اس لیے یہ اسی پر رہے گا۔ کسی اور مقننہ کے لیے نیا دن بنائیں۔</translation>
    </message>
    <message>
        <source>The legislature whose members the day&apos;s teams meet.</source>
        <translation type="unfinished">وہ مقننہ جس کے ارکان سے دن کی ٹیمیں ملتی ہیں۔</translation>
    </message>
    <message>
        <source>Same walking group (Legislators, Campus…):</source>
        <translation type="unfinished">ایک ہی پیدل گروپ (قانون ساز، عمارتیں…):</translation>
    </message>
    <message>
        <source>Between walking groups:</source>
        <translation type="unfinished">پیدل گروپوں کے درمیان:</translation>
    </message>
    <message>
        <source>Meetings until</source>
        <translation type="unfinished">ملاقاتیں تک</translation>
    </message>
</context>
<context>
    <name>majlis::DayProgressModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">دن</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">کوششیں</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">روابط</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">عہد</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictChoiceDialog</name>
    <message>
        <source>Choose the District</source>
        <translation type="unfinished">حلقہ منتخب کریں</translation>
    </message>
    <message>
        <source>%1&apos;s postcode %2 spans several districts of %3. Which one does the address lie in?</source>
        <translation type="unfinished">%1 کا پوسٹ کوڈ %2، %3 کے کئی حلقوں پر پھیلا ہے۔ پتہ کس میں ہے؟</translation>
    </message>
    <message>
        <source>Candidate districts</source>
        <translation type="unfinished">ممکنہ حلقے</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;منتخب کریں</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictFillDialog</name>
    <message>
        <source>Fill Districts from ZIP Codes</source>
        <translation type="unfinished">زپ کوڈ سے حلقے بھریں</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation type="unfinished">&amp;بھریں</translation>
    </message>
    <message>
        <source>Districts to choose</source>
        <translation type="unfinished">منتخب کرنے کے حلقے</translation>
    </message>
    <message>
        <source>&amp;Choose District…</source>
        <translation type="unfinished">حلقہ &amp;منتخب کریں…</translation>
    </message>
    <message>
        <source>Pick the district of the selected row among its candidates (F2)</source>
        <translation type="unfinished">منتخب قطار کا حلقہ اس کے امیدواروں میں سے چنیں (F2)</translation>
    </message>
    <message>
        <source>Looking up the districts of %1 from their postal codes:</source>
        <translation type="unfinished">%1 کے حلقے ان کے پوسٹل کوڈ سے تلاش:</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) would be filled, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n حلقے بھرے جائیں گے، اندازاً نشان زد۔</numerusform>
            <numerusform>%n حلقے بھرے جائیں گے، اندازاً نشان زد۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts: you choose among the candidates after the fill.</source>
        <translation type="unfinished">
            <numerusform>%n پوسٹ کوڈ کئی حلقوں پر پھیلے ہیں: بھرنے کے بعد آپ امیدواروں میں سے چنیں گے۔</numerusform>
            <numerusform>%n پوسٹ کوڈ کئی حلقوں پر پھیلے ہیں: بھرنے کے بعد آپ امیدواروں میں سے چنیں گے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows.</source>
        <translation type="unfinished">
            <numerusform>%n پوسٹ کوڈ کسی حلقہ فائل میں نہیں۔</numerusform>
            <numerusform>%n پوسٹ کوڈ کسی حلقہ فائل میں نہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s: check the address.</source>
        <translation type="unfinished">
            <numerusform>%n زپ کوڈ صرف رابطے کی ریاست کے علاوہ کسی اور ریاست میں ہیں: پتہ جانچیں۔</numerusform>
            <numerusform>%n زپ کوڈ صرف رابطے کی ریاست کے علاوہ کسی اور ریاست میں ہیں: پتہ جانچیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Left as they are: %1 entered by hand or confirmed, %2 already filled, %3 without a postcode.</source>
        <translation type="unfinished">جوں کے توں: %1 ہاتھ سے درج یا تصدیق شدہ، %2 پہلے سے بھرے، %3 بغیر پوسٹ کوڈ۔</translation>
    </message>
    <message>
        <source>There is nothing to fill.</source>
        <translation type="unfinished">بھرنے کو کچھ نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postal codes, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>پوسٹل کوڈ سے %n حلقے بھرے گئے، اندازاً نشان زد۔</numerusform>
            <numerusform>پوسٹل کوڈ سے %n حلقے بھرے گئے، اندازاً نشان زد۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose: pick one in each row below (F2 or Choose District…).</source>
        <translation type="unfinished">
            <numerusform>%n حلقے منتخب کرنے ہیں: نیچے ہر قطار میں ایک چنیں (F2 یا «حلقہ منتخب کریں…»)۔</numerusform>
            <numerusform>%n حلقے منتخب کرنے ہیں: نیچے ہر قطار میں ایک چنیں (F2 یا «حلقہ منتخب کریں…»)۔</numerusform>
        </translation>
    </message>
    <message>
        <source>No district is left to choose.</source>
        <translation type="unfinished">منتخب کرنے کو کوئی حلقہ باقی نہیں۔</translation>
    </message>
    <message>
        <source>No district file knows the postcodes of: %1. Import a postcode file with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate).</source>
        <translation type="unfinished">کوئی حلقہ فائل ان کے پوسٹ کوڈ نہیں جانتی: %1۔ &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (یا senate) سے پوسٹ کوڈ فائل درآمد کریں۔</translation>
    </message>
    <message>
        <source>Check the address of: %1 (the ZIP code lies in another state).</source>
        <translation type="unfinished">ان کا پتہ جانچیں: %1 (زپ کوڈ کسی اور ریاست میں ہے)۔</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictSetDialog</name>
    <message>
        <source>Set District</source>
        <translation type="unfinished">حلقہ مقرر کریں</translation>
    </message>
    <message>
        <source>Legislature and chamber</source>
        <translation type="unfinished">مقننہ اور ایوان</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a legislature and one of its chambers</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">حلقہ</translation>
    </message>
    <message>
        <source>MI-12 for the U.S. House; the district&apos;s name or number elsewhere</source>
        <translation type="unfinished">امریکی ایوانِ نمائندگان کے لیے MI-12؛ دوسری جگہ حلقے کا نام یا نمبر</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;مقننہ:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">&amp;حلقہ:</translation>
    </message>
    <message>
        <source>A district set here is marked as entered by hand; no look-up changes it.</source>
        <translation type="unfinished">یہاں مقرر حلقہ ہاتھ سے درج نشان زد ہوتا ہے؛ کوئی تلاش اسے نہیں بدلتی۔</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictTurnoutModel</name>
    <message>
        <source>District</source>
        <translation type="unfinished">حلقہ</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">عہد کیا</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">ووٹ دیا</translation>
    </message>
    <message>
        <source>Still to vote</source>
        <translation type="unfinished">ابھی ووٹ دینا ہے</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished">ٹرن آؤٹ</translation>
    </message>
    <message>
        <source>Of those who pledged, the share who have voted</source>
        <translation type="unfinished">عہد کرنے والوں میں ووٹ دینے والوں کا حصہ</translation>
    </message>
</context>
<context>
    <name>majlis::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished">ڈپلیکیٹ تلاش کریں</translation>
    </message>
    <message>
        <source>Looking for contacts entered more than once…</source>
        <translation type="unfinished">ایک سے زیادہ بار درج روابط تلاش کیے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">ممکنہ ڈپلیکیٹ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished">اسکور</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">روابط</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">وجہ</translation>
    </message>
    <message>
        <source>Contacts in this group; the first two selected are merged:</source>
        <translation type="unfinished">اس گروپ کے روابط؛ پہلے دو منتخب ضم کیے جائیں گے:</translation>
    </message>
    <message>
        <source>Contacts in the selected group</source>
        <translation type="unfinished">منتخب گروپ کے روابط</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">ضم کریں…</translation>
    </message>
    <message>
        <source>Choose, field by field, what the merged contact keeps</source>
        <translation type="unfinished">خانہ بہ خانہ منتخب کریں کہ ضم شدہ رابطہ کیا رکھے</translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation type="unfinished">دوبارہ تلاش کریں</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">کالعدم کریں</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">دوبارہ کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <source>The search was cancelled. Press Search Again to look for duplicates.</source>
        <translation type="unfinished">تلاش منسوخ کر دی گئی۔ ڈپلیکیٹ تلاش کرنے کے لیے دوبارہ تلاش کریں دبائیں۔</translation>
    </message>
    <message>
        <source>No contacts look like duplicates of each other.</source>
        <translation type="unfinished">کوئی روابط ایک دوسرے کے ڈپلیکیٹ نہیں لگتے۔</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts may be the same person, most likely first. Select one, check its contacts, then Merge.</source>
        <translation type="unfinished">
            <numerusform>روابط کا %n گروپ ایک ہی شخص ہو سکتا ہے، سب سے زیادہ امکان والے پہلے۔ ایک منتخب کریں، اس کے روابط چیک کریں، پھر ضم کریں۔</numerusform>
            <numerusform>روابط کے %n گروپ ایک ہی شخص ہو سکتے ہیں، سب سے زیادہ امکان والے پہلے۔ ایک منتخب کریں، اس کے روابط چیک کریں، پھر ضم کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">ان میں سے ایک رابطہ اب موجود نہیں؛ شاید اس دوران اسے ضم یا حذف کر دیا گیا ہے۔</translation>
    </message>
</context>
<context>
    <name>majlis::Event</name>
    <message>
        <source>Voter-registration drive</source>
        <translation type="unfinished">ووٹر رجسٹریشن مہم</translation>
    </message>
    <message>
        <source>Interfaith gathering</source>
        <translation type="unfinished">بین المذاہب اجتماع</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation type="unfinished">ٹاؤن ہال</translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">تربیت</translation>
    </message>
    <message>
        <source>Cultural evening</source>
        <translation type="unfinished">ثقافتی شام</translation>
    </message>
    <message>
        <source>Community event</source>
        <translation type="unfinished">کمیونٹی تقریب</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">دیگر</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">پوچھا نہیں گیا</translation>
    </message>
    <message>
        <source>Registered here</source>
        <translation type="unfinished">یہاں رجسٹر ہوئے</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished">پہلے سے رجسٹرڈ</translation>
    </message>
    <message>
        <source>Needs a follow-up</source>
        <translation type="unfinished">فالو اپ درکار</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished">اہل نہیں</translation>
    </message>
</context>
<context>
    <name>majlis::EventsPage</name>
    <message>
        <source>Events</source>
        <translation type="unfinished">تقریبات</translation>
    </message>
    <message>
        <source>&amp;New Event</source>
        <translation type="unfinished">&amp;نئی تقریب</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished">تقریب حذف کریں</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation type="unfinished">&amp;کیلنڈر برآمد کریں…</translation>
    </message>
    <message>
        <source>Every event as an iCalendar (.ics) file for phones and calendar programs.</source>
        <translation type="unfinished">فونز اور کیلنڈر پروگراموں کے لیے ہر تقریب ایک iCalendar (.ics) فائل کے طور پر۔</translation>
    </message>
    <message>
        <source>events.ics</source>
        <translation type="unfinished">events.ics</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished">کیلنڈر برآمد کریں</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished">کوئی حد نہیں</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">شریک میزبان شراکت دار</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">شریک میزبان محفوظ نہیں ہو سکے</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;قسم:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;چیپٹر:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished">&amp;آغاز:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished">&amp;اختتام:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">&amp;مقام:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished">&amp;گنجائش:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;نوٹس:</translation>
    </message>
    <message>
        <source>Co-sponsors:</source>
        <translation type="unfinished">شریک میزبان:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;تبدیلیاں رد کریں</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ای میل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">فون</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">رجسٹرڈ</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">چیک اِن شدہ</translation>
    </message>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">روابط &amp;رجسٹر کریں…</translation>
    </message>
    <message>
        <source>E&amp;xport Attendance…</source>
        <translation type="unfinished">حاضری &amp;برآمد کریں…</translation>
    </message>
    <message>
        <source>%1 attendance.csv</source>
        <translation type="unfinished">%1 attendance.csv</translation>
    </message>
    <message>
        <source>Export Attendance</source>
        <translation type="unfinished">حاضری برآمد کریں</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished">اہل</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished">رجسٹریشن</translation>
    </message>
    <message>
        <source>Pledged to vote</source>
        <translation type="unfinished">ووٹ دینے کا عہد</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished">فالو اپ مکمل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">نوٹس</translation>
    </message>
    <message>
        <source>Everyone registered or checked in; changes are saved as you make them.</source>
        <translation type="unfinished">ہر کوئی رجسٹرڈ یا چیک اِن ہے؛ تبدیلیاں کرتے ہی محفوظ ہو جاتی ہیں۔</translation>
    </message>
    <message>
        <source>&amp;Follow-ups still open:</source>
        <translation type="unfinished">&amp;ابھی باقی فالو اپ:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;تفصیلات</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;حاضری</translation>
    </message>
    <message>
        <source>&amp;Voter Registration</source>
        <translation type="unfinished">&amp;ووٹر رجسٹریشن</translation>
    </message>
    <message>
        <source>Open &amp;Check-in (F9)</source>
        <translation type="unfinished">&amp;چیک اِن کھولیں (F9)</translation>
    </message>
    <message>
        <source>A full-screen window for the door: find people as you type, Enter checks them in.</source>
        <translation type="unfinished">دروازے کے لیے فل اسکرین ونڈو: لکھتے ہی لوگوں کو تلاش کریں، Enter انہیں چیک اِن کرتا ہے۔</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished">ابھی کوئی تقریب نہیں</translation>
    </message>
    <message>
        <source>Create an event with New Event, register people for it, then open check-in at the door. Check-in works without a network and saves every arrival at once.</source>
        <translation type="unfinished">نئی تقریب سے ایک تقریب بنائیں، اس کے لیے لوگوں کو رجسٹر کریں، پھر دروازے پر چیک اِن کھولیں۔ چیک اِن نیٹ ورک کے بغیر کام کرتا ہے اور ہر آمد کو فوراً محفوظ کرتا ہے۔</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">کوئی چیپٹر نہیں</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">ابھی کوئی شراکت دار نہیں: انہیں شراکت دار ورک اسپیس میں شامل کریں۔</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">واک اِن</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">نہیں</translation>
    </message>
    <message>
        <source>%1 registered or came; %2 checked in, %3 of them new at the door.</source>
        <translation type="unfinished">%1 رجسٹر ہوئے یا آئے؛ %2 چیک اِن ہوئے، جن میں سے %3 دروازے پر نئے تھے۔</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">پوچھا نہیں گیا</translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation type="unfinished">اہل: %1</translation>
    </message>
    <message>
        <source>Registration: %1</source>
        <translation type="unfinished">رجسٹریشن: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished">کوئی نہیں۔</translation>
    </message>
    <message>
        <source>Cannot save the voter record</source>
        <translation type="unfinished">ووٹر ریکارڈ محفوظ نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Cannot save the event</source>
        <translation type="unfinished">تقریب محفوظ نہیں ہو سکی</translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished">نئی تقریب</translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation type="unfinished">تقریب نہیں بن سکی</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its registrations and attendance? The contacts stay.</source>
        <translation type="unfinished">&quot;%1&quot; کو اس کی رجسٹریشنز اور حاضری سمیت حذف کریں؟ روابط باقی رہیں گے۔</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation type="unfinished">تقریب حذف نہیں ہو سکی</translation>
    </message>
    <message>
        <source>Cannot register</source>
        <translation type="unfinished">رجسٹر نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation type="unfinished">کیلنڈر برآمد نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Cannot export the attendance</source>
        <translation type="unfinished">حاضری برآمد نہیں ہو سکی</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished">رجسٹریشنز</translation>
    </message>
    <message>
        <source>Voter registration</source>
        <translation type="unfinished">ووٹر رجسٹریشن</translation>
    </message>
    <message>
        <source>Voter registration follow-ups</source>
        <translation type="unfinished">ووٹر رجسٹریشن کی پیروی</translation>
    </message>
    <message>
        <source>The time zone of the event&apos;s place, such as Europe/London: calendar exports name it, so the event shows at the right time wherever it is opened. Type part of a city to find it.</source>
        <translation type="unfinished">تقریب کی جگہ کا ٹائم زون، جیسے Europe/London: کیلنڈر ایکسپورٹ اسے درج کرتے ہیں، تاکہ تقریب جہاں بھی کھولی جائے درست وقت پر دکھے۔ تلاش کے لیے شہر کا کچھ حصہ لکھیں۔</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">&amp;ٹائم زون:</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReportModel</name>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">مقننہ</translation>
    </message>
    <message>
        <source>Members listed</source>
        <translation type="unfinished">درج اراکین</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">نئے</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">تازہ کردہ</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished">غیر تبدیل شدہ</translation>
    </message>
    <message>
        <source>No longer in office</source>
        <translation type="unfinished">اب عہدے پر نہیں</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReviewDialog</name>
    <message>
        <source>Review the Import</source>
        <translation type="unfinished">درآمد کا جائزہ</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been written yet. %Ln legislature(s) listed: %1 new members, %2 updated, %3 unchanged, %4 no longer in office. Meetings already planned are kept.</source>
        <translation type="unfinished">
            <numerusform>ابھی کچھ نہیں لکھا گیا۔ %Ln مقننہ درج: %1 نئے اراکین، %2 تازہ کردہ، %3 غیر تبدیل شدہ، %4 اب عہدے پر نہیں۔ پہلے سے طے شدہ ملاقاتیں برقرار رہتی ہیں۔</numerusform>
            <numerusform>ابھی کچھ نہیں لکھا گیا۔ %Ln مقننہ درج: %1 نئے اراکین، %2 تازہ کردہ، %3 غیر تبدیل شدہ، %4 اب عہدے پر نہیں۔ پہلے سے طے شدہ ملاقاتیں برقرار رہتی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import does to each legislature</source>
        <translation type="unfinished">درآمد ہر مقننہ کے ساتھ کیا کرتی ہے</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;درآمد کریں</translation>
    </message>
    <message numerus="yes">
        <source>Not imported, or read with a doubt (%n):</source>
        <translation type="unfinished">
            <numerusform>درآمد نہیں ہوا، یا شک کے ساتھ پڑھا گیا (%n):</numerusform>
            <numerusform>درآمد نہیں ہوا، یا شک کے ساتھ پڑھا گیا (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows and files not imported</source>
        <translation type="unfinished">وہ قطاریں اور فائلیں جو درآمد نہیں ہوئیں</translation>
    </message>
</context>
<context>
    <name>majlis::ImportWizard</name>
    <message>
        <source>Merge into the existing contact</source>
        <translation type="unfinished">موجودہ رابطے میں ضم کریں</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation type="unfinished">یہ قطار چھوڑ دیں</translation>
    </message>
    <message>
        <source>Create a new contact anyway</source>
        <translation type="unfinished">پھر بھی نیا رابطہ بنائیں</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished">روابط درآمد کریں</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;درآمد کریں</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished">فائل منتخب کریں</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or text: from Excel, Google Contacts, Outlook or an organizing tool.</source>
        <translation type="unfinished">CSV یا متن کے طور پر محفوظ اسپریڈشیٹ: Excel، Google Contacts، Outlook یا کسی تنظیمی ٹول سے۔</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished">درآمد کرنے کی فائل</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;براؤز کریں…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">اسپریڈشیٹس (*.csv *.txt *.tsv);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">ہر کالم میں کیا ہے</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check them against the first rows.</source>
        <translation type="unfinished">مانوس ناموں والے کالم پہلے ہی ملا دیے گئے ہیں؛ انہیں پہلی قطاروں سے جانچ لیں۔</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">کالم</translation>
    </message>
    <message>
        <source>Put everyone in &amp;chapter:</source>
        <translation type="unfinished">سب کو اس &amp;چیپٹر میں رکھیں:</translation>
    </message>
    <message>
        <source>When a row matches a &amp;contact:</source>
        <translation type="unfinished">جب کوئی قطار کسی &amp;رابطے سے ملے:</translation>
    </message>
    <message>
        <source>Review before importing</source>
        <translation type="unfinished">درآمد سے پہلے جائزہ لیں</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes everything at once, or nothing if it is cancelled.</source>
        <translation type="unfinished">ابھی کچھ نہیں لکھا گیا۔ درآمد سب کچھ ایک ساتھ لکھتی ہے، یا منسوخ ہونے پر کچھ بھی نہیں۔</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">سطر</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished">فائل میں</translation>
    </message>
    <message>
        <source>Already a contact</source>
        <translation type="unfinished">پہلے سے رابطہ</translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished">عمل</translation>
    </message>
    <message>
        <source>Merge All</source>
        <translation type="unfinished">سب ضم کریں</translation>
    </message>
    <message>
        <source>Skip All</source>
        <translation type="unfinished">سب چھوڑ دیں</translation>
    </message>
    <message>
        <source>Create All</source>
        <translation type="unfinished">سب بنائیں</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">مسئلہ</translation>
    </message>
    <message>
        <source>&amp;Save Problems…</source>
        <translation type="unfinished">مسائل &amp;محفوظ کریں…</translation>
    </message>
    <message>
        <source>Rows that look like someone already here:</source>
        <translation type="unfinished">وہ قطاریں جو یہاں پہلے سے موجود کسی شخص جیسی لگتی ہیں:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported as they are:</source>
        <translation type="unfinished">وہ قطاریں جو جیسی ہیں ویسی درآمد نہیں ہو سکتیں:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 نہیں پڑھا جا سکا: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished">ٹیب</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished">سیمی کولن</translation>
    </message>
    <message>
        <source>bar</source>
        <translation type="unfinished">عمودی لکیر</translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished">کوما</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns; text in %3, fields separated by %4.</source>
        <translation type="unfinished">%2 کالموں میں %1 قطاریں؛ متن %3 میں، خانے %4 سے الگ۔</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">کوئی چیپٹر نہیں</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">%1 کی درآمد</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished">قطاریں جانچی جا رہی ہیں…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <source>Checking the rows… %1 of %2</source>
        <translation type="unfinished">قطاریں جانچی جا رہی ہیں… %2 میں سے %1</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">درآمد نہیں ہو سکا</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 problems.</source>
        <translation type="unfinished">%1 قطاریں پڑھی گئیں: %2 نئے روابط، %3 موجودہ روابط میں ضم، %4 چھوڑ دی گئیں؛ %5 مسائل۔</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation type="unfinished">مسائل محفوظ کریں</translation>
    </message>
    <message>
        <source>import problems.csv</source>
        <translation type="unfinished">import problems.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished">محفوظ نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation type="unfinished">روابط درآمد کیے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Importing contacts… %1 of %2</source>
        <translation type="unfinished">روابط درآمد کیے جا رہے ہیں… %2 میں سے %1</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">درآمد نہیں ہوئی</translation>
    </message>
    <message>
        <source>The first rows, as read in this encoding</source>
        <translation type="unfinished">پہلی قطاریں، جیسے اس انکوڈنگ میں پڑھی جاتی ہیں</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation type="unfinished">متن کی &amp;انکوڈنگ:</translation>
    </message>
    <message>
        <source>The first rows as they will be imported; if names look wrong, choose another encoding:</source>
        <translation type="unfinished">پہلی قطاریں جیسے وہ درآمد ہوں گی؛ اگر نام غلط دکھیں تو کوئی اور انکوڈنگ چنیں:</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished">%1 (شناخت شدہ)</translation>
    </message>
</context>
<context>
    <name>majlis::InteractionDialog</name>
    <message>
        <source>Add Interaction</source>
        <translation type="unfinished">رابطہ کاری شامل کریں</translation>
    </message>
    <message>
        <source>In a few words, what happened</source>
        <translation type="unfinished">چند الفاظ میں، کیا ہوا</translation>
    </message>
    <message>
        <source>Add &amp;People…</source>
        <translation type="unfinished">&amp;افراد شامل کریں…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;ہٹائیں</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;قسم:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;تاریخ:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished">&amp;خلاصہ:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;نوٹس:</translation>
    </message>
    <message>
        <source>Who took part:</source>
        <translation type="unfinished">کس نے حصہ لیا:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished">&amp;شامل کریں</translation>
    </message>
    <message>
        <source>Who Took Part</source>
        <translation type="unfinished">کس نے حصہ لیا</translation>
    </message>
    <message>
        <source>People who took part</source>
        <translation type="unfinished">شریک افراد</translation>
    </message>
</context>
<context>
    <name>majlis::ItineraryPanel</name>
    <message>
        <source>Itinerary of</source>
        <translation type="unfinished">سفری پروگرام برائے</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">&amp;PDF محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save &amp;Calendar…</source>
        <translation type="unfinished">&amp;کیلنڈر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save Schedule as CS&amp;V…</source>
        <translation type="unfinished">شیڈول کو &amp;CSV کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Every attendee (one page each)</source>
        <translation type="unfinished">ہر شریک (ہر ایک کا ایک صفحہ)</translation>
    </message>
    <message>
        <source>Every team (one page each)</source>
        <translation type="unfinished">ہر ٹیم (ہر ایک کا ایک صفحہ)</translation>
    </message>
    <message>
        <source>No meetings yet. Build the schedule on the Schedule tab, then print or save itineraries here.</source>
        <translation type="unfinished">ابھی کوئی ملاقات نہیں۔ شیڈول ٹیب پر شیڈول بنائیں، پھر یہاں سفری پروگرام پرنٹ یا محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Print Itineraries</source>
        <translation type="unfinished">سفری پروگرام پرنٹ کریں</translation>
    </message>
    <message>
        <source>Save Itineraries as PDF</source>
        <translation type="unfinished">سفری پروگرام PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">PDF محفوظ نہیں ہو سکی</translation>
    </message>
    <message>
        <source>Save Calendar</source>
        <translation type="unfinished">کیلنڈر محفوظ کریں</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Save Schedule as CSV</source>
        <translation type="unfinished">شیڈول CSV کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation type="unfinished">فائل محفوظ نہیں ہو سکی</translation>
    </message>
    <message>
        <source>Itinerary preview</source>
        <translation type="unfinished">سفری پروگرام کا پیش منظر</translation>
    </message>
</context>
<context>
    <name>majlis::LabeledListEdit</name>
    <message>
        <source>Label</source>
        <translation type="unfinished">لیبل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">ہٹائیں</translation>
    </message>
</context>
<context>
    <name>majlis::LegislativeBody</name>
    <message>
        <source>Upper chamber</source>
        <translation type="unfinished">ایوانِ بالا</translation>
    </message>
    <message>
        <source>Lower chamber</source>
        <translation type="unfinished">ایوانِ زیریں</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">ایوان</translation>
    </message>
</context>
<context>
    <name>majlis::Legislator</name>
    <message>
        <source>Sen. %1 (%2)</source>
        <translation type="unfinished">سینیٹر %1 (%2)</translation>
    </message>
    <message>
        <source>Rep. %1 (%2)</source>
        <translation type="unfinished">نمائندہ %1 (%2)</translation>
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
        <translation type="unfinished">ڈاؤن لوڈ کا پتا ویب ایڈریس نہیں ہے۔ اسے ترجیحات میں درج کریں۔</translation>
    </message>
    <message>
        <source>The download address must start with https://, so nobody on the network can change the list on its way. Set it in Preferences.</source>
        <translation type="unfinished">ڈاؤن لوڈ کا پتا https:// سے شروع ہونا چاہیے، تاکہ نیٹ ورک پر کوئی راستے میں فہرست نہ بدل سکے۔ اسے ترجیحات میں درج کریں۔</translation>
    </message>
    <message>
        <source>The download is larger than any list of legislators; check the address in Preferences.</source>
        <translation type="unfinished">ڈاؤن لوڈ قانون سازوں کی کسی بھی فہرست سے بڑا ہے؛ ترجیحات میں پتا چیک کریں۔</translation>
    </message>
    <message>
        <source>Could not download the legislators: %1</source>
        <translation type="unfinished">قانون ساز ڈاؤن لوڈ نہیں ہو سکے: %1</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorTableModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished">نامعلوم</translation>
    </message>
    <message>
        <source>No longer in office: the last import did not list this member. Meetings already planned with them are kept.</source>
        <translation type="unfinished">اب عہدے پر نہیں: آخری درآمد میں یہ رکن شامل نہیں تھا۔ ان کے ساتھ طے شدہ ملاقاتیں برقرار رہتی ہیں۔</translation>
    </message>
    <message>
        <source>Double-click to set the building and room.</source>
        <translation type="unfinished">عمارت اور کمرہ مقرر کرنے کے لیے ڈبل کلک کریں۔</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">نشست</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">پارٹی</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">ایوان</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">عمارت</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">کمرہ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ای میل</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorsDialog</name>
    <message>
        <source>&amp;Update from the Internet</source>
        <translation type="unfinished">انٹرنیٹ سے &amp;اپ ڈیٹ کریں</translation>
    </message>
    <message>
        <source>Set &amp;Office…</source>
        <translation type="unfinished">&amp;دفتر مقرر کریں…</translation>
    </message>
    <message numerus="yes">
        <source>; %n without a known office building</source>
        <translation type="unfinished">
            <numerusform>؛ %n کی دفتری عمارت معلوم نہیں</numerusform>
            <numerusform>؛ %n کی دفتری عمارت معلوم نہیں</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import legislators</source>
        <translation type="unfinished">قانون ساز درآمد نہیں ہو سکے</translation>
    </message>
    <message>
        <source>Downloading the current members of Congress…</source>
        <translation type="unfinished">کانگریس کے موجودہ ارکان ڈاؤن لوڈ ہو رہے ہیں…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <source>Cannot update legislators</source>
        <translation type="unfinished">قانون ساز اپ ڈیٹ نہیں ہو سکے</translation>
    </message>
    <message>
        <source>Import Legislators</source>
        <translation type="unfinished">قانون ساز درآمد کریں</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished">CSV فائلیں (*.csv);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Set Office</source>
        <translation type="unfinished">دفتر مقرر کریں</translation>
    </message>
    <message>
        <source>Office of %1, as room and building (&quot;2107 Rayburn&quot;):</source>
        <translation type="unfinished">%1 کا دفتر، کمرہ اور عمارت کے طور پر (&quot;2107 Rayburn&quot;):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Capitol building. Write the room and the building, such as &quot;2107 Rayburn&quot; or &quot;511 Hart&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; میں کسی کیپیٹل عمارت کا نام نہیں۔ کمرہ اور عمارت لکھیں، جیسے &quot;2107 Rayburn&quot; یا &quot;511 Hart&quot;۔</translation>
    </message>
    <message>
        <source>Legislators</source>
        <translation type="unfinished">قانون ساز</translation>
    </message>
    <message>
        <source>Filter by name, seat or building</source>
        <translation type="unfinished">نام، نشست یا عمارت سے چھانٹیں</translation>
    </message>
    <message>
        <source>Download the current members of Congress from the address in Preferences and import them.</source>
        <translation type="unfinished">ترجیحات میں دیے گئے پتے سے کانگریس کے موجودہ ارکان ڈاؤن لوڈ کر کے درآمد کریں۔</translation>
    </message>
    <message>
        <source>Legislatures and their chambers</source>
        <translation type="unfinished">مقننائیں اور ان کے ایوان</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">ارکان</translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation type="unfinished">&amp;سابق ارکان دکھائیں</translation>
    </message>
    <message>
        <source>Also list members a newer import no longer lists; meetings planned with them are kept.</source>
        <translation type="unfinished">وہ ارکان بھی دکھائیں جو نئی درآمد میں شامل نہیں؛ ان کے ساتھ طے شدہ ملاقاتیں برقرار رہتی ہیں۔</translation>
    </message>
    <message>
        <source>Set the building and room of the chosen member&apos;s office; double-clicking a member does the same.</source>
        <translation type="unfinished">منتخب رکن کے دفتر کی عمارت اور کمرا مقرر کریں؛ کسی رکن پر ڈبل کلک بھی یہی کرتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Campus…</source>
        <translation type="unfinished">&amp;عمارتیں…</translation>
    </message>
    <message>
        <source>List the buildings of this legislature&apos;s capitol and which are a short walk apart.</source>
        <translation type="unfinished">اس مقننہ کے کیپیٹل کی عمارتیں درج کریں اور بتائیں کون سی پیدل قریب ہیں۔</translation>
    </message>
    <message>
        <source>No members of %1 in this workspace yet; they arrive with an import of the legislature&apos;s members.</source>
        <translation type="unfinished">اس ورک اسپیس میں ابھی %1 کے کوئی ارکان نہیں؛ وہ مقننہ کے ارکان کی درآمد کے ساتھ آتے ہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform>%n رکن</numerusform>
            <numerusform>%n ارکان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n no longer in office</source>
        <translation type="unfinished">
            <numerusform>؛ %n اب عہدے پر نہیں</numerusform>
            <numerusform>؛ %n اب عہدے پر نہیں</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no building of the capitol&apos;s campus (%2). Write the room and the building, or add the building with Campus….</source>
        <translation type="unfinished">&quot;%1&quot; میں کیپیٹل کی کسی عمارت کا نام نہیں (%2)۔ کمرا اور عمارت لکھیں، یا &quot;عمارتیں…&quot; سے عمارت شامل کریں۔</translation>
    </message>
    <message>
        <source>the capitol alone</source>
        <translation type="unfinished">صرف کیپیٹل</translation>
    </message>
    <message>
        <source>No members of Congress yet. Use Update from the Internet, or Import and the members built in or legislators-current.csv from the congress-legislators project.</source>
        <translation type="unfinished">ابھی کانگریس کے کوئی اراکین نہیں۔ انٹرنیٹ سے تازہ کریں استعمال کریں، یا درآمد اور شامل اراکین یا congress-legislators منصوبے کی legislators-current.csv۔</translation>
    </message>
    <message>
        <source>Reading the Open States data…</source>
        <translation type="unfinished">Open States کا ڈیٹا پڑھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation type="unfinished">%1

کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The file lists no legislature&apos;s members.</source>
        <translation type="unfinished">فائل کسی مقننہ کے اراکین درج نہیں کرتی۔</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;درآمد کریں</translation>
    </message>
    <message>
        <source>Import or update the members of a legislature. What an import changes is shown before anything is written.</source>
        <translation type="unfinished">کسی مقننہ کے اراکین درآمد یا تازہ کریں۔ درآمد جو بدلتی ہے وہ کچھ لکھنے سے پہلے دکھایا جاتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Congress (Built In)</source>
        <translation type="unfinished">&amp;کانگریس (شامل)</translation>
    </message>
    <message>
        <source>The members of Congress this version of Majlis was made with, for use with no network.</source>
        <translation type="unfinished">کانگریس کے وہ اراکین جن کے ساتھ مجلس کا یہ نسخہ بنایا گیا، نیٹ ورک کے بغیر استعمال کے لیے۔</translation>
    </message>
    <message>
        <source>Congress from congress-legislators &amp;CSV…</source>
        <translation type="unfinished">congress-legislators کی &amp;CSV سے کانگریس…</translation>
    </message>
    <message>
        <source>legislators-current.csv of the congress-legislators project.</source>
        <translation type="unfinished">congress-legislators منصوبے کی legislators-current.csv۔</translation>
    </message>
    <message>
        <source>State Legislatures from &amp;Open States Download…</source>
        <translation type="unfinished">&amp;Open States ڈاؤن لوڈ سے ریاستی مقننائیں…</translation>
    </message>
    <message>
        <source>The Open States people data downloaded as a .tar.gz or .zip file: every state legislature.</source>
        <translation type="unfinished">Open States کا افراد کا ڈیٹا ‎.tar.gz یا ‎.zip فائل کے طور پر ڈاؤن لوڈ شدہ: تمام ریاستی مقننائیں۔</translation>
    </message>
    <message>
        <source>State Legislatures from Open States &amp;Folder…</source>
        <translation type="unfinished">Open States &amp;فولڈر سے ریاستی مقننائیں…</translation>
    </message>
    <message>
        <source>A folder of the Open States people data: the project, its data folder or one state&apos;s.</source>
        <translation type="unfinished">Open States کے افراد کے ڈیٹا کا فولڈر: منصوبہ، اس کا data فولڈر یا کسی ایک ریاست کا۔</translation>
    </message>
    <message>
        <source>&amp;Member List of a Parliament (CSV)…</source>
        <translation type="unfinished">کسی پارلیمان کی &amp;اراکین کی فہرست (CSV)…</translation>
    </message>
    <message>
        <source>Any legislature&apos;s members from a spreadsheet, one member a row, with what each column holds.</source>
        <translation type="unfinished">کسی بھی مقننہ کے اراکین ایک اسپریڈشیٹ سے، ہر قطار میں ایک رکن، ہر کالم کے مواد کے ساتھ۔</translation>
    </message>
    <message>
        <source>Import from Open States</source>
        <translation type="unfinished">Open States سے درآمد</translation>
    </message>
    <message>
        <source>Open States downloads (*.tar.gz *.tgz *.zip);;All files (*)</source>
        <translation type="unfinished">Open States ڈاؤن لوڈز ‏(*.tar.gz *.tgz *.zip);;تمام فائلیں (*)</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatureTreeModel</name>
    <message>
        <source>All chambers. The capitol is in %1 (time zone %2).</source>
        <translation type="unfinished">تمام ایوان۔ کیپیٹل %1 میں ہے (ٹائم زون %2)۔</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">مقننہ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">ارکان</translation>
    </message>
</context>
<context>
    <name>majlis::LetterAnswerDialog</name>
    <message>
        <source>Answer of %1</source>
        <translation type="unfinished">%1 کا جواب</translation>
    </message>
    <message>
        <source>Name and title as it appears on the letter</source>
        <translation type="unfinished">نام اور عہدہ جیسا خط پر درج ہے</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished">&amp;جواب:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished">&amp;بتاریخ:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished">&amp;دستخط کنندہ:</translation>
    </message>
</context>
<context>
    <name>majlis::LetterDialog</name>
    <message>
        <source>New Sign-on Letter</source>
        <translation type="unfinished">نیا دستخطی خط</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">کوئی آخری تاریخ نہیں</translation>
    </message>
    <message>
        <source>The text of the letter, or the part partners need to read</source>
        <translation type="unfinished">خط کا متن، یا وہ حصہ جو شراکت داروں کو پڑھنا ہے</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished">&amp;لنک:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished">&amp;آخری تاریخ:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">&amp;متن:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;بنائیں</translation>
    </message>
</context>
<context>
    <name>majlis::MainWindow</name>
    <message>
        <source>Majlis workspaces (*.majlis);;All files (*)</source>
        <translation type="unfinished">Majlis ورک اسپیس (*.majlis);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished">ورک اسپیس</translation>
    </message>
    <message>
        <source>Advocacy Days</source>
        <translation type="unfinished">ایڈووکیسی کے دن</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">روابط</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">شراکت دار</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished">تقریبات</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">رپورٹیں</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;فائل</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished">&amp;نئی ورک اسپیس…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished">ورک اسپیس &amp;کھولیں…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">&amp;حالیہ کھولیں</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation type="unfinished">نئی &amp;ڈیمو ورک اسپیس…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts from CSV…</source>
        <translation type="unfinished">CSV سے روابط &amp;درآمد کریں…</translation>
    </message>
    <message>
        <source>Import Contacts from &amp;vCard…</source>
        <translation type="unfinished">vCard سے روابط &amp;درآمد کریں…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation type="unfinished">روابط &amp;برآمد کریں…</translation>
    </message>
    <message>
        <source>Export Workspace &amp;Archive…</source>
        <translation type="unfinished">ورک اسپیس &amp;آرکائیو برآمد کریں…</translation>
    </message>
    <message>
        <source>Import Wor&amp;kspace Archive…</source>
        <translation type="unfinished">ورک اسپیس آرکائیو &amp;درآمد کریں…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;باہر نکلیں</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;ترمیم</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;ترجیحات…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;کالعدم کریں</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished">&amp;نیا رابطہ…</translation>
    </message>
    <message>
        <source>&amp;Delete Contacts…</source>
        <translation type="unfinished">روابط &amp;حذف کریں…</translation>
    </message>
    <message>
        <source>Add &amp;Tags to Selected…</source>
        <translation type="unfinished">منتخب میں &amp;ٹیگ شامل کریں…</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation type="unfinished">روابط &amp;تلاش کریں</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation type="unfinished">&amp;ڈپلیکیٹ تلاش کریں…</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished">ڈپلیکیٹ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;منظر</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;مدد</translation>
    </message>
    <message>
        <source>&amp;About Majlis</source>
        <translation type="unfinished">Majlis کے &amp;بارے میں</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished">Qt کے &amp;بارے میں</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished">کوئی ورک اسپیس کھلی نہیں</translation>
    </message>
    <message>
        <source>Open a workspace with File &gt; Open Workspace (Ctrl+O), create one with File &gt; New Workspace, or explore a demo with File &gt; New Demo Workspace.</source>
        <translation type="unfinished">فائل &gt; ورک اسپیس کھولیں (Ctrl+O) سے ورک اسپیس کھولیں، فائل &gt; نئی ورک اسپیس سے نئی بنائیں، یا فائل &gt; نئی ڈیمو ورک اسپیس سے ڈیمو دیکھیں۔</translation>
    </message>
    <message>
        <source>Plan Capitol advocacy days: legislators, constituent meetings, schedules and itineraries. Open or create a workspace first.</source>
        <translation type="unfinished">کیپیٹل میں ایڈووکیسی کے دنوں کی منصوبہ بندی کریں: قانون ساز، حلقے کے ووٹروں کی ملاقاتیں، شیڈول اور سفری پروگرام۔ پہلے ورک اسپیس کھولیں یا بنائیں۔</translation>
    </message>
    <message>
        <source>Keep track of coalition partners, sign-on letters and the history of every relationship. Open or create a workspace first.</source>
        <translation type="unfinished">اتحادی شراکت داروں، دستخطی خطوط اور ہر تعلق کی تاریخ کا حساب رکھیں۔ پہلے ورک اسپیس کھولیں یا بنائیں۔</translation>
    </message>
    <message>
        <source>Run community events with offline check-in and voter-registration drives. Open or create a workspace first.</source>
        <translation type="unfinished">آف لائن چیک اِن اور ووٹر رجسٹریشن مہمات کے ساتھ کمیونٹی تقریبات چلائیں۔ پہلے ورک اسپیس کھولیں یا بنائیں۔</translation>
    </message>
    <message>
        <source>Attendance, voter registration, partners and sign-on letters in charts. Open or create a workspace first.</source>
        <translation type="unfinished">حاضری، ووٹر رجسٹریشن، شراکت دار اور دستخطی خطوط چارٹس میں۔ پہلے ورک اسپیس کھولیں یا بنائیں۔</translation>
    </message>
    <message>
        <source>%1 — Majlis</source>
        <translation type="unfinished">%1 — Majlis</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished">ورک اسپیس نہیں کھل سکی</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished">ڈیمو ورک اسپیس</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the demo workspace.</source>
        <translation type="unfinished">%1 پہلے سے موجود ہے۔ ڈیمو ورک اسپیس کے لیے نئی فائل کا نام منتخب کریں۔</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished">ورک اسپیس نہیں بن سکی</translation>
    </message>
    <message>
        <source>Creating fictional contacts…</source>
        <translation type="unfinished">فرضی روابط بنائے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished">نئی ورک اسپیس</translation>
    </message>
    <message>
        <source>%1 already exists. To open it, use File &gt; Open Workspace.</source>
        <translation type="unfinished">%1 پہلے سے موجود ہے۔ اسے کھولنے کے لیے فائل &gt; ورک اسپیس کھولیں استعمال کریں۔</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished">ورک اسپیس کھولیں</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation type="unfinished">نئی ڈیمو ورک اسپیس</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln رابطہ</numerusform>
            <numerusform>%Ln روابط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln میں سے %1 رابطہ</numerusform>
            <numerusform>%Ln میں سے %1 روابط</numerusform>
        </translation>
    </message>
    <message>
        <source>About Majlis</source>
        <translation type="unfinished">Majlis کے بارے میں</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;An offline-first organizer for Muslim civic and advocacy organizations: contacts, advocacy days, coalition partners and community events.&lt;/p&gt;&lt;p&gt;Majlis is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;امریکی مسلم شہری اور ایڈووکیسی تنظیموں کے لیے آف لائن اوّل منتظم: روابط، ایڈووکیسی کے دن، اتحادی شراکت دار اور کمیونٹی تقریبات۔&lt;/p&gt;&lt;p&gt;Majlis ایک آزاد سافٹ ویئر ہے، جو GNU General Public License، ورژن 3 یا (آپ کی مرضی سے) کسی بعد کے ورژن کے تحت لائسنس یافتہ ہے۔ اس کے ساتھ کوئی ضمانت نہیں۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 merged, %3 skipped.</source>
        <translation type="unfinished">درآمد شدہ: %1 نئے، %2 ضم شدہ، %3 چھوڑ دیے گئے۔</translation>
    </message>
    <message>
        <source>Import Contacts from vCard</source>
        <translation type="unfinished">vCard سے روابط درآمد کریں</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished">vCard فائلیں (*.vcf *.vcard);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">درآمد نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 نہیں پڑھا جا سکا: %2</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">%1 کی درآمد</translation>
    </message>
    <message>
        <source>%1 cards: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 with problems. Import?</source>
        <translation type="unfinished">%1 کارڈ: %2 نئے روابط، %3 موجودہ روابط میں ضم، %4 چھوڑ دیے گئے؛ %5 میں مسائل۔ درآمد کریں؟</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation type="unfinished">کارڈ %1: %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">درآمد نہیں ہوئی</translation>
    </message>
    <message>
        <source>%1 archive %2.majlis</source>
        <translation type="unfinished">%1 archive %2.majlis</translation>
    </message>
    <message>
        <source>Export Workspace Archive</source>
        <translation type="unfinished">ورک اسپیس آرکائیو برآمد کریں</translation>
    </message>
    <message>
        <source>Majlis workspaces (*.majlis)</source>
        <translation type="unfinished">Majlis ورک اسپیس (*.majlis)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished">برآمد نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">ورک اسپیس آرکائیو %1 لکھ دیا گیا۔</translation>
    </message>
    <message>
        <source>Import Workspace Archive</source>
        <translation type="unfinished">ورک اسپیس آرکائیو درآمد کریں</translation>
    </message>
    <message>
        <source>Cannot import the archive</source>
        <translation type="unfinished">آرکائیو درآمد نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">آرکائیو %1 درآمد ہو گیا۔</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished">&amp;ہم آہنگی</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation type="unfinished">&amp;ابھی ہم آہنگ کریں</translation>
    </message>
    <message>
        <source>Sync &amp;Server…</source>
        <translation type="unfinished">ہم آہنگی کا &amp;سرور…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished">&amp;ٹکراؤ…</translation>
    </message>
    <message>
        <source>Sync &amp;Automatically</source>
        <translation type="unfinished">&amp;خودکار ہم آہنگی</translation>
    </message>
    <message>
        <source>E&amp;xport Everything About This Person…</source>
        <translation type="unfinished">اس شخص کے بارے میں سب کچھ &amp;برآمد کریں…</translation>
    </message>
    <message>
        <source>Erase This &amp;Person…</source>
        <translation type="unfinished">اس &amp;شخص کا ڈیٹا مٹائیں…</translation>
    </message>
    <message>
        <source>Show &amp;Hijri Dates</source>
        <translation type="unfinished">&amp;ہجری تاریخیں دکھائیں</translation>
    </message>
    <message>
        <source>&amp;Workspace Settings…</source>
        <translation type="unfinished">&amp;ورک اسپیس کی ترتیبات…</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">زپ کوڈ سے &amp;حلقے بھریں…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>مہمات</translation>
    </message>
    <message>
        <source>Run phone banks, door knocking and get-out-the-vote drives: lists built from your contacts, scripts, and results entered offline. Open or create a workspace first.</source>
        <translation>فون بینک، گھر گھر دستک اور ووٹ ڈلوانے کی مہمات چلائیں: آپ کے رابطوں سے بنی فہرستیں، اسکرپٹس، اور آف لائن درج نتائج۔ پہلے ورک اسپیس کھولیں یا بنائیں۔</translation>
    </message>
</context>
<context>
    <name>majlis::MemberField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">درآمد نہ کریں</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished">رکن کی شناخت</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">پورا نام</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">پہلا نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">خاندانی نام</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">ایوان</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation type="unfinished">حلقہ</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">پارٹی</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation type="unfinished">دفتر کا پتا</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ای میل</translation>
    </message>
</context>
<context>
    <name>majlis::MemberListDialog</name>
    <message>
        <source>Import a Member List</source>
        <translation type="unfinished">اراکین کی فہرست درآمد کریں</translation>
    </message>
    <message>
        <source>A new legislature</source>
        <translation type="unfinished">نئی مقننہ</translation>
    </message>
    <message>
        <source>such as gb-parliament</source>
        <translation type="unfinished">جیسے gb-parliament</translation>
    </message>
    <message>
        <source>such as UK Parliament</source>
        <translation type="unfinished">جیسے UK Parliament</translation>
    </message>
    <message>
        <source>such as GB</source>
        <translation type="unfinished">جیسے GB</translation>
    </message>
    <message>
        <source>The member list to import</source>
        <translation type="unfinished">درآمد کی جانے والی اراکین کی فہرست</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;براؤز کریں…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">اسپریڈشیٹس (*.csv *.txt *.tsv);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;مقننہ:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished">&amp;کوڈ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;نام:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">&amp;ملک:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished">&amp;فائل:</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">ہر کالم میں کیا ہے</translation>
    </message>
    <message>
        <source>The first members, as they will be imported</source>
        <translation type="unfinished">پہلے اراکین، جیسے وہ درآمد ہوں گے</translation>
    </message>
    <message>
        <source>&amp;Review Import…</source>
        <translation type="unfinished">درآمد کا &amp;جائزہ…</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check what each holds:</source>
        <translation type="unfinished">جانے پہچانے ناموں والے کالم پہلے سے ملا دیے گئے ہیں؛ ہر ایک کا مواد جانچیں:</translation>
    </message>
    <message>
        <source>The first members, as they will be imported:</source>
        <translation type="unfinished">پہلے اراکین، جیسے وہ درآمد ہوں گے:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 نہیں پڑھا جا سکا: %2</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns.</source>
        <translation type="unfinished">%2 کالموں میں %1 قطاریں۔</translation>
    </message>
    <message>
        <source>Give the new legislature a code of letters, digits and dashes, such as gb-parliament.</source>
        <translation type="unfinished">نئی مقننہ کو حروف، ہندسوں اور ڈیش پر مشتمل کوڈ دیں، جیسے gb-parliament۔</translation>
    </message>
    <message>
        <source>Give the new legislature its name, such as UK Parliament.</source>
        <translation type="unfinished">نئی مقننہ کا نام دیں، جیسے UK Parliament۔</translation>
    </message>
    <message>
        <source>The workspace has %1 as %2 already; choose it in the list.</source>
        <translation type="unfinished">ورک اسپیس میں %1 پہلے سے %2 کے نام سے موجود ہے؛ اسے فہرست سے چنیں۔</translation>
    </message>
    <message>
        <source>Choose the member list to import, saved as CSV.</source>
        <translation type="unfinished">درآمد کے لیے CSV کے طور پر محفوظ اراکین کی فہرست چنیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) read</source>
        <translation type="unfinished">
            <numerusform>%n رکن پڑھے گئے</numerusform>
            <numerusform>%n رکن پڑھے گئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) skipped, listed when you review the import</source>
        <translation type="unfinished">
            <numerusform>؛ %n قطاریں چھوڑی گئیں، درآمد کے جائزے میں درج ہیں</numerusform>
            <numerusform>؛ %n قطاریں چھوڑی گئیں، درآمد کے جائزے میں درج ہیں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::MergeDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation type="unfinished">روابط ضم کریں</translation>
    </message>
    <message>
        <source>These records look like the same person. Choose the record that stays and, for each field, the value to keep. Nothing is lost: emails, phones and tags of both are kept, and the other record&apos;s history and event records move to the one that stays.</source>
        <translation type="unfinished">یہ ریکارڈ ایک ہی شخص کے لگتے ہیں۔ وہ ریکارڈ منتخب کریں جو باقی رہے گا اور ہر خانے کے لیے رکھی جانے والی قدر۔ کچھ ضائع نہیں ہوتا: دونوں کی ای میلز، فون اور ٹیگ رکھے جاتے ہیں، اور دوسرے ریکارڈ کی تاریخچہ اور تقریبات کے ریکارڈ باقی رہنے والے ریکارڈ میں منتقل ہو جاتے ہیں۔</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished">%1 کو شامل کیا گیا</translation>
    </message>
    <message>
        <source>Record that stays</source>
        <translation type="unfinished">باقی رہنے والا ریکارڈ</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation type="unfinished">یہ ریکارڈ رکھیں</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished">%1 رکھیں</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">پسندیدہ نام</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">پتا</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">ریاست اور حلقہ</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">چیپٹر</translation>
    </message>
    <message>
        <source>Organization and role</source>
        <translation type="unfinished">تنظیم اور کردار</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">تاریخِ پیدائش</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">نوٹس</translation>
    </message>
    <message>
        <source>Emails (both kept)</source>
        <translation type="unfinished">ای میلز (دونوں رکھی جائیں گی)</translation>
    </message>
    <message>
        <source>Phones (both kept)</source>
        <translation type="unfinished">فون (دونوں رکھے جائیں گے)</translation>
    </message>
    <message>
        <source>Tags (both kept)</source>
        <translation type="unfinished">ٹیگ (دونوں رکھے جائیں گے)</translation>
    </message>
    <message>
        <source>Languages, skills and interests (both kept)</source>
        <translation type="unfinished">زبانیں، مہارتیں اور دلچسپیاں (دونوں رکھی جائیں گی)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished">ضم کریں</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">ان میں سے ایک رابطہ اب موجود نہیں؛ شاید اس دوران اسے ضم یا حذف کر دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(کوئی نہیں)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>The second record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">دوسرا ریکارڈ باقی رہے گا، نام “%1”، اوپر منتخب کردہ قدروں کے ساتھ۔</translation>
    </message>
    <message>
        <source>The first record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">پہلا ریکارڈ باقی رہے گا، نام “%1”، اوپر منتخب کردہ قدروں کے ساتھ۔</translation>
    </message>
    <message>
        <source>The other is removed once its emails, phones, tags, consents, history and event records have moved to it. Edit &gt; Undo takes the merge back.</source>
        <translation type="unfinished">دوسرا ریکارڈ اس کی ای میلز، فون، ٹیگ، رضامندیاں، تاریخچہ اور تقریبات کے ریکارڈ منتقل ہونے کے بعد ہٹا دیا جاتا ہے۔ ترمیم &gt; کالعدم کریں سے انضمام واپس ہو جاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimeDialog</name>
    <message>
        <source>Office Time</source>
        <translation type="unfinished">دفتری وقت</translation>
    </message>
    <message>
        <source>Confirmed meeting time</source>
        <translation type="unfinished">ملاقات کا تصدیق شدہ وقت</translation>
    </message>
    <message>
        <source>Cannot meet (blackout)</source>
        <translation type="unfinished">ملاقات ممکن نہیں (بندش)</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished">&amp;دفتر:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;قسم:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;از:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">&amp;تا:</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimesPanel</name>
    <message>
        <source>Office times</source>
        <translation type="unfinished">دفتری اوقات</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished">شامل کریں…</translation>
    </message>
    <message>
        <source>A time an office confirmed for your meeting, or a time it cannot meet.</source>
        <translation type="unfinished">وہ وقت جس کی کسی دفتر نے آپ کی ملاقات کے لیے تصدیق کی، یا وہ وقت جب وہ نہیں مل سکتا۔</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">ہٹائیں</translation>
    </message>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">ایک دفتر جو اب درج نہیں</translation>
    </message>
    <message>
        <source>%1: confirmed %2–%3</source>
        <translation type="unfinished">%1: تصدیق شدہ %2–%3</translation>
    </message>
    <message>
        <source>%1: cannot meet %2–%3</source>
        <translation type="unfinished">%1: ملاقات ممکن نہیں %2–%3</translation>
    </message>
    <message>
        <source>No confirmed times or blackouts: every office can meet all day.</source>
        <translation type="unfinished">کوئی تصدیق شدہ اوقات یا بندشیں نہیں: ہر دفتر سارا دن مل سکتا ہے۔</translation>
    </message>
    <message>
        <source>Cannot add the office time</source>
        <translation type="unfinished">دفتری وقت شامل نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Cannot remove the office time</source>
        <translation type="unfinished">دفتری وقت ہٹایا نہیں جا سکا</translation>
    </message>
</context>
<context>
    <name>majlis::Organization</name>
    <message>
        <source>Mosque or Islamic center</source>
        <translation type="unfinished">مسجد یا اسلامی مرکز</translation>
    </message>
    <message>
        <source>Interfaith</source>
        <translation type="unfinished">بین المذاہب</translation>
    </message>
    <message>
        <source>Civil rights</source>
        <translation type="unfinished">شہری حقوق</translation>
    </message>
    <message>
        <source>Immigrant rights</source>
        <translation type="unfinished">تارکینِ وطن کے حقوق</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation type="unfinished">مزدور</translation>
    </message>
    <message>
        <source>Student association</source>
        <translation type="unfinished">طلبہ تنظیم</translation>
    </message>
    <message>
        <source>Other faith-based</source>
        <translation type="unfinished">دیگر مذہبی</translation>
    </message>
    <message>
        <source>Government office</source>
        <translation type="unfinished">سرکاری دفتر</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">میڈیا</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">دیگر</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished">ممکنہ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">فعال</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished">غیر فعال</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">ملاقات</translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished">کال</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ای میل</translation>
    </message>
    <message>
        <source>Joint event</source>
        <translation type="unfinished">مشترکہ تقریب</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation type="unfinished">دستخطی خط</translation>
    </message>
</context>
<context>
    <name>majlis::Outcome</name>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">حامی</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished">غیر فیصلہ کن</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation type="unfinished">مخالف</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished">کوئی جواب نہیں</translation>
    </message>
</context>
<context>
    <name>majlis::OutcomeChart</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">مطالبے کے لحاظ سے نتائج</translation>
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
        <translation type="unfinished">درج نہیں: %1</translation>
    </message>
    <message>
        <source>No outcomes reported yet.</source>
        <translation type="unfinished">ابھی کوئی نتیجہ رپورٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>ask: its counts</comment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished">، </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished">کچھ درج نہیں</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerBrowser</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">شراکت دار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">قسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">حیثیت</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">شہر</translation>
    </message>
    <message>
        <source>Issue areas</source>
        <translation type="unfinished">موضوعاتی شعبے</translation>
    </message>
    <message>
        <source>&amp;New Partner</source>
        <translation type="unfinished">&amp;نیا شراکت دار</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">حذف کریں</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;تفصیلات</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished">&amp;افراد</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished">&amp;تاریخچہ</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation type="unfinished">ابھی کوئی شراکت دار نہیں</translation>
    </message>
    <message>
        <source>Keep track of the mosques, interfaith councils, civil-rights and labor groups you work with: click New Partner, give its name, then fill in its details, the people you know there and the history of the relationship.</source>
        <translation type="unfinished">ان مساجد، بین المذاہب کونسلوں، شہری حقوق اور مزدور تنظیموں کا حساب رکھیں جن کے ساتھ آپ کام کرتے ہیں: نیا شراکت دار پر کلک کریں، اس کا نام دیں، پھر اس کی تفصیلات، وہاں آپ کے جاننے والے افراد اور تعلق کی تاریخ درج کریں۔</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation type="unfinished">کوئی شراکت دار منتخب نہیں</translation>
    </message>
    <message>
        <source>Choose a partner in the list to see its details, its people and its history.</source>
        <translation type="unfinished">کسی شراکت دار کی تفصیلات، افراد اور تاریخچہ دیکھنے کے لیے اسے فہرست میں منتخب کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n شراکت دار</numerusform>
            <numerusform>%n شراکت دار</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners match these filters.</source>
        <translation type="unfinished">ان فلٹرز سے کوئی شراکت دار میل نہیں کھاتا۔</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation type="unfinished">ابھی کوئی شراکت دار نہیں۔</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished">غیر محفوظ تبدیلیاں</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; first?</source>
        <translation type="unfinished">پہلے &quot;%1&quot; میں تبدیلیاں محفوظ کریں؟</translation>
    </message>
    <message>
        <source>Cannot add the partner</source>
        <translation type="unfinished">شراکت دار شامل نہیں ہو سکا</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation type="unfinished">نیا شراکت دار</translation>
    </message>
    <message>
        <source>Name of the organization:</source>
        <translation type="unfinished">تنظیم کا نام:</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation type="unfinished">شراکت دار حذف کریں</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its people and history go with it, and it leaves the sign-on letters. The contacts themselves are not touched.</source>
        <translation type="unfinished">&quot;%1&quot; کو حذف کریں؟ اس کے افراد اور تاریخچہ بھی ساتھ جائیں گے، اور یہ دستخطی خطوط سے نکل جائے گا۔ خود روابط متاثر نہیں ہوں گے۔</translation>
    </message>
    <message>
        <source>Cannot delete the partner</source>
        <translation type="unfinished">شراکت دار حذف نہیں ہو سکا</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerDetailsPanel</name>
    <message>
        <source>civil rights, immigration, voting</source>
        <translation type="unfinished">شہری حقوق، امیگریشن، ووٹنگ</translation>
    </message>
    <message>
        <source>Separate issue areas with commas.</source>
        <translation type="unfinished">موضوعاتی شعبوں کو کوما سے الگ کریں۔</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US or CA.</source>
        <translation type="unfinished">ملک کا دو حرفی کوڈ، جیسے US یا CA۔</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">&amp;منتخب کریں…</translation>
    </message>
    <message>
        <source>The person in your organization who keeps this relationship.</source>
        <translation type="unfinished">آپ کی تنظیم کا وہ شخص جو یہ تعلق سنبھالتا ہے۔</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished">&amp;صاف کریں</translation>
    </message>
    <message>
        <source>What matters to them, what they asked of us, what we promised</source>
        <translation type="unfinished">ان کے لیے کیا اہم ہے، انہوں نے ہم سے کیا مانگا، ہم نے کیا وعدہ کیا</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;قسم:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished">&amp;حیثیت:</translation>
    </message>
    <message>
        <source>&amp;Issue areas:</source>
        <translation type="unfinished">&amp;موضوعاتی شعبے:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;شہر:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished">&amp;علاقہ:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">&amp;ملک:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished">&amp;ویب سائٹ:</translation>
    </message>
    <message>
        <source>Cha&amp;pter:</source>
        <translation type="unfinished">&amp;چیپٹر:</translation>
    </message>
    <message>
        <source>Relationship owner:</source>
        <translation type="unfinished">تعلق کا ذمہ دار:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished">&amp;نوٹس:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;تبدیلیاں رد کریں</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">کوئی چیپٹر نہیں</translation>
    </message>
    <message>
        <source>Unknown chapter</source>
        <translation type="unfinished">نامعلوم چیپٹر</translation>
    </message>
    <message>
        <source>Cannot save the partner</source>
        <translation type="unfinished">شراکت دار محفوظ نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">ابھی کوئی نہیں</translation>
    </message>
    <message>
        <source>A deleted contact</source>
        <translation type="unfinished">ایک حذف شدہ رابطہ</translation>
    </message>
    <message>
        <source>Relationship Owner</source>
        <translation type="unfinished">تعلق کا ذمہ دار</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;منتخب کریں</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerFilterBar</name>
    <message>
        <source>Search name, city, website or notes</source>
        <translation type="unfinished">نام، شہر، ویب سائٹ یا نوٹس تلاش کریں</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation type="unfinished">شراکت دار تلاش کریں</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation type="unfinished">شراکت دار کی قسم</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished">تمام اقسام</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">موضوعاتی شعبہ</translation>
    </message>
    <message>
        <source>All issue areas</source>
        <translation type="unfinished">تمام موضوعاتی شعبے</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">حیثیت</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">کوئی بھی حیثیت</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">چیپٹر</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">تمام چیپٹر</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerHistoryPanel</name>
    <message>
        <source>&amp;Add Interaction…</source>
        <translation type="unfinished">رابطہ کاری &amp;شامل کریں…</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">تاریخچہ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">قسم</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">خلاصہ</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished">کس نے حصہ لیا</translation>
    </message>
    <message>
        <source>Nothing recorded yet: add meetings, calls and joint events as they happen.</source>
        <translation type="unfinished">ابھی کچھ درج نہیں: ملاقاتیں، کالز اور مشترکہ تقریبات ہوتے ہی شامل کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation type="unfinished">
            <numerusform>%n رابطہ کاری</numerusform>
            <numerusform>%n رابطہ کاریاں</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the interaction</source>
        <translation type="unfinished">رابطہ کاری شامل نہیں ہو سکی</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerPeoplePanel</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished">&amp;شخص شامل کریں…</translation>
    </message>
    <message>
        <source>&amp;Left the Organization…</source>
        <translation type="unfinished">&amp;تنظیم چھوڑ دی…</translation>
    </message>
    <message>
        <source>Records that the person left today; they stay in the partner&apos;s history.</source>
        <translation type="unfinished">درج کرتا ہے کہ اس شخص نے آج تنظیم چھوڑ دی؛ وہ شراکت دار کے تاریخچے میں رہیں گے۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">کردار</translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished">از</translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished">تا</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) there now</source>
        <translation type="unfinished">
            <numerusform>اس وقت وہاں %n شخص</numerusform>
            <numerusform>اس وقت وہاں %n افراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n who left</source>
        <translation type="unfinished">
            <numerusform>؛ %n جو چھوڑ گیا</numerusform>
            <numerusform>؛ %n جو چھوڑ گئے</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody recorded yet: add the people you work with there.</source>
        <translation type="unfinished">ابھی کوئی درج نہیں: وہاں جن لوگوں کے ساتھ آپ کام کرتے ہیں انہیں شامل کریں۔</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation type="unfinished">شخص شامل نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Cannot record the departure</source>
        <translation type="unfinished">روانگی درج نہیں ہو سکی</translation>
    </message>
    <message>
        <source>Add People</source>
        <translation type="unfinished">افراد شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;اگلا</translation>
    </message>
    <message>
        <source>Role at the partner (director, imam, organizer…):</source>
        <translation type="unfinished">شراکت دار میں کردار (ڈائریکٹر، امام، آرگنائزر…):</translation>
    </message>
    <message>
        <source>Left the Organization</source>
        <translation type="unfinished">تنظیم چھوڑ دی</translation>
    </message>
    <message>
        <source>Record that %1 left on %2? They stay in the partner&apos;s history.</source>
        <translation type="unfinished">درج کریں کہ %1 نے %2 کو تنظیم چھوڑ دی؟ وہ شراکت دار کے تاریخچے میں رہیں گے۔</translation>
    </message>
</context>
<context>
    <name>majlis::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">شراکت دار</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">دستخطی خطوط</translation>
    </message>
    <message>
        <source>Coalition map</source>
        <translation type="unfinished">اتحاد کا نقشہ</translation>
    </message>
</context>
<context>
    <name>majlis::PostcodeLookup</name>
    <message>
        <source>This build of Majlis has no ZIP code to congressional district file (it is added when the program is built with MAJLIS_DISTRICT_FILE). Import one with &quot;majlis-cli districts import FILE --body us-congress --chamber house&quot;: a CSV with zip, state and district columns, such as zccd.csv of the us-zipcodes-congress project.</source>
        <translation type="unfinished">مجلس کے اس بلڈ میں ZIP کوڈ سے کانگریسی ضلع کی فائل نہیں (یہ پروگرام کو MAJLIS_DISTRICT_FILE کے ساتھ بناتے وقت شامل ہوتی ہے)۔ &quot;majlis-cli districts import FILE --body us-congress --chamber house&quot; سے ایک درآمد کریں: zip، state اور district کالموں والی CSV، جیسے us-zipcodes-congress منصوبے کی zccd.csv۔</translation>
    </message>
</context>
<context>
    <name>majlis::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished">ترجیحات</translation>
    </message>
    <message>
        <source>Use the &amp;Default</source>
        <translation type="unfinished">&amp;پہلے سے طے شدہ استعمال کریں</translation>
    </message>
    <message>
        <source>&amp;Legislators download address:</source>
        <translation type="unfinished">&amp;قانون سازوں کا ڈاؤن لوڈ پتا:</translation>
    </message>
    <message>
        <source>Advocacy Days &gt; Legislators… &gt; Update from the Internet downloads legislators-current.csv from here. It must be an https:// address.</source>
        <translation type="unfinished">ایڈووکیسی کے دن &gt; قانون ساز… &gt; انٹرنیٹ سے اپ ڈیٹ کریں یہاں سے legislators-current.csv ڈاؤن لوڈ کرتا ہے۔ یہ https:// پتا ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">سسٹم کی زبان</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;زبان:</translation>
    </message>
</context>
<context>
    <name>majlis::ReportBackPanel</name>
    <message>
        <source>planned</source>
        <translation type="unfinished">منصوبہ بند</translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished">منعقد</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished">منسوخ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>ask: bill number, then its title</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished">ملاقاتیں</translation>
    </message>
    <message>
        <source>Select a meeting to report on it.</source>
        <translation type="unfinished">کسی ملاقات کی رپورٹ دینے کے لیے اسے منتخب کریں۔</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">منصوبہ بند</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">منعقد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">منسوخ</translation>
    </message>
    <message>
        <source>Name and title, e.g. Jordan Lee, legislative director</source>
        <translation type="unfinished">نام اور عہدہ، مثلاً Jordan Lee، قانون سازی ڈائریکٹر</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">درج نہیں</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">رکن</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation type="unfinished">عملے کا رکن</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">&amp;حیثیت:</translation>
    </message>
    <message>
        <source>Met &amp;with:</source>
        <translation type="unfinished">&amp;ملاقات کس سے:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;کردار:</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished">نتائج</translation>
    </message>
    <message>
        <source>The day has no asks yet. Add them on the Details tab.</source>
        <translation type="unfinished">اس دن کے ابھی کوئی مطالبات نہیں۔ انہیں تفصیلات ٹیب پر شامل کریں۔</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">فالو اپ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">مکمل</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">تفصیل</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">آخری تاریخ</translation>
    </message>
    <message>
        <source>Due date as year-month-day, for example %1</source>
        <translation type="unfinished">آخری تاریخ سال-مہینہ-دن کے طور پر، مثلاً %1</translation>
    </message>
    <message>
        <source>&amp;Add Follow-up</source>
        <translation type="unfinished">فالو اپ &amp;شامل کریں</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">&amp;ہٹائیں</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">نوٹس</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;نوٹس:</translation>
    </message>
    <message>
        <source>&amp;Save Report</source>
        <translation type="unfinished">رپورٹ &amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>Save the report (%1)</source>
        <translation type="unfinished">رپورٹ محفوظ کریں (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;تبدیلیاں رد کریں</translation>
    </message>
    <message>
        <source>Go back to the report as last saved</source>
        <translation type="unfinished">آخری محفوظ شدہ رپورٹ پر واپس جائیں</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">کوئی ایڈووکیسی کا دن منتخب نہیں۔</translation>
    </message>
    <message>
        <source>No meetings yet: schedule the day first on the Schedule tab.</source>
        <translation type="unfinished">ابھی کوئی ملاقات نہیں: پہلے شیڈول ٹیب پر دن کا شیڈول بنائیں۔</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation type="unfinished">%1:</translation>
    </message>
    <message>
        <source>Unknown office</source>
        <translation type="unfinished">نامعلوم دفتر</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <comment>meeting list: start time, office, report status</comment>
        <translation type="unfinished">%1  %2 — %3</translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation type="unfinished">غیر محفوظ رپورٹ</translation>
    </message>
    <message>
        <source>Save the report of the meeting with %1?</source>
        <translation type="unfinished">%1 کے ساتھ ملاقات کی رپورٹ محفوظ کریں؟</translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <comment>meeting heading: start, end, office</comment>
        <translation type="unfinished">%1–%2  %3</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (لیڈر)</translation>
    </message>
    <message>
        <source>No team assigned.</source>
        <translation type="unfinished">کوئی ٹیم مقرر نہیں۔</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">ٹیم: %1</translation>
    </message>
    <message>
        <source>Follow-up row %1: “%2” is not a date. Write due dates as year-month-day, for example %3.</source>
        <translation type="unfinished">فالو اپ قطار %1: “%2” تاریخ نہیں ہے۔ آخری تاریخیں سال-مہینہ-دن کے طور پر لکھیں، مثلاً %3۔</translation>
    </message>
    <message>
        <source>Follow-up row %1 has a due date but no description. Say what is to be done, or remove the row.</source>
        <translation type="unfinished">فالو اپ قطار %1 میں آخری تاریخ ہے لیکن تفصیل نہیں۔ بتائیں کہ کیا کرنا ہے، یا قطار ہٹا دیں۔</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished">رپورٹ محفوظ نہیں ہوئی</translation>
    </message>
    <message>
        <source>Not a date. Write it as year-month-day, for example %1.</source>
        <translation type="unfinished">تاریخ نہیں۔ اسے سال-مہینہ-دن کے طور پر لکھیں، مثلاً %1۔</translation>
    </message>
</context>
<context>
    <name>majlis::ReportsPage</name>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;حاضری</translation>
    </message>
    <message>
        <source>Attendance per event</source>
        <translation type="unfinished">ہر تقریب کی حاضری</translation>
    </message>
    <message>
        <source>How many registered for each event, how many came, and how many new people walked in.</source>
        <translation type="unfinished">ہر تقریب کے لیے کتنے رجسٹر ہوئے، کتنے آئے، اور کتنے نئے لوگ بغیر رجسٹریشن آئے۔</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">تقریب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">تاریخ</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">رجسٹرڈ</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">چیک اِن شدہ</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation type="unfinished">نئے روابط</translation>
    </message>
    <message>
        <source>People who walked in without registering and were added as new contacts</source>
        <translation type="unfinished">وہ لوگ جو رجسٹریشن کے بغیر آئے اور نئے روابط کے طور پر شامل کیے گئے</translation>
    </message>
    <message>
        <source>By &amp;chapter</source>
        <translation type="unfinished">&amp;چیپٹر کے لحاظ سے</translation>
    </message>
    <message>
        <source>Attendance per chapter by month</source>
        <translation type="unfinished">ماہانہ چیپٹر وار حاضری</translation>
    </message>
    <message>
        <source>How many people each chapter checked in at its events, month by month.</source>
        <translation type="unfinished">ہر چیپٹر نے اپنی تقریبات میں ماہ بہ ماہ کتنے لوگوں کو چیک اِن کیا۔</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">مہینہ</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished">مہم</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">کل</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">عہد کیا</translation>
    </message>
    <message>
        <source>&amp;Voter registration</source>
        <translation type="unfinished">&amp;ووٹر رجسٹریشن</translation>
    </message>
    <message>
        <source>Voter registration per drive</source>
        <translation type="unfinished">ہر مہم کی ووٹر رجسٹریشن</translation>
    </message>
    <message>
        <source>What each voter-registration drive recorded, person by person, and how many pledged to vote.</source>
        <translation type="unfinished">ہر ووٹر رجسٹریشن مہم نے فرد بہ فرد کیا درج کیا، اور کتنوں نے ووٹ دینے کا عہد کیا۔</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">ووٹ دینے کا عہد کرنے والے لوگ</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished">&amp;شراکت دار</translation>
    </message>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">موضوعاتی شعبے کے لحاظ سے شراکت دار</translation>
    </message>
    <message>
        <source>How many coalition partners work on each issue, and who they are.</source>
        <translation type="unfinished">ہر موضوع پر کتنے اتحادی شراکت دار کام کرتے ہیں، اور وہ کون ہیں۔</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">موضوعاتی شعبہ</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">شراکت دار</translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>&amp;Sign-on letters</source>
        <translation type="unfinished">&amp;دستخطی خطوط</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">دستخطی خطوط</translation>
    </message>
    <message>
        <source>For each letter, how many partners asked have signed, declined, or not answered yet.</source>
        <translation type="unfinished">ہر خط کے لیے، جن شراکت داروں سے پوچھا گیا ان میں سے کتنوں نے دستخط کیے، انکار کیا، یا ابھی جواب نہیں دیا۔</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">خط</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished">آخری تاریخ</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished">پوچھا گیا</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">دستخط کیے</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">انکار کیا</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished">جواب نہیں دیا</translation>
    </message>
    <message>
        <source>A chart of the numbers in the table below.</source>
        <translation type="unfinished">نیچے دیے گئے جدول کے اعداد کا چارٹ۔</translation>
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
        <translation type="unfinished">افراد</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest events with attendance; the table lists every event.</source>
        <translation type="unfinished">
            <numerusform>چارٹ حاضری والی تازہ ترین %n تقریب دکھاتا ہے؛ جدول میں ہر تقریب درج ہے۔</numerusform>
            <numerusform>چارٹ حاضری والی تازہ ترین %n تقریبات دکھاتا ہے؛ جدول میں ہر تقریب درج ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see attendance here.</source>
        <translation type="unfinished">یہاں حاضری دیکھنے کے لیے تقریبات میں لوگوں کو چیک اِن کریں۔</translation>
    </message>
    <message>
        <source>No one has registered or checked in yet. Check people in at events to see attendance here.</source>
        <translation type="unfinished">ابھی تک کسی نے رجسٹر یا چیک اِن نہیں کیا۔ یہاں حاضری دیکھنے کے لیے تقریبات میں لوگوں کو چیک اِن کریں۔</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">کوئی چیپٹر نہیں</translation>
    </message>
    <message>
        <source>People checked in</source>
        <translation type="unfinished">چیک اِن شدہ افراد</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n months; the table lists every month.</source>
        <translation type="unfinished">
            <numerusform>چارٹ آخری %n مہینہ دکھاتا ہے؛ جدول میں ہر مہینہ درج ہے۔</numerusform>
            <numerusform>چارٹ آخری %n مہینے دکھاتا ہے؛ جدول میں ہر مہینہ درج ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see each chapter&apos;s attendance by month here.</source>
        <translation type="unfinished">یہاں ہر چیپٹر کی ماہانہ حاضری دیکھنے کے لیے تقریبات میں لوگوں کو چیک اِن کریں۔</translation>
    </message>
    <message>
        <source>People recorded</source>
        <translation type="unfinished">درج شدہ افراد</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest drives with records; the table lists every drive.</source>
        <translation type="unfinished">
            <numerusform>چارٹ ریکارڈ والی تازہ ترین %n مہم دکھاتا ہے؛ جدول میں ہر مہم درج ہے۔</numerusform>
            <numerusform>چارٹ ریکارڈ والی تازہ ترین %n مہمات دکھاتا ہے؛ جدول میں ہر مہم درج ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Record who registered at voter-registration drives to see the results here.</source>
        <translation type="unfinished">یہاں نتائج دیکھنے کے لیے درج کریں کہ ووٹر رجسٹریشن مہمات میں کس نے رجسٹریشن کی۔</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n issue areas with the most partners; the table lists every area.</source>
        <translation type="unfinished">
            <numerusform>چارٹ سب سے زیادہ شراکت داروں والا %n موضوعاتی شعبہ دکھاتا ہے؛ جدول میں ہر شعبہ درج ہے۔</numerusform>
            <numerusform>چارٹ سب سے زیادہ شراکت داروں والے %n موضوعاتی شعبے دکھاتا ہے؛ جدول میں ہر شعبہ درج ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Add issue areas to partners to see the coalition by issue here.</source>
        <translation type="unfinished">یہاں موضوع کے لحاظ سے اتحاد دیکھنے کے لیے شراکت داروں میں موضوعاتی شعبے شامل کریں۔</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no deadline</comment>
        <translation type="unfinished">کوئی نہیں</translation>
    </message>
    <message>
        <source>Partners asked</source>
        <translation type="unfinished">جن شراکت داروں سے پوچھا گیا</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n letters with the latest deadlines; the table lists every letter.</source>
        <translation type="unfinished">
            <numerusform>چارٹ تازہ ترین آخری تاریخ والا %n خط دکھاتا ہے؛ جدول میں ہر خط درج ہے۔</numerusform>
            <numerusform>چارٹ تازہ ترین آخری تاریخوں والے %n خطوط دکھاتا ہے؛ جدول میں ہر خط درج ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a sign-on letter and ask partners to sign it to see who signed here.</source>
        <translation type="unfinished">یہاں دستخط کرنے والوں کو دیکھنے کے لیے ایک دستخطی خط بنائیں اور شراکت داروں سے اس پر دستخط کرنے کو کہیں۔</translation>
    </message>
    <message>
        <source>No partner has been asked to sign yet. Ask partners to sign a letter to see who signed here.</source>
        <translation type="unfinished">ابھی کسی شراکت دار سے دستخط کرنے کو نہیں کہا گیا۔ یہاں دستخط کرنے والوں کو دیکھنے کے لیے شراکت داروں سے کسی خط پر دستخط کرنے کو کہیں۔</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation type="unfinished">&amp;مہمات</translation>
    </message>
    <message>
        <source>Open campaigns</source>
        <translation type="unfinished">جاری مہمات</translation>
    </message>
    <message>
        <source>How each open phone bank, door-knocking effort and get-out-the-vote drive is going: attempts, people reached and pledges to vote, in all and day by day.</source>
        <translation type="unfinished">ہر جاری فون بینک، گھر گھر دستک اور ووٹ ڈلوانے کی مہم کا حال: کوششیں، جن سے رابطہ ہوا اور ووٹ کے عہد، کل اور دن بہ دن۔</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">مہم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">قسم</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">فہرست میں</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">کوششیں</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">روابط</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">رابطے کی شرح</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">عہد</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">وہ کوششیں جن میں شخص سے بات ہوئی</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">نتائج</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %Ln newest open campaigns with results; the table lists every open campaign.</source>
        <translation type="unfinished">
            <numerusform>چارٹ نتائج والی %Ln تازہ ترین جاری مہم دکھاتا ہے؛ جدول میں ہر جاری مہم ہے۔</numerusform>
            <numerusform>چارٹ نتائج والی %Ln تازہ ترین جاری مہمات دکھاتا ہے؛ جدول میں ہر جاری مہم ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: attempts, contacts and pledges per day</source>
        <translation type="unfinished">%1: روزانہ کوششیں، رابطے اور عہد</translation>
    </message>
    <message>
        <source>Start a phone bank, door-knocking effort or get-out-the-vote drive to see its progress here.</source>
        <translation type="unfinished">فون بینک، گھر گھر دستک یا ووٹ ڈلوانے کی مہم شروع کریں تاکہ اس کی پیش رفت یہاں دیکھیں۔</translation>
    </message>
    <message>
        <source>No results recorded yet in the open campaigns. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">جاری مہمات میں ابھی کوئی نتیجہ درج نہیں ہوا۔ رضاکاروں کے نتائج درج کرنے پر پیش رفت یہاں نظر آئے گی۔</translation>
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
        <translation>کیا انہیں تمام فہرستوں سے بھی نکال دیں؟</translation>
    </message>
    <message>
        <source>Keep them on future lists</source>
        <translation>آئندہ فہرستوں میں رکھیں</translation>
    </message>
    <message>
        <source>Opt out: refused</source>
        <translation>نکالیں: انکار</translation>
    </message>
    <message>
        <source>Opt out: hostile</source>
        <translation>نکالیں: مخاصمانہ</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>نتیجہ: %1</translation>
    </message>
    <message>
        <source>Result: none chosen yet</source>
        <translation>نتیجہ: ابھی نہیں چنا گیا</translation>
    </message>
</context>
<context>
    <name>majlis::RowWriter</name>
    <message>
        <source>The record was deleted meanwhile, perhaps in another window.</source>
        <translation type="unfinished">اس دوران ریکارڈ حذف کر دیا گیا، شاید کسی اور ونڈو میں۔</translation>
    </message>
</context>
<context>
    <name>majlis::SaveFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">%1 نہیں لکھا جا سکا: %2</translation>
    </message>
</context>
<context>
    <name>majlis::ScheduleGridModel</name>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation type="unfinished">
            <numerusform>%1 (%n شخص)</numerusform>
            <numerusform>%1 (%n افراد)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1، کمرہ %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished">%1–%2</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (لیڈر)</translation>
    </message>
    <message>
        <source>Pinned: scheduling again keeps it here.</source>
        <translation type="unfinished">مقفل: دوبارہ شیڈول بنانے پر یہ یہیں رہے گی۔</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished">ٹکراؤ</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">مقفل</translation>
    </message>
</context>
<context>
    <name>majlis::SchedulePanel</name>
    <message>
        <source>Move meeting to %1</source>
        <translation type="unfinished">ملاقات کو %1 پر منتقل کریں</translation>
    </message>
    <message>
        <source>Cannot move the meeting</source>
        <translation type="unfinished">ملاقات منتقل نہیں ہو سکی</translation>
    </message>
    <message>
        <source>%1: no conflicts</source>
        <translation type="unfinished">%1: کوئی ٹکراؤ نہیں</translation>
    </message>
    <message>
        <source>&amp;Build Schedule</source>
        <translation type="unfinished">شیڈول &amp;بنائیں</translation>
    </message>
    <message>
        <source>Place every constituent with their senators and representative. Pinned and reported meetings stay where they are. (Ctrl+R)</source>
        <translation type="unfinished">ہر حلقے کے ووٹر کو ان کے سینیٹرز اور نمائندے کے ساتھ رکھیں۔ مقفل اور رپورٹ شدہ ملاقاتیں اپنی جگہ رہتی ہیں۔ (Ctrl+R)</translation>
    </message>
    <message>
        <source>By office</source>
        <translation type="unfinished">دفتر کے لحاظ سے</translation>
    </message>
    <message>
        <source>By attendee</source>
        <translation type="unfinished">شریک کے لحاظ سے</translation>
    </message>
    <message>
        <source>By team</source>
        <translation type="unfinished">ٹیم کے لحاظ سے</translation>
    </message>
    <message>
        <source>Show the schedule</source>
        <translation type="unfinished">شیڈول دکھائیں</translation>
    </message>
    <message>
        <source>&amp;Pin / Unpin</source>
        <translation type="unfinished">&amp;مقفل کریں / کھولیں</translation>
    </message>
    <message>
        <source>A pinned meeting keeps its time when the schedule is built again.</source>
        <translation type="unfinished">مقفل ملاقات کا وقت شیڈول دوبارہ بننے پر برقرار رہتا ہے۔</translation>
    </message>
    <message>
        <source>Schedule grid: drag a meeting to another time to move it</source>
        <translation type="unfinished">شیڈول گرڈ: کسی ملاقات کو منتقل کرنے کے لیے اسے دوسرے وقت پر گھسیٹیں</translation>
    </message>
    <message>
        <source>Time and office</source>
        <translation type="unfinished">وقت اور دفتر</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">مقام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">کردار</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished">&amp;ٹکراؤ</translation>
    </message>
    <message>
        <source>&amp;Not scheduled</source>
        <translation type="unfinished">&amp;غیر طے شدہ</translation>
    </message>
    <message>
        <source>&amp;Office times</source>
        <translation type="unfinished">&amp;دفتری اوقات</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished">کوئی ٹکراؤ نہیں۔</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">مقفل</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">لیڈر</translation>
    </message>
    <message>
        <source>no office</source>
        <translation type="unfinished">کوئی دفتر نہیں</translation>
    </message>
    <message>
        <source>%1 — %2: not scheduled yet; build the schedule to place this meeting.</source>
        <translation type="unfinished">%1 — %2: ابھی طے نہیں؛ اس ملاقات کو رکھنے کے لیے شیڈول بنائیں۔</translation>
    </message>
    <message>
        <source>Register attendees on the Attendees tab, then build the schedule.</source>
        <translation type="unfinished">شرکاء ٹیب پر شرکاء رجسٹر کریں، پھر شیڈول بنائیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s); </source>
        <translation type="unfinished">
            <numerusform>%n ملاقات؛ </numerusform>
            <numerusform>%n ملاقاتیں؛ </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) not scheduled.</source>
        <translation type="unfinished">
            <numerusform>%n درخواست طے نہیں ہوئی۔</numerusform>
            <numerusform>%n درخواستیں طے نہیں ہوئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has every meeting they can have.</source>
        <translation type="unfinished">ہر ایک کی وہ تمام ملاقاتیں طے ہیں جو ہو سکتی ہیں۔</translation>
    </message>
    <message>
        <source>Cannot build the schedule</source>
        <translation type="unfinished">شیڈول نہیں بن سکا</translation>
    </message>
    <message>
        <source>Cannot pin the meeting</source>
        <translation type="unfinished">ملاقات مقفل نہیں ہو سکی</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">ٹکراؤ</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished">شیڈول نہیں</translation>
    </message>
</context>
<context>
    <name>majlis::ScriptTreeModel</name>
    <message>
        <source>Choose one</source>
        <translation>ایک چنیں</translation>
    </message>
    <message>
        <source>Choose any</source>
        <translation>جتنے چاہیں چنیں</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>ہاں یا نہیں</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>آزاد متن</translation>
    </message>
    <message>
        <source>Adds the tag %1</source>
        <translation>ٹیگ %1 شامل کرتا ہے</translation>
    </message>
    <message>
        <source>Records a pledge to vote</source>
        <translation>ووٹ دینے کا وعدہ درج کرتا ہے</translation>
    </message>
    <message>
        <source>Asks for a voter-registration follow-up</source>
        <translation>ووٹر رجسٹریشن کا فالو اپ مانگتا ہے</translation>
    </message>
    <message>
        <source>Opts the person out of every list</source>
        <translation>شخص کو تمام فہرستوں سے نکال دیتا ہے</translation>
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
        <translation>سوال اور جوابات</translation>
    </message>
    <message>
        <source>Kind, or what the answer does</source>
        <translation>قسم، یا جواب کیا کرتا ہے</translation>
    </message>
</context>
<context>
    <name>majlis::SignOnLettersPanel</name>
    <message>
        <source>New &amp;Letter…</source>
        <translation type="unfinished">نیا &amp;خط…</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">دستخطی خطوط</translation>
    </message>
    <message>
        <source>&amp;Ask Partners…</source>
        <translation type="unfinished">شراکت داروں سے &amp;پوچھیں…</translation>
    </message>
    <message>
        <source>&amp;Record Answer…</source>
        <translation type="unfinished">جواب &amp;درج کریں…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">شراکت دار</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">جواب</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished">جواب کی تاریخ</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished">دستخط کنندہ</translation>
    </message>
    <message>
        <source>No sign-on letters yet</source>
        <translation type="unfinished">ابھی کوئی دستخطی خط نہیں</translation>
    </message>
    <message>
        <source>When a coalition circulates a letter, add it with New Letter…, ask the partners you want on it, then record who signed and who declined. Signatures go into each partner&apos;s history.</source>
        <translation type="unfinished">جب کوئی اتحاد خط گردش کرائے تو اسے نیا خط… سے شامل کریں، جن شراکت داروں کو شامل کرنا چاہتے ہیں ان سے پوچھیں، پھر درج کریں کہ کس نے دستخط کیے اور کس نے انکار کیا۔ دستخط ہر شراکت دار کے تاریخچے میں چلے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>No letter selected</source>
        <translation type="unfinished">کوئی خط منتخب نہیں</translation>
    </message>
    <message>
        <source>Choose a letter in the list to see who was asked and who answered.</source>
        <translation type="unfinished">یہ دیکھنے کے لیے کہ کس سے پوچھا گیا اور کس نے جواب دیا، فہرست میں کوئی خط منتخب کریں۔</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished">آخری تاریخ %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">کوئی آخری تاریخ نہیں</translation>
    </message>
    <message>
        <source>The deadline, %1, has passed</source>
        <translation type="unfinished">آخری تاریخ، %1، گزر چکی ہے</translation>
    </message>
    <message>
        <source>Nobody asked yet: click Ask Partners… to choose who should sign.</source>
        <translation type="unfinished">ابھی کسی سے نہیں پوچھا گیا: کس کو دستخط کرنے چاہئیں یہ منتخب کرنے کے لیے شراکت داروں سے پوچھیں… پر کلک کریں۔</translation>
    </message>
    <message>
        <source>%1 signed, %2 declined, %3 not yet answered</source>
        <translation type="unfinished">%1 نے دستخط کیے، %2 نے انکار کیا، %3 نے ابھی جواب نہیں دیا</translation>
    </message>
    <message>
        <source>Every partner asked has answered.</source>
        <translation type="unfinished">جن شراکت داروں سے پوچھا گیا سب نے جواب دے دیا ہے۔</translation>
    </message>
    <message>
        <source>Not yet answered: %1</source>
        <translation type="unfinished">ابھی جواب نہیں دیا: %1</translation>
    </message>
    <message>
        <source>Cannot add the letter</source>
        <translation type="unfinished">خط شامل نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Cannot ask the partners</source>
        <translation type="unfinished">شراکت داروں سے پوچھا نہیں جا سکا</translation>
    </message>
    <message>
        <source>Cannot record the answer</source>
        <translation type="unfinished">جواب درج نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Change the Answer</source>
        <translation type="unfinished">جواب تبدیل کریں</translation>
    </message>
    <message>
        <source>%1 already answered: %2 on %3. Record a new answer instead?</source>
        <translation type="unfinished">%1 پہلے ہی جواب دے چکے ہیں: %3 کو %2۔ اس کے بجائے نیا جواب درج کریں؟</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished">خط کا متن</translation>
    </message>
    <message>
        <source>Partners&apos; answers</source>
        <translation type="unfinished">شراکت داروں کے جوابات</translation>
    </message>
</context>
<context>
    <name>majlis::SyncController</name>
    <message>
        <source>This computer has no keychain Majlis can use, so the sync login is kept only until Majlis closes: the password will be asked again next time.</source>
        <translation type="unfinished">اس کمپیوٹر میں کوئی ایسی کی چین نہیں جسے Majlis استعمال کر سکے، اس لیے ہم آہنگی کا لاگ اِن صرف Majlis بند ہونے تک رکھا جاتا ہے: اگلی بار پاس ورڈ دوبارہ پوچھا جائے گا۔</translation>
    </message>
</context>
<context>
    <name>majlis::SyncServerDialog</name>
    <message>
        <source>Sync Server</source>
        <translation type="unfinished">ہم آہنگی کا سرور</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation type="unfinished">https://sync.example.org</translation>
    </message>
    <message>
        <source>How this laptop recognizes the server</source>
        <translation type="unfinished">یہ لیپ ٹاپ سرور کو کیسے پہچانتا ہے</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate &amp;authority</source>
        <translation type="unfinished">تنظیم کی سرٹیفکیٹ &amp;اتھارٹی</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="unfinished">فائل &amp;منتخب کریں…</translation>
    </message>
    <message>
        <source>The server certificate&apos;s SHA-256 &amp;fingerprint</source>
        <translation type="unfinished">سرور کے سرٹیفکیٹ کا SHA-256 &amp;فنگر پرنٹ</translation>
    </message>
    <message>
        <source>AB:CD:EF:… (64 hexadecimal digits)</source>
        <translation type="unfinished">AB:CD:EF:… (64 ہیکساڈیسیمل ہندسے)</translation>
    </message>
    <message>
        <source>Your organization&apos;s administrator gives you one of the two.</source>
        <translation type="unfinished">آپ کی تنظیم کا منتظم آپ کو ان دونوں میں سے ایک دیتا ہے۔</translation>
    </message>
    <message>
        <source>Majlis does not save your password: the server gives this laptop a session, which is kept in this computer&apos;s keychain.</source>
        <translation type="unfinished">Majlis آپ کا پاس ورڈ محفوظ نہیں کرتا: سرور اس لیپ ٹاپ کو ایک سیشن دیتا ہے، جو اس کمپیوٹر کی کی چین میں رکھا جاتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished">&amp;لاگ اِن کریں</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation type="unfinished">لاگ &amp;آؤٹ کریں</translation>
    </message>
    <message>
        <source>Forget the session on this laptop. Changes stay here until you log in again.</source>
        <translation type="unfinished">اس لیپ ٹاپ پر سیشن بھلا دیتا ہے۔ دوبارہ لاگ اِن کرنے تک تبدیلیاں یہیں رہتی ہیں۔</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished">&amp;سرور کا پتا:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished">&amp;صارف نام:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">&amp;پاس ورڈ:</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation type="unfinished">سرور پر اپنا صارف نام درج کریں۔</translation>
    </message>
    <message>
        <source>Choose the file of the organization&apos;s certificate authority, or give the server certificate&apos;s fingerprint instead.</source>
        <translation type="unfinished">تنظیم کی سرٹیفکیٹ اتھارٹی کی فائل منتخب کریں، یا اس کے بجائے سرور کے سرٹیفکیٹ کا فنگر پرنٹ دیں۔</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 کو پڑھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format (a text file starting with “-----BEGIN CERTIFICATE-----”).</source>
        <translation type="unfinished">%1 میں PEM فارمیٹ کا کوئی سرٹیفکیٹ نہیں (ایک ٹیکسٹ فائل جو “-----BEGIN CERTIFICATE-----” سے شروع ہوتی ہے)۔</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished">سرٹیفکیٹ اتھارٹی</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished">سرٹیفکیٹس (*.pem *.crt *.cer);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished">کوئی فائل منتخب نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation type="unfinished">%1، %2 تک کارآمد</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished">اپنا پاس ورڈ درج کریں۔</translation>
    </message>
    <message>
        <source>A sync is running. Log in once it is done, or cancel it in the status bar.</source>
        <translation type="unfinished">ہم آہنگی جاری ہے۔ اس کے مکمل ہونے پر لاگ اِن کریں، یا اسے اسٹیٹس بار میں منسوخ کریں۔</translation>
    </message>
    <message>
        <source>Logged out. Changes stay on this laptop until you log in again.</source>
        <translation type="unfinished">لاگ آؤٹ ہو گئے۔ دوبارہ لاگ اِن کرنے تک تبدیلیاں اسی لیپ ٹاپ پر رہیں گی۔</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished">لاگ اِن ہو رہا ہے…</translation>
    </message>
    <message>
        <source>A sync is running; logging in is possible once it is done.</source>
        <translation type="unfinished">ہم آہنگی جاری ہے؛ اس کے مکمل ہونے کے بعد لاگ اِن ممکن ہے۔</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished">%1 کے طور پر لاگ اِن ہیں۔</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation type="unfinished">لاگ اِن نہیں ہیں۔</translation>
    </message>
</context>
<context>
    <name>majlis::SyncStatusWidget</name>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished">ابھی ابھی ہم آہنگ ہوا</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform>%n منٹ پہلے ہم آہنگ ہوا</numerusform>
            <numerusform>%n منٹ پہلے ہم آہنگ ہوا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform>%n گھنٹہ پہلے ہم آہنگ ہوا</numerusform>
            <numerusform>%n گھنٹے پہلے ہم آہنگ ہوا</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation type="unfinished">%1 کو ہم آہنگ ہوا</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation type="unfinished">آخری ہم آہنگی: %1۔</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished">ابھی تک ہم آہنگ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Sent: %1 · Received: %2 · Removed: %3 · New conflicts: %4 · Refused: %5</source>
        <translation type="unfinished">بھیجی گئیں: %1 · موصول: %2 · ہٹائی گئیں: %3 · نئے ٹکراؤ: %4 · مسترد: %5</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation type="unfinished">ہم آہنگی: ترتیب نہیں دی گئی</translation>
    </message>
    <message>
        <source>This workspace is only on this laptop. Click to choose the sync server.</source>
        <translation type="unfinished">یہ ورک اسپیس صرف اسی لیپ ٹاپ پر ہے۔ ہم آہنگی کا سرور منتخب کرنے کے لیے کلک کریں۔</translation>
    </message>
    <message>
        <source>Offline — will retry</source>
        <translation type="unfinished">آف لائن — دوبارہ کوشش ہوگی</translation>
    </message>
    <message>
        <source>Majlis tries again every few minutes. Click to try now.</source>
        <translation type="unfinished">Majlis ہر چند منٹ بعد دوبارہ کوشش کرتا ہے۔ ابھی کوشش کرنے کے لیے کلک کریں۔</translation>
    </message>
    <message>
        <source>Syncing: connecting…</source>
        <translation type="unfinished">ہم آہنگی: کنیکٹ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Syncing: sending…</source>
        <translation type="unfinished">ہم آہنگی: بھیجا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Sent %1 of %2 changes.</source>
        <translation type="unfinished">%2 میں سے %1 تبدیلیاں بھیجی گئیں۔</translation>
    </message>
    <message>
        <source>Syncing: receiving…</source>
        <translation type="unfinished">ہم آہنگی: وصول کیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Received %1 changes so far.</source>
        <translation type="unfinished">اب تک %1 تبدیلیاں موصول ہوئیں۔</translation>
    </message>
    <message>
        <source>Sync: not synced yet</source>
        <translation type="unfinished">ہم آہنگی: ابھی تک نہیں ہوئی</translation>
    </message>
    <message>
        <source>Majlis syncs every few minutes. Click to sync now.</source>
        <translation type="unfinished">Majlis ہر چند منٹ بعد ہم آہنگ کرتا ہے۔ ابھی ہم آہنگ کرنے کے لیے کلک کریں۔</translation>
    </message>
    <message>
        <source>Sync: log in again</source>
        <translation type="unfinished">ہم آہنگی: دوبارہ لاگ اِن کریں</translation>
    </message>
    <message>
        <source>Your changes stay on this laptop until then. Click to log in.</source>
        <translation type="unfinished">تب تک آپ کی تبدیلیاں اسی لیپ ٹاپ پر رہیں گی۔ لاگ اِن کرنے کے لیے کلک کریں۔</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished">ہم آہنگی ناکام ہو گئی</translation>
    </message>
    <message>
        <source>Click to try again.</source>
        <translation type="unfinished">دوبارہ کوشش کرنے کے لیے کلک کریں۔</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished">ہم آہنگی کی حالت</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished">ہم آہنگی کی پیش رفت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <source>Stop syncing. What was already sent or received is kept.</source>
        <translation type="unfinished">ہم آہنگی روک دیتا ہے۔ جو کچھ پہلے بھیجا یا موصول ہو چکا ہے وہ رکھا جاتا ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform>%n ٹکراؤ</numerusform>
            <numerusform>%n ٹکراؤ</numerusform>
        </translation>
    </message>
    <message>
        <source>Values that lost to an edit made on another laptop. Click to review them.</source>
        <translation type="unfinished">وہ قدریں جو کسی دوسرے لیپ ٹاپ پر کی گئی ترمیم کے مقابلے میں رہ گئیں۔ ان کا جائزہ لینے کے لیے کلک کریں۔</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutPanel</name>
    <message>
        <source>Turnout per district</source>
        <translation type="unfinished">ہر حلقے کا ٹرن آؤٹ</translation>
    </message>
    <message>
        <source>Chase list: pledged, not voted yet</source>
        <translation type="unfinished">یاددہانی فہرست: عہد کیا، ابھی ووٹ نہیں دیا</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">حلقہ</translation>
    </message>
    <message>
        <source>Chase list</source>
        <translation type="unfinished">یاددہانی فہرست</translation>
    </message>
    <message>
        <source>&amp;Mark Voted</source>
        <translation type="unfinished">&amp;ووٹ دیا درج کریں</translation>
    </message>
    <message>
        <source>Mark the selected people on the chase list as voted</source>
        <translation type="unfinished">یاددہانی فہرست میں منتخب افراد کو ووٹ دینے والا درج کریں</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;کالعدم کریں</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation type="unfinished">آخری نشان کالعدم کریں</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">&amp;حلقہ:</translation>
    </message>
    <message>
        <source>Find anyone</source>
        <translation type="unfinished">کسی کو بھی تلاش کریں</translation>
    </message>
    <message>
        <source>Find by name or phone</source>
        <translation type="unfinished">نام یا فون سے تلاش کریں</translation>
    </message>
    <message>
        <source>Name or phone number</source>
        <translation type="unfinished">نام یا فون نمبر</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">ملنے والے افراد</translation>
    </message>
    <message>
        <source>Mark &amp;Voted</source>
        <translation type="unfinished">ووٹ &amp;دیا درج کریں</translation>
    </message>
    <message>
        <source>Mark the people found as voted</source>
        <translation type="unfinished">ملنے والے افراد کو ووٹ دینے والا درج کریں</translation>
    </message>
    <message>
        <source>Mark &amp;Not Voted</source>
        <translation type="unfinished">ووٹ &amp;نہیں دیا درج کریں</translation>
    </message>
    <message>
        <source>Take the voted mark off the people found</source>
        <translation type="unfinished">ملنے والے افراد سے ووٹ کا نشان ہٹائیں</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;تلاش:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <source>Choose an election to follow its turnout.</source>
        <translation type="unfinished">ٹرن آؤٹ دیکھنے کے لیے انتخاب منتخب کریں۔</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>election name, then its date</comment>
        <translation type="unfinished">%1، %2</translation>
    </message>
    <message>
        <source>Nobody has pledged to vote in this election yet. Pledges come from the answers people give to campaign scripts.</source>
        <translation type="unfinished">ابھی کسی نے اس انتخاب میں ووٹ دینے کا عہد نہیں کیا۔ عہد مہم کے اسکرپٹ کے سوالوں کے جوابات سے آتے ہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pledged to vote; %1 of them (%2) have voted.</source>
        <translation type="unfinished">
            <numerusform>%Ln شخص نے ووٹ کا عہد کیا؛ ان میں سے %1 (%2) نے ووٹ دے دیا۔</numerusform>
            <numerusform>%Ln افراد نے ووٹ کا عہد کیا؛ ان میں سے %1 (%2) نے ووٹ دے دیا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more voted without having pledged.</source>
        <translation type="unfinished">
            <numerusform>مزید %Ln شخص نے عہد کے بغیر ووٹ دیا۔</numerusform>
            <numerusform>مزید %Ln افراد نے عہد کے بغیر ووٹ دیا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Every district</source>
        <translation type="unfinished">تمام حلقے</translation>
    </message>
    <message>
        <source>Nobody to chase: nobody has pledged yet.</source>
        <translation type="unfinished">یاددہانی کے لیے کوئی نہیں: ابھی کسی نے عہد نہیں کیا۔</translation>
    </message>
    <message>
        <source>Nobody left to chase: everyone who pledged has voted.</source>
        <translation type="unfinished">یاددہانی کے لیے کوئی باقی نہیں: عہد کرنے والے سب ووٹ دے چکے۔</translation>
    </message>
    <message>
        <source>Type a name or phone number to find anyone, pledged or not, and mark them voted.</source>
        <translation type="unfinished">کسی کو بھی تلاش کرنے کے لیے نام یا فون نمبر لکھیں، عہد کیا ہو یا نہیں، اور اسے ووٹ دینے والا درج کریں۔</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; سے کوئی میل نہیں کھاتا۔</translation>
    </message>
    <message>
        <source>Already marked voted.</source>
        <translation type="unfinished">پہلے ہی ووٹ دینے والا درج ہے۔</translation>
    </message>
    <message>
        <source>Not marked voted.</source>
        <translation type="unfinished">ووٹ دینے والا درج نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln people voted.</source>
        <translation type="unfinished">
            <numerusform>%Ln شخص ووٹ دینے والا درج ہوا۔</numerusform>
            <numerusform>%Ln افراد ووٹ دینے والے درج ہوئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the voted mark off %Ln people.</source>
        <translation type="unfinished">
            <numerusform>%Ln شخص سے ووٹ کا نشان ہٹایا گیا۔</numerusform>
            <numerusform>%Ln افراد سے ووٹ کا نشان ہٹایا گیا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo with %1.</source>
        <translation type="unfinished">کالعدم کرنے کے لیے %1۔</translation>
    </message>
    <message>
        <source>Cannot mark the vote</source>
        <translation type="unfinished">ووٹ درج نہیں ہو سکا</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutRowModel</name>
    <message>
        <source>Unknown district</source>
        <translation type="unfinished">نامعلوم حلقہ</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">عہد کیا</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">ووٹ دیا</translation>
    </message>
    <message>
        <source>Marked voted at %1</source>
        <translation type="unfinished">%1 پر ووٹ دیا درج ہوا</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">حلقہ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">فون</translation>
    </message>
</context>
<context>
    <name>majlis::VolunteerModel</name>
    <message>
        <source>Volunteer (sync user name)</source>
        <translation>رضاکار (ہم آہنگی کا صارف نام)</translation>
    </message>
    <message>
        <source>Languages they call in</source>
        <translation>کال کی زبانیں</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>کال کے لیے</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">مکمل</translation>
    </message>
</context>
<context>
    <name>majlis::WalkListPanel</name>
    <message>
        <source>Walk list of</source>
        <translation type="unfinished">کی واک لسٹ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">&amp;PDF محفوظ کریں…</translation>
    </message>
    <message>
        <source>Walk list preview</source>
        <translation type="unfinished">واک لسٹ کا پیش منظر</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">پوری فہرست</translation>
    </message>
    <message>
        <source>Every volunteer&apos;s share (each on its own pages)</source>
        <translation type="unfinished">ہر رضاکار کا حصہ (ہر ایک اپنے صفحات پر)</translation>
    </message>
    <message>
        <source>Choose a door-knocking campaign to print its walk lists.</source>
        <translation type="unfinished">واک لسٹیں چھاپنے کے لیے گھر گھر دستک کی مہم منتخب کریں۔</translation>
    </message>
    <message>
        <source>Print Walk Lists</source>
        <translation type="unfinished">واک لسٹیں چھاپیں</translation>
    </message>
    <message>
        <source>Save Walk Lists as PDF</source>
        <translation type="unfinished">واک لسٹیں PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">PDF محفوظ نہیں ہو سکی</translation>
    </message>
</context>
<context>
    <name>majlis::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation type="unfinished">ورک اسپیس کی ترتیبات</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s country</source>
        <translation type="unfinished">مقرر نہیں: اس کمپیوٹر کا ملک</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">فون نمبروں کا ملک</translation>
    </message>
    <message>
        <source>Time zone of events</source>
        <translation type="unfinished">تقریبات کا ٹائم زون</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s time zone</source>
        <translation type="unfinished">مقرر نہیں: اس کمپیوٹر کا ٹائم زون</translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation type="unfinished">فون نمبروں کا &amp;ملک:</translation>
    </message>
    <message>
        <source>&amp;Time zone of events:</source>
        <translation type="unfinished">تقریبات کا &amp;ٹائم زون:</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished">چیپٹرز</translation>
    </message>
    <message>
        <source>C&amp;hapters</source>
        <translation type="unfinished">&amp;چیپٹرز</translation>
    </message>
    <message>
        <source>A chapter&apos;s own country and time zone come before the workspace&apos;s for its contacts and events. Double-click a cell to change it; an empty one follows the workspace.</source>
        <translation type="unfinished">کسی چیپٹر کا اپنا ملک اور ٹائم زون اس کے رابطوں اور تقریبات کے لیے ورک اسپیس کی ترتیب پر مقدم ہیں۔ بدلنے کے لیے خانے پر ڈبل کلک کریں؛ خالی خانہ ورک اسپیس کی پیروی کرتا ہے۔</translation>
    </message>
    <message>
        <source>The chapters could not be read: %1</source>
        <translation type="unfinished">چیپٹرز پڑھی نہیں جا سکیں: %1</translation>
    </message>
    <message>
        <source>Numbers typed without + are read as numbers of %1, unless the contact or its chapter names another country.</source>
        <translation type="unfinished">+ کے بغیر لکھے گئے نمبر %1 کے نمبر سمجھے جاتے ہیں، جب تک رابطہ یا اس کی چیپٹر کوئی اور ملک نہ بتائے۔</translation>
    </message>
    <message>
        <source>In effect: %1, from this computer&apos;s language and region settings.</source>
        <translation type="unfinished">نافذ: %1، اس کمپیوٹر کی زبان اور علاقے کی ترتیبات سے۔</translation>
    </message>
    <message>
        <source>None in effect: this computer&apos;s settings name no country, so numbers typed without + and without a country are kept as typed. Choose one.</source>
        <translation type="unfinished">کوئی ملک نافذ نہیں: اس کمپیوٹر کی ترتیبات کوئی ملک نہیں بتاتیں، اس لیے + اور ملک کے بغیر نمبر جیسے لکھے گئے ویسے ہی رکھے جاتے ہیں۔ کوئی ملک چنیں۔</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows; choose one from the list.</source>
        <translation type="unfinished">%1 ایسا ٹائم زون نہیں جسے یہ کمپیوٹر جانتا ہو؛ فہرست میں سے ایک چنیں۔</translation>
    </message>
    <message>
        <source>In effect: %1, this computer&apos;s time zone.</source>
        <translation type="unfinished">نافذ: %1، اس کمپیوٹر کا ٹائم زون۔</translation>
    </message>
    <message>
        <source>Events without a zone of their own or of their chapter are at %1.</source>
        <translation type="unfinished">جن تقریبات کا اپنا یا ان کی چیپٹر کا ٹائم زون نہیں، وہ %1 کے وقت پر ہیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished">کچھ نہیں بدلا۔ %1</translation>
    </message>
</context>
<context>
    <name>majlis::cli::Context</name>
    <message>
        <source>The chapter&apos;s city.</source>
        <translation type="unfinished">چیپٹر کا شہر۔</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>State, province or region.</source>
        <translation type="unfinished">ریاست، صوبہ یا علاقہ۔</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US.</source>
        <translation type="unfinished">ملک کا دو حرفی کوڈ، جیسے US۔</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">کوڈ</translation>
    </message>
    <message>
        <source>&quot;chapters add&quot; needs the chapter&apos;s name.</source>
        <translation type="unfinished">&quot;chapters add&quot; کے لیے چیپٹر کا نام ضروری ہے۔</translation>
    </message>
    <message>
        <source>Added chapter %1.</source>
        <translation type="unfinished">چیپٹر %1 شامل کر دیا گیا۔</translation>
    </message>
    <message>
        <source>No chapters yet. Add one with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">ابھی کوئی چیپٹر نہیں۔ &quot;majlis-cli chapters add NAME&quot; سے ایک شامل کریں۔</translation>
    </message>
    <message>
        <source>Workspace ready at %1 (format %2).</source>
        <translation type="unfinished">ورک اسپیس %1 پر تیار ہے (فارمیٹ %2)۔</translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation type="unfinished">پہلا نام۔</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation type="unfinished">خاندانی نام۔</translation>
    </message>
    <message>
        <source>Preferred name.</source>
        <translation type="unfinished">پسندیدہ نام۔</translation>
    </message>
    <message>
        <source>Email address; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">ای میل پتا؛ کئی کے لیے دہرائیں (ترمیم پر موجودہ کی جگہ لیتے ہیں)۔</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">پتا</translation>
    </message>
    <message>
        <source>Phone number; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">فون نمبر؛ کئی کے لیے دہرائیں (ترمیم پر موجودہ کی جگہ لیتے ہیں)۔</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">نمبر</translation>
    </message>
    <message>
        <source>Chapter name.</source>
        <translation type="unfinished">چیپٹر کا نام۔</translation>
    </message>
    <message>
        <source>U.S. state, two letters.</source>
        <translation type="unfinished">امریکی ریاست، دو حروف۔</translation>
    </message>
    <message>
        <source>Congressional district (0 for at-large).</source>
        <translation type="unfinished">کانگریشنل حلقہ (at-large کے لیے 0)۔</translation>
    </message>
    <message>
        <source>Organization.</source>
        <translation type="unfinished">تنظیم۔</translation>
    </message>
    <message>
        <source>Role at the organization.</source>
        <translation type="unfinished">تنظیم میں کردار۔</translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished">کردار</translation>
    </message>
    <message>
        <source>Tag; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">ٹیگ؛ کئی کے لیے دہرائیں (ترمیم پر موجودہ کی جگہ لیتے ہیں)۔</translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished">ٹیگ</translation>
    </message>
    <message>
        <source>Language spoken, such as ar; repeatable.</source>
        <translation type="unfinished">بولی جانے والی زبان، جیسے ar؛ دہرائی جا سکتی ہے۔</translation>
    </message>
    <message>
        <source>Consent given today, on the command line: email, sms, phone or photo; repeatable.</source>
        <translation type="unfinished">آج کمانڈ لائن پر دی گئی رضامندی: email، sms، phone یا photo؛ دہرائی جا سکتی ہے۔</translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished">ذریعہ</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished">نوٹس۔</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">متن</translation>
    </message>
    <message>
        <source>--district takes a number, such as 12 or 0 for at-large.</source>
        <translation type="unfinished">--district ایک نمبر لیتا ہے، جیسے 12، یا at-large کے لیے 0۔</translation>
    </message>
    <message>
        <source>Unknown consent &quot;%1&quot;; use email, sms, phone or photo.</source>
        <translation type="unfinished">نامعلوم رضامندی &quot;%1&quot;؛ email، sms، phone یا photo استعمال کریں۔</translation>
    </message>
    <message>
        <source>%1 Add it first with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">%1 پہلے اسے &quot;majlis-cli chapters add NAME&quot; سے شامل کریں۔</translation>
    </message>
    <message>
        <source>  id: %1</source>
        <translation type="unfinished">  id: %1</translation>
    </message>
    <message>
        <source>  email: %1</source>
        <translation type="unfinished">  ای میل: %1</translation>
    </message>
    <message>
        <source>  phone: %1</source>
        <translation type="unfinished">  فون: %1</translation>
    </message>
    <message>
        <source>  chapter: %1</source>
        <translation type="unfinished">  چیپٹر: %1</translation>
    </message>
    <message>
        <source>  district: %1</source>
        <translation type="unfinished">  حلقہ: %1</translation>
    </message>
    <message>
        <source>  tags: %1</source>
        <translation type="unfinished">  ٹیگ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n رابطہ</numerusform>
            <numerusform>%n روابط</numerusform>
        </translation>
    </message>
    <message>
        <source>Show at most this many (default 50).</source>
        <translation type="unfinished">زیادہ سے زیادہ اتنے دکھائیں (پہلے سے طے شدہ 50)۔</translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished">تعداد</translation>
    </message>
    <message>
        <source>Only this chapter.</source>
        <translation type="unfinished">صرف یہ چیپٹر۔</translation>
    </message>
    <message>
        <source>Only contacts with this tag.</source>
        <translation type="unfinished">صرف اس ٹیگ والے روابط۔</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished">%1 شامل کر دیا گیا۔</translation>
    </message>
    <message>
        <source>&quot;contacts search&quot; needs something to search for.</source>
        <translation type="unfinished">&quot;contacts search&quot; کے لیے تلاش کرنے کو کچھ درکار ہے۔</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished">--limit ایک مثبت نمبر لیتا ہے۔</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; needs a contact id.</source>
        <translation type="unfinished">&quot;contacts %1&quot; کے لیے رابطہ id ضروری ہے۔</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; takes one contact id.</source>
        <translation type="unfinished">&quot;contacts %1&quot; ایک ہی رابطہ id لیتا ہے۔</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">%1 محفوظ کر دیا گیا۔</translation>
    </message>
    <message>
        <source>--date takes a date like 2027-03-04.</source>
        <translation type="unfinished">--date ایک تاریخ لیتا ہے، جیسے 2027-03-04۔</translation>
    </message>
    <message>
        <source>--%1 takes a time like 09:00.</source>
        <translation type="unfinished">--%1 ایک وقت لیتا ہے، جیسے 09:00۔</translation>
    </message>
    <message>
        <source>--slot and --team-size take whole numbers.</source>
        <translation type="unfinished">--slot اور --team-size پورے اعداد لیتے ہیں۔</translation>
    </message>
    <message>
        <source>Created advocacy day %1 (%2).</source>
        <translation type="unfinished">ایڈووکیسی کا دن %1 (%2) بنا دیا گیا۔</translation>
    </message>
    <message>
        <source>No advocacy days yet. Create one with &quot;majlis-cli day create TITLE --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">ابھی کوئی ایڈووکیسی کا دن نہیں۔ &quot;majlis-cli day create TITLE --date YYYY-MM-DD&quot; سے ایک بنائیں۔</translation>
    </message>
    <message>
        <source>--role is one of constituent, team_lead, note_taker, first_timer.</source>
        <translation type="unfinished">--role ان میں سے ایک ہے: constituent، team_lead، note_taker، first_timer۔</translation>
    </message>
    <message>
        <source>Name the contacts to register, by id or with --tag.</source>
        <translation type="unfinished">رجسٹر کرنے والے روابط بتائیں، id سے یا --tag کے ساتھ۔</translation>
    </message>
    <message numerus="yes">
        <source>Registered %n new attendee(s) for %1.</source>
        <translation type="unfinished">
            <numerusform>%1 کے لیے %n نیا شریک رجسٹر کیا گیا۔</numerusform>
            <numerusform>%1 کے لیے %n نئے شرکاء رجسٹر کیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet. Use &quot;majlis-cli day attendees add DAY CONTACT...&quot;.</source>
        <translation type="unfinished">ابھی کوئی رجسٹرڈ نہیں۔ &quot;majlis-cli day attendees add DAY CONTACT...&quot; استعمال کریں۔</translation>
    </message>
    <message>
        <source>Scheduled %1 meetings; %2 of %3 constituents have all their meetings.</source>
        <translation type="unfinished">%1 ملاقاتیں طے کی گئیں؛ %3 میں سے %2 حلقے کے ووٹروں کی تمام ملاقاتیں طے ہیں۔</translation>
    </message>
    <message>
        <source>Not scheduled:</source>
        <translation type="unfinished">طے نہیں ہوئیں:</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished">فولڈر %1 نہیں بن سکا۔</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation type="unfinished">
            <numerusform>%n فائل لکھی گئی۔</numerusform>
            <numerusform>%n فائلیں لکھی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;day attendees&quot; needs add or list.</source>
        <translation type="unfinished">&quot;day attendees&quot; کے ساتھ add یا list ضروری ہے۔</translation>
    </message>
    <message>
        <source>The day&apos;s date, such as 2027-03-04.</source>
        <translation type="unfinished">دن کی تاریخ، جیسے 2027-03-04۔</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">تاریخ</translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished">شہر</translation>
    </message>
    <message>
        <source>The day&apos;s theme.</source>
        <translation type="unfinished">دن کا موضوع۔</translation>
    </message>
    <message>
        <source>First meeting time (default 09:00).</source>
        <translation type="unfinished">پہلی ملاقات کا وقت (پہلے سے طے شدہ 09:00)۔</translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished">وقت</translation>
    </message>
    <message>
        <source>End of the last meeting (default 17:00).</source>
        <translation type="unfinished">آخری ملاقات کا اختتام (پہلے سے طے شدہ 17:00)۔</translation>
    </message>
    <message>
        <source>Minutes per meeting (default 30).</source>
        <translation type="unfinished">ہر ملاقات کے منٹ (پہلے سے طے شدہ 30)۔</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished">منٹ</translation>
    </message>
    <message>
        <source>Most people in one team (default 8).</source>
        <translation type="unfinished">ایک ٹیم میں زیادہ سے زیادہ افراد (پہلے سے طے شدہ 8)۔</translation>
    </message>
    <message>
        <source>An ask, as &quot;BILL: title&quot;; repeat for more.</source>
        <translation type="unfinished">ایک مطالبہ، بطور &quot;BILL: title&quot;؛ مزید کے لیے دہرائیں۔</translation>
    </message>
    <message>
        <source>ask</source>
        <translation type="unfinished">مطالبہ</translation>
    </message>
    <message>
        <source>constituent (default), team_lead, note_taker or first_timer.</source>
        <translation type="unfinished">constituent (پہلے سے طے شدہ)، team_lead، note_taker یا first_timer۔</translation>
    </message>
    <message>
        <source>Register every contact with this tag.</source>
        <translation type="unfinished">اس ٹیگ والے ہر رابطے کو رجسٹر کریں۔</translation>
    </message>
    <message>
        <source>Write the day as an iCalendar file.</source>
        <translation type="unfinished">دن کو iCalendar فائل کے طور پر لکھیں۔</translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished">فائل</translation>
    </message>
    <message>
        <source>Write the itineraries as a PDF, one per page.</source>
        <translation type="unfinished">سفری پروگرام PDF کے طور پر لکھیں، ہر صفحے پر ایک۔</translation>
    </message>
    <message>
        <source>Write the schedule as CSV.</source>
        <translation type="unfinished">شیڈول CSV کے طور پر لکھیں۔</translation>
    </message>
    <message>
        <source>With --ics: one file per attendee, in the folder given.</source>
        <translation type="unfinished">--ics کے ساتھ: دیے گئے فولڈر میں ہر شریک کی ایک فائل۔</translation>
    </message>
    <message>
        <source>unknown command &quot;day %1&quot;; use create, list, attendees add, attendees list, schedule or export.</source>
        <translation type="unfinished">نامعلوم کمانڈ &quot;day %1&quot;؛ create، list، attendees add، attendees list، schedule یا export استعمال کریں۔</translation>
    </message>
    <message>
        <source>&quot;day create&quot; needs the day&apos;s title.</source>
        <translation type="unfinished">&quot;day create&quot; کے لیے دن کا عنوان ضروری ہے۔</translation>
    </message>
    <message>
        <source>Name the advocacy day, by the id &quot;day list&quot; shows or by its title.</source>
        <translation type="unfinished">ایڈووکیسی کا دن بتائیں، &quot;day list&quot; میں دکھائی گئی id سے یا اس کے عنوان سے۔</translation>
    </message>
    <message>
        <source>This walk-in may already be a contact: %1. Check in that contact by id instead.</source>
        <translation type="unfinished">یہ واک اِن شاید پہلے سے رابطہ ہے: %1۔ اس کے بجائے اس رابطے کو id سے چیک اِن کریں۔</translation>
    </message>
    <message>
        <source>Added and checked in %1.</source>
        <translation type="unfinished">%1 کو شامل اور چیک اِن کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Name the contacts to check in by id, or add a walk-in with --walk-in --given NAME.</source>
        <translation type="unfinished">چیک اِن کرنے والے روابط id سے بتائیں، یا --walk-in --given NAME سے واک اِن شامل کریں۔</translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation type="unfinished">%1 %2 پر چیک اِن ہو گئے۔</translation>
    </message>
    <message>
        <source>When it starts, such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">کب شروع ہوتی ہے، جیسے &quot;2027-05-01 18:30&quot;۔</translation>
    </message>
    <message>
        <source>When it ends.</source>
        <translation type="unfinished">کب ختم ہوتی ہے۔</translation>
    </message>
    <message>
        <source>voter_registration, interfaith, town_hall, training, cultural, community or other.</source>
        <translation type="unfinished">voter_registration، interfaith، town_hall، training، cultural، community یا other۔</translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished">قسم</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation type="unfinished">مقام۔</translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished">مقام</translation>
    </message>
    <message>
        <source>How many people fit (0: no limit).</source>
        <translation type="unfinished">کتنے لوگوں کی گنجائش ہے (0: کوئی حد نہیں)۔</translation>
    </message>
    <message>
        <source>The chapter running it.</source>
        <translation type="unfinished">اسے چلانے والا چیپٹر۔</translation>
    </message>
    <message>
        <source>Add a new contact at the door and check them in.</source>
        <translation type="unfinished">دروازے پر نیا رابطہ شامل کریں اور اسے چیک اِن کریں۔</translation>
    </message>
    <message>
        <source>The walk-in&apos;s given name.</source>
        <translation type="unfinished">واک اِن کا پہلا نام۔</translation>
    </message>
    <message>
        <source>The walk-in&apos;s family name.</source>
        <translation type="unfinished">واک اِن کا خاندانی نام۔</translation>
    </message>
    <message>
        <source>The walk-in&apos;s email.</source>
        <translation type="unfinished">واک اِن کی ای میل۔</translation>
    </message>
    <message>
        <source>The walk-in&apos;s phone.</source>
        <translation type="unfinished">واک اِن کا فون۔</translation>
    </message>
    <message>
        <source>Write attendance as CSV to this file (- for the screen).</source>
        <translation type="unfinished">حاضری CSV کے طور پر اس فائل میں لکھیں (اسکرین کے لیے -)۔</translation>
    </message>
    <message>
        <source>--start takes a time such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">--start ایک وقت لیتا ہے، جیسے &quot;2027-05-01 18:30&quot;۔</translation>
    </message>
    <message>
        <source>--end takes a time such as &quot;2027-05-01 21:00&quot;.</source>
        <translation type="unfinished">--end ایک وقت لیتا ہے، جیسے &quot;2027-05-01 21:00&quot;۔</translation>
    </message>
    <message>
        <source>--kind is one of voter_registration, interfaith, town_hall, training, cultural, community, other.</source>
        <translation type="unfinished">--kind ان میں سے ایک ہے: voter_registration، interfaith، town_hall، training، cultural، community، other۔</translation>
    </message>
    <message>
        <source>Created event %1 (%2).</source>
        <translation type="unfinished">تقریب %1 (%2) بنا دی گئی۔</translation>
    </message>
    <message>
        <source>&quot;events calendar&quot; needs the .ics file to write.</source>
        <translation type="unfinished">&quot;events calendar&quot; کے لیے لکھی جانے والی .ics فائل ضروری ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n تقریب %1 میں لکھی گئی۔</numerusform>
            <numerusform>%n تقریبات %1 میں لکھی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet. Create one with &quot;majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;&quot;.</source>
        <translation type="unfinished">ابھی کوئی تقریب نہیں۔ &quot;majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;&quot; سے ایک بنائیں۔</translation>
    </message>
    <message>
        <source>Name the event, by the id &quot;events list&quot; shows or by its title.</source>
        <translation type="unfinished">تقریب بتائیں، &quot;events list&quot; میں دکھائی گئی id سے یا اس کے عنوان سے۔</translation>
    </message>
    <message>
        <source>Wrote the attendance of %1 to %2.</source>
        <translation type="unfinished">%1 کی حاضری %2 میں لکھ دی گئی۔</translation>
    </message>
    <message>
        <source>Imported %1 members of Congress: %2 new, %3 updated, %4 unchanged, %5 no longer in office.</source>
        <translation type="unfinished">کانگریس کے %1 ارکان درآمد کیے گئے: %2 نئے، %3 اپ ڈیٹ، %4 بغیر تبدیلی، %5 اب عہدے پر نہیں۔</translation>
    </message>
    <message>
        <source>Only this state, such as WA.</source>
        <translation type="unfinished">صرف یہ ریاست، جیسے WA۔</translation>
    </message>
    <message>
        <source>unknown command &quot;legislators %1&quot;; use import or list.</source>
        <translation type="unfinished">نامعلوم کمانڈ &quot;legislators %1&quot;؛ import یا list استعمال کریں۔</translation>
    </message>
    <message>
        <source>How many contacts (default 2000).</source>
        <translation type="unfinished">کتنے روابط (پہلے سے طے شدہ 2000)۔</translation>
    </message>
    <message>
        <source>--count takes a number.</source>
        <translation type="unfinished">--count ایک نمبر لیتا ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation type="unfinished">
            <numerusform>%n ڈیمو رابطہ شامل کیا گیا۔</numerusform>
            <numerusform>%n ڈیمو روابط شامل کیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>People:</source>
        <translation type="unfinished">افراد:</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation type="unfinished"> (%1 تک)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished">تاریخچہ:</translation>
    </message>
    <message>
        <source>mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media or other.</source>
        <translation type="unfinished">mosque، interfaith، civil_rights، immigrant_rights، labor، student، faith_other، government، media یا other۔</translation>
    </message>
    <message>
        <source>An issue area; repeat for several.</source>
        <translation type="unfinished">ایک موضوعاتی شعبہ؛ کئی کے لیے دہرائیں۔</translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished">شعبہ</translation>
    </message>
    <message>
        <source>prospect, active or dormant.</source>
        <translation type="unfinished">prospect، active یا dormant۔</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished">حیثیت</translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished">شہر۔</translation>
    </message>
    <message>
        <source>State or region.</source>
        <translation type="unfinished">ریاست یا علاقہ۔</translation>
    </message>
    <message>
        <source>Web address.</source>
        <translation type="unfinished">ویب ایڈریس۔</translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished">url</translation>
    </message>
    <message>
        <source>The chapter that keeps the relationship.</source>
        <translation type="unfinished">وہ چیپٹر جو یہ تعلق سنبھالتا ہے۔</translation>
    </message>
    <message>
        <source>Only partners whose name, city or notes contain this.</source>
        <translation type="unfinished">صرف وہ شراکت دار جن کے نام، شہر یا نوٹس میں یہ موجود ہو۔</translation>
    </message>
    <message>
        <source>unknown command &quot;partners %1&quot;; use add, list or show.</source>
        <translation type="unfinished">نامعلوم کمانڈ &quot;partners %1&quot;؛ add، list یا show استعمال کریں۔</translation>
    </message>
    <message>
        <source>--kind is one of mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media, other.</source>
        <translation type="unfinished">--kind ان میں سے ایک ہے: mosque، interfaith، civil_rights، immigrant_rights، labor، student، faith_other، government، media، other۔</translation>
    </message>
    <message>
        <source>--status is one of prospect, active, dormant.</source>
        <translation type="unfinished">--status ان میں سے ایک ہے: prospect، active، dormant۔</translation>
    </message>
    <message>
        <source>&quot;partners show&quot; needs the partner&apos;s name or id.</source>
        <translation type="unfinished">&quot;partners show&quot; کے لیے شراکت دار کا نام یا id ضروری ہے۔</translation>
    </message>
    <message>
        <source>&quot;partners add&quot; needs the partner&apos;s name.</source>
        <translation type="unfinished">&quot;partners add&quot; کے لیے شراکت دار کا نام ضروری ہے۔</translation>
    </message>
    <message>
        <source>Added partner %1 (%2).</source>
        <translation type="unfinished">شراکت دار %1 (%2) شامل کر دیا گیا۔</translation>
    </message>
    <message>
        <source>No partners match. Add one with &quot;majlis-cli partners add NAME --kind interfaith&quot;.</source>
        <translation type="unfinished">کوئی شراکت دار میل نہیں کھاتا۔ &quot;majlis-cli partners add NAME --kind interfaith&quot; سے ایک شامل کریں۔</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">%1 نہیں پڑھا جا سکا: %2</translation>
    </message>
    <message>
        <source>--duplicates is one of merge, skip, create.</source>
        <translation type="unfinished">--duplicates ان میں سے ایک ہے: merge، skip، create۔</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD with a column of the file&apos;s header and a field such as email; &quot;%1&quot; is neither.</source>
        <translation type="unfinished">--map فائل کے ہیڈر کے کسی کالم اور email جیسے کسی خانے کے ساتھ COLUMN=FIELD لیتا ہے؛ &quot;%1&quot; ان میں سے کوئی نہیں۔</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">%1 کی درآمد</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read; %4 to create, %5 to merge, %6 to skip, %7 problems.</source>
        <translation type="unfinished">%1 (%2): %3 قطاریں پڑھی گئیں؛ %4 بنانے کے لیے، %5 ضم کرنے کے لیے، %6 چھوڑنے کے لیے، %7 مسائل۔</translation>
    </message>
    <message>
        <source>  line %1, %2: %3</source>
        <translation type="unfinished">  سطر %1، %2: %3</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 merged, %3 skipped.</source>
        <translation type="unfinished">درآمد شدہ: %1 بنائے گئے، %2 ضم، %3 چھوڑ دیے گئے۔</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished">آزمائشی رن: کچھ نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>%1: %2 cards; %3 to create, %4 to merge, %5 to skip, %6 problems.</source>
        <translation type="unfinished">%1: %2 کارڈ؛ %3 بنانے کے لیے، %4 ضم کرنے کے لیے، %5 چھوڑنے کے لیے، %6 مسائل۔</translation>
    </message>
    <message>
        <source>Show what would be created, merged and skipped, and write nothing.</source>
        <translation type="unfinished">دکھائیں کہ کیا بنایا، ضم کیا اور چھوڑا جائے گا، اور کچھ نہ لکھیں۔</translation>
    </message>
    <message>
        <source>COLUMN=FIELD; repeatable. Fields: %1.</source>
        <translation type="unfinished">COLUMN=FIELD؛ دہرایا جا سکتا ہے۔ خانے: %1۔</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished">میپنگ</translation>
    </message>
    <message>
        <source>What to do with rows that match a contact: merge (default), skip or create.</source>
        <translation type="unfinished">کسی رابطے سے ملنے والی قطاروں کا کیا کیا جائے: merge (پہلے سے طے شدہ)، skip یا create۔</translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished">عمل</translation>
    </message>
    <message>
        <source>Put every imported contact in this chapter.</source>
        <translation type="unfinished">ہر درآمد شدہ رابطے کو اس چیپٹر میں رکھیں۔</translation>
    </message>
    <message>
        <source>Write the problems found, row by row, to this CSV file.</source>
        <translation type="unfinished">ملنے والے مسائل، قطار بہ قطار، اس CSV فائل میں لکھیں۔</translation>
    </message>
    <message>
        <source>unknown command &quot;import %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">نامعلوم کمانڈ &quot;import %1&quot;؛ csv، vcard یا archive استعمال کریں۔</translation>
    </message>
    <message>
        <source>&quot;import %1&quot; needs the file to import.</source>
        <translation type="unfinished">&quot;import %1&quot; کے لیے درآمد کی جانے والی فائل ضروری ہے۔</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">آرکائیو %1 درآمد ہو گیا۔</translation>
    </message>
    <message>
        <source>Only contacts matching this search.</source>
        <translation type="unfinished">صرف اس تلاش سے میل کھانے والے روابط۔</translation>
    </message>
    <message>
        <source>vCard version: 4.0 (default), 3.0 or 2.1.</source>
        <translation type="unfinished">vCard ورژن: 4.0 (پہلے سے طے شدہ)، 3.0 یا 2.1۔</translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished">ورژن</translation>
    </message>
    <message>
        <source>unknown command &quot;export %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">نامعلوم کمانڈ &quot;export %1&quot;؛ csv، vcard یا archive استعمال کریں۔</translation>
    </message>
    <message>
        <source>&quot;export %1&quot; needs the file to write.</source>
        <translation type="unfinished">&quot;export %1&quot; کے لیے لکھی جانے والی فائل ضروری ہے۔</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">ورک اسپیس آرکائیو %1 لکھ دیا گیا۔</translation>
    </message>
    <message>
        <source>No contacts match; nothing was written.</source>
        <translation type="unfinished">کوئی رابطہ میل نہیں کھاتا؛ کچھ نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>--version is one of 4.0, 3.0, 2.1.</source>
        <translation type="unfinished">--version ان میں سے ایک ہے: 4.0، 3.0، 2.1۔</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n رابطہ %1 میں برآمد کیا گیا۔</numerusform>
            <numerusform>%n روابط %1 میں برآمد کیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Server address, such as https://sync.example.org.</source>
        <translation type="unfinished">سرور کا پتا، جیسے https://sync.example.org۔</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation type="unfinished">سرور پر صارف نام۔</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate authority (PEM file).</source>
        <translation type="unfinished">تنظیم کی سرٹیفکیٹ اتھارٹی (PEM فائل)۔</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate.</source>
        <translation type="unfinished">سرور کے سرٹیفکیٹ کا SHA-256 فنگر پرنٹ۔</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished">پاس ورڈ اسٹینڈرڈ اِن پٹ سے پڑھیں۔</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished">%1 کو پڑھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <source>Give --server and --user the first time.</source>
        <translation type="unfinished">پہلی بار --server اور --user دیں۔</translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation type="unfinished">پاس ورڈ --password-stdin کے ساتھ اسٹینڈرڈ اِن پٹ پر دیں۔</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 received, %3 removed, %4 conflict(s), %5 refused.</source>
        <translation type="unfinished">ہم آہنگی مکمل: %1 تبدیلیاں بھیجی گئیں، %2 موصول ہوئیں، %3 ہٹائی گئیں، %4 ٹکراؤ، %5 مسترد۔</translation>
    </message>
    <message>
        <source>&quot;contacts export-data&quot; takes a contact id and the file to write.</source>
        <translation type="unfinished">&quot;contacts export-data&quot; ایک رابطے کی شناخت اور لکھی جانے والی فائل لیتا ہے۔</translation>
    </message>
    <message>
        <source>Wrote everything this workspace holds about the contact to %1.</source>
        <translation type="unfinished">اس ورک اسپیس میں رابطے کے بارے میں محفوظ ہر چیز %1 میں لکھ دی گئی۔</translation>
    </message>
    <message>
        <source>Confirm that the erasure cannot be undone.</source>
        <translation type="unfinished">تصدیق کریں کہ مٹانا واپس نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>&quot;contacts erase&quot; takes one contact id.</source>
        <translation type="unfinished">&quot;contacts erase&quot; ایک رابطے کی شناخت لیتا ہے۔</translation>
    </message>
    <message>
        <source>Erasing a person removes everything held about them, here and at the next sync on every laptop, and cannot be undone. Export it first with &quot;contacts export-data&quot; if they asked for a copy, then run the command again with --yes.</source>
        <translation type="unfinished">کسی شخص کو مٹانے سے اس کے بارے میں محفوظ ہر چیز یہاں اور اگلی سنک پر ہر لیپ ٹاپ سے ہٹ جاتی ہے، اور اسے واپس نہیں کیا جا سکتا۔ اگر انہوں نے نقل مانگی ہے تو پہلے &quot;contacts export-data&quot; سے برآمد کریں، پھر کمانڈ --yes کے ساتھ دوبارہ چلائیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Erased the contact and %n row(s) about them. The erasure reaches other laptops at their next sync.</source>
        <translation type="unfinished">
            <numerusform>رابطہ اور اس کے بارے میں %n قطاریں مٹا دی گئیں۔ یہ دوسرے لیپ ٹاپس تک ان کی اگلی سنک پر پہنچے گا۔</numerusform>
            <numerusform>رابطہ اور اس کے بارے میں %n قطاریں مٹا دی گئیں۔ یہ دوسرے لیپ ٹاپس تک ان کی اگلی سنک پر پہنچے گا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;contacts %1&quot;; use add, list, search, show, edit, delete, merge, export-data or erase.</source>
        <translation type="unfinished">نامعلوم کمانڈ &quot;contacts %1&quot;؛ add، list، search، show، edit، delete، merge، export-data یا erase استعمال کریں۔</translation>
    </message>
    <message>
        <source>&quot;contacts merge&quot; takes the id of the contact to keep and of the one to merge into it.</source>
        <translation type="unfinished">&quot;contacts merge&quot; باقی رکھے جانے والے رابطے کی شناخت اور اس میں ضم ہونے والے رابطے کی شناخت لیتا ہے۔</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation type="unfinished">%1 میں ضم کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation type="unfinished">گلی کا پتا۔</translation>
    </message>
    <message>
        <source>City or town.</source>
        <translation type="unfinished">شہر یا قصبہ۔</translation>
    </message>
    <message>
        <source>State, province or region of the address.</source>
        <translation type="unfinished">پتے کی ریاست، صوبہ یا علاقہ۔</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation type="unfinished">پوسٹل کوڈ۔</translation>
    </message>
    <message>
        <source>Country, two letters such as DE or GB; phone numbers without + are read as numbers of this country.</source>
        <translation type="unfinished">ملک، دو حروف جیسے DE یا GB؛ + کے بغیر فون نمبر اس ملک کے نمبر سمجھے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>--country takes a two-letter country code such as DE, GB, FR, CA or TR.</source>
        <translation type="unfinished">--country ملک کا دو حرفی کوڈ لیتا ہے، جیسے DE، GB، FR، CA یا TR۔</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a value and its label, such as an email and home</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>  given name: %1</source>
        <translation type="unfinished">  پہلا نام: %1</translation>
    </message>
    <message>
        <source>  family name: %1</source>
        <translation type="unfinished">  خاندانی نام: %1</translation>
    </message>
    <message>
        <source>  preferred name: %1</source>
        <translation type="unfinished">  پسندیدہ نام: %1</translation>
    </message>
    <message>
        <source>  address: %1</source>
        <translation type="unfinished">  پتا: %1</translation>
    </message>
    <message>
        <source>  organization: %1</source>
        <translation type="unfinished">  تنظیم: %1</translation>
    </message>
    <message>
        <source>  role: %1</source>
        <translation type="unfinished">  کردار: %1</translation>
    </message>
    <message>
        <source>  languages: %1</source>
        <translation type="unfinished">  زبانیں: %1</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation type="unfinished">%1 کو دی گئی</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation type="unfinished">%1 کو انکار کیا گیا</translation>
    </message>
    <message>
        <source>  consent to %1: %2</source>
        <translation type="unfinished">  %1 کے لیے رضامندی: %2</translation>
    </message>
    <message>
        <source>  skills: %1</source>
        <translation type="unfinished">  مہارتیں: %1</translation>
    </message>
    <message>
        <source>  interests: %1</source>
        <translation type="unfinished">  دلچسپیاں: %1</translation>
    </message>
    <message>
        <source>  birthday: %1</source>
        <translation type="unfinished">  تاریخِ پیدائش: %1</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation type="unfinished">  نوٹس: %1</translation>
    </message>
    <message>
        <source>No workspace country: numbers without + and without a country are kept as typed.</source>
        <translation type="unfinished">ورک اسپیس کا کوئی ملک نہیں: + اور ملک کے بغیر نمبر جیسے لکھے گئے ویسے ہی رکھے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Workspace country: %1</source>
        <translation type="unfinished">ورک اسپیس کا ملک: %1</translation>
    </message>
    <message>
        <source>Choose one of --ics, --pdf, --html or --csv, with the file to write.</source>
        <translation type="unfinished">--ics، --pdf، --html یا --csv میں سے ایک چنیں، لکھی جانے والی فائل کے ساتھ۔</translation>
    </message>
    <message>
        <source>With --pdf or --html: one page per team instead of per attendee.</source>
        <translation type="unfinished">--pdf یا --html کے ساتھ: ہر شریک کے بجائے ہر ٹیم کے لیے ایک صفحہ۔</translation>
    </message>
    <message>
        <source>Write the itineraries as a web page, to send or open in a browser.</source>
        <translation type="unfinished">سفری پروگرام ایک ویب صفحے کے طور پر لکھیں، بھیجنے یا براؤزر میں کھولنے کے لیے۔</translation>
    </message>
    <message>
        <source>&quot;chapters time-zone&quot; takes one zone, such as Europe/London.</source>
        <translation type="unfinished">&quot;chapters time-zone&quot; ایک ٹائم زون لیتا ہے، جیسے Europe/London۔</translation>
    </message>
    <message>
        <source>Workspace time zone: %1</source>
        <translation type="unfinished">ورک اسپیس کا ٹائم زون: %1</translation>
    </message>
    <message>
        <source>Time zone of %1: %2</source>
        <translation type="unfinished">%1 کا ٹائم زون: %2</translation>
    </message>
    <message>
        <source>The IANA time zone of the chapter&apos;s events, such as Europe/London.</source>
        <translation type="unfinished">چیپٹر کی تقریبات کا IANA ٹائم زون، جیسے Europe/London۔</translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished">زون</translation>
    </message>
    <message>
        <source>The chapter to show or set.</source>
        <translation type="unfinished">وہ چیپٹر جسے دکھانا یا مقرر کرنا ہے۔</translation>
    </message>
    <message>
        <source>unknown command &quot;chapters %1&quot;; use add, list, region or time-zone.</source>
        <translation type="unfinished">نامعلوم کمانڈ &quot;chapters %1&quot;؛ add، list، region یا time-zone استعمال کریں۔</translation>
    </message>
    <message>
        <source>Also print the Hijri date (Islamic civil calendar).</source>
        <translation type="unfinished">ہجری تاریخ بھی دکھائیں (اسلامی شہری کیلنڈر)۔</translation>
    </message>
    <message>
        <source>The IANA time zone of its place, such as Europe/London (default: the chapter&apos;s).</source>
        <translation type="unfinished">اس کی جگہ کا IANA ٹائم زون، جیسے Europe/London (پہلے سے: چیپٹر کا)۔</translation>
    </message>
    <message>
        <source>unknown command &quot;events %1&quot;; use create, list, show, checkin, attendance or calendar.</source>
        <translation type="unfinished">نامعلوم کمانڈ &quot;events %1&quot;؛ create، list، show، checkin، attendance یا calendar استعمال کریں۔</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished">قسم: %1</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation type="unfinished">آغاز: %1</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation type="unfinished">اختتام: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished">ٹائم زون: %1</translation>
    </message>
    <message>
        <source>%1 (the chapter&apos;s or the workspace&apos;s)</source>
        <translation type="unfinished">%1 (چیپٹر یا ورک اسپیس کا)</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished">مقام: %1</translation>
    </message>
    <message>
        <source>--encoding &quot;%1&quot; is not one Majlis reads; use one of %2.</source>
        <translation type="unfinished">--encoding &quot;%1&quot; ایسی انکوڈنگ نہیں جو مجلس پڑھتا ہو؛ ان میں سے ایک استعمال کریں: %2۔</translation>
    </message>
    <message>
        <source>%1, detected</source>
        <translation type="unfinished">%1، شناخت شدہ</translation>
    </message>
    <message>
        <source>%1, as chosen</source>
        <translation type="unfinished">%1، جیسا چنا گیا</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding, when detection guesses wrong: %1.</source>
        <translation type="unfinished">فائل کے متن کی انکوڈنگ، جب شناخت غلط ہو: %1۔</translation>
    </message>
    <message>
        <source>&quot;chapters region&quot; takes one country code, such as DE.</source>
        <translation type="unfinished">&quot;chapters region&quot; ایک ملکی کوڈ لیتا ہے، جیسے DE۔</translation>
    </message>
    <message>
        <source>Country of %1: %2</source>
        <translation type="unfinished">%1 کا ملک: %2</translation>
    </message>
    <message>
        <source>--building takes a name, and after = the group it is a short walk from, such as &quot;Binsfeld Office Building=offices&quot;.</source>
        <translation type="unfinished">--building ایک نام لیتا ہے، اور = کے بعد وہ گروپ جس سے وہ پیدل قریب ہے، جیسے &quot;Binsfeld Office Building=offices&quot;۔</translation>
    </message>
    <message>
        <source>%1: the U.S. Capitol&apos;s buildings, as Majlis knows them.</source>
        <translation type="unfinished">%1: امریکی کیپیٹل کی عمارتیں، جیسا کہ مجلس انہیں جانتا ہے۔</translation>
    </message>
    <message>
        <source>%1: one building, the capitol.</source>
        <translation type="unfinished">%1: ایک عمارت، کیپیٹل۔</translation>
    </message>
    <message>
        <source>With campus: a building of the capitol as NAME=GROUP; buildings of one group are a short walk apart. Repeat for each; the list replaces the campus.</source>
        <translation type="unfinished">campus کے ساتھ: کیپیٹل کی ایک عمارت NAME=GROUP کی صورت میں؛ ایک گروپ کی عمارتیں پیدل قریب ہوتی ہیں۔ ہر ایک کے لیے دہرائیں؛ فہرست پچھلی عمارتوں کی جگہ لے لیتی ہے۔</translation>
    </message>
    <message>
        <source>building</source>
        <translation type="unfinished">عمارت</translation>
    </message>
    <message>
        <source>unknown command &quot;bodies %1&quot;; use list or campus.</source>
        <translation type="unfinished">نامعلوم کمانڈ &quot;bodies %1&quot;؛ list یا campus استعمال کریں۔</translation>
    </message>
    <message>
        <source>&quot;bodies campus&quot; needs the body&apos;s code, such as us-mi.</source>
        <translation type="unfinished">&quot;bodies campus&quot; کو مقننہ کا کوڈ چاہیے، جیسے us-mi۔</translation>
    </message>
    <message>
        <source>The legislature the day lobbies, by code or name (default: the U.S. Congress).</source>
        <translation type="unfinished">وہ مقننہ جس کے پاس دن کی وکالت ہے، کوڈ یا نام سے (طے شدہ: امریکی کانگریس)۔</translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished">مقننہ</translation>
    </message>
    <message>
        <source>The day&apos;s time zone, such as America/Detroit (default: the capitol&apos;s).</source>
        <translation type="unfinished">دن کا ٹائم زون، جیسے America/Detroit (طے شدہ: کیپیٹل کا)۔</translation>
    </message>
    <message>
        <source>Only this legislature, by its code or name (default: every one; see &quot;bodies list&quot;).</source>
        <translation type="unfinished">صرف یہ مقننہ، اس کے کوڈ یا نام سے (طے شدہ: سب؛ دیکھیں &quot;bodies list&quot;)۔</translation>
    </message>
    <message>
        <source>Only this chamber: upper, lower or unicameral (senate and house also work).</source>
        <translation type="unfinished">صرف یہ ایوان: upper، lower یا unicameral (senate اور house بھی چلتے ہیں)۔</translation>
    </message>
    <message>
        <source>chamber</source>
        <translation type="unfinished">ایوان</translation>
    </message>
    <message>
        <source>--chamber is one of upper, lower or unicameral.</source>
        <translation type="unfinished">--chamber ان میں سے ایک ہے: upper، lower یا unicameral۔</translation>
    </message>
    <message>
        <source>No members match. Import a legislature&apos;s members with &quot;majlis-cli legislators import FILE&quot;.</source>
        <translation type="unfinished">کوئی رکن مطابقت نہیں رکھتا۔ کسی مقننہ کے ارکان &quot;majlis-cli legislators import FILE&quot; سے درآمد کریں۔</translation>
    </message>
    <message>
        <source>  %1 (%2, %3)</source>
        <comment>a contact, their postcode and a legislature</comment>
        <translation type="unfinished">  %1 (%2، %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>&quot;districts lookup&quot; needs a ZIP code: --zip 48126.</source>
        <translation type="unfinished">&quot;districts lookup&quot; کو ZIP کوڈ چاہیے: --zip 48126۔</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a legislature, its chamber and a district</comment>
        <translation type="unfinished">%1 (%2): %3</translation>
    </message>
    <message>
        <source>No district file knows ZIP %1 (ZIP codes of post office boxes only have no area).</source>
        <translation type="unfinished">کوئی ضلع فائل ZIP %1 کو نہیں جانتی (صرف پوسٹ آفس باکس والے ZIP کوڈ کا کوئی علاقہ نہیں ہوتا)۔</translation>
    </message>
    <message>
        <source>ZIP %1 spans several districts; the address decides which:</source>
        <translation type="unfinished">ZIP %1 کئی اضلاع میں پھیلا ہے؛ پتہ طے کرتا ہے کون سا:</translation>
    </message>
    <message>
        <source>&quot;districts import&quot; takes one CSV file, --body CODE and --chamber senate|house|unicameral.</source>
        <translation type="unfinished">&quot;districts import&quot; ایک CSV فائل، --body CODE اور --chamber senate|house|unicameral لیتا ہے۔</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished">سطر %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 postcodes in %2 rows for %3 (%4); %5 rows left out.</source>
        <translation type="unfinished">%3 (%4) کے لیے %2 قطاروں میں %1 پوسٹ کوڈ درآمد کیے؛ %5 قطاریں چھوڑ دی گئیں۔</translation>
    </message>
    <message>
        <source>The ZIP code, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">ZIP کوڈ، جیسے 48126 یا 48126-1234۔</translation>
    </message>
    <message>
        <source>zip</source>
        <translation type="unfinished">zip</translation>
    </message>
    <message>
        <source>The legislature&apos;s code, such as us-mi.</source>
        <translation type="unfinished">مقننہ کا کوڈ، جیسے us-mi۔</translation>
    </message>
    <message>
        <source>senate, house or unicameral.</source>
        <translation type="unfinished">senate، house یا unicameral۔</translation>
    </message>
    <message>
        <source>unknown command &quot;districts %1&quot;; use lookup or import.</source>
        <translation type="unfinished">نامعلوم کمانڈ &quot;districts %1&quot;؛ lookup یا import استعمال کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>Would fill %n district(s) from postcodes (dry run: nothing was written).</source>
        <translation type="unfinished">
            <numerusform>%n ضلع پوسٹ کوڈ سے بھرا جاتا (آزمائشی: کچھ نہیں لکھا گیا)۔</numerusform>
            <numerusform>%n اضلاع پوسٹ کوڈ سے بھرے جاتے (آزمائشی: کچھ نہیں لکھا گیا)۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postcodes.</source>
        <translation type="unfinished">
            <numerusform>%n ضلع پوسٹ کوڈ سے بھرا گیا۔</numerusform>
            <numerusform>%n اضلاع پوسٹ کوڈ سے بھرے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already filled, %2 kept (entered by hand or confirmed), %3 without a postcode, of %4 contacts.</source>
        <translation type="unfinished">%1 پہلے سے بھرے ہوئے، %2 برقرار رکھے گئے (ہاتھ سے درج یا تصدیق شدہ)، %3 بغیر پوسٹ کوڈ کے، کل %4 رابطوں میں سے۔</translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts; choose with &quot;contacts districts ID --set DISTRICT&quot;:</source>
        <translation type="unfinished">
            <numerusform>%n پوسٹ کوڈ کئی اضلاع میں پھیلا ہے؛ &quot;contacts districts ID --set DISTRICT&quot; سے منتخب کریں:</numerusform>
            <numerusform>%n پوسٹ کوڈ کئی اضلاع میں پھیلے ہیں؛ &quot;contacts districts ID --set DISTRICT&quot; سے منتخب کریں:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows:</source>
        <translation type="unfinished">
            <numerusform>%n پوسٹ کوڈ جسے کوئی ضلع فائل نہیں جانتی:</numerusform>
            <numerusform>%n پوسٹ کوڈ جنہیں کوئی ضلع فائل نہیں جانتی:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s; check the address:</source>
        <translation type="unfinished">
            <numerusform>%n ZIP کوڈ صرف رابطے کی ریاست کے علاوہ کسی اور ریاست میں ہے؛ پتہ جانچیں:</numerusform>
            <numerusform>%n ZIP کوڈ صرف رابطے کی ریاست کے علاوہ کسی اور ریاست میں ہیں؛ پتہ جانچیں:</numerusform>
        </translation>
    </message>
    <message>
        <source>candidates: %1</source>
        <translation type="unfinished">امیدوار اضلاع: %1</translation>
    </message>
    <message>
        <source>No districts yet; &quot;contacts districts --fill&quot; finds them from postcodes.</source>
        <translation type="unfinished">ابھی کوئی اضلاع نہیں؛ &quot;contacts districts --fill&quot; انہیں پوسٹ کوڈ سے ڈھونڈتا ہے۔</translation>
    </message>
    <message>
        <source>Fill districts from postcodes.</source>
        <translation type="unfinished">پوسٹ کوڈ سے اضلاع بھریں۔</translation>
    </message>
    <message>
        <source>List who still has districts to choose.</source>
        <translation type="unfinished">وہ دکھائیں جن کے اضلاع ابھی منتخب کرنے ہیں۔</translation>
    </message>
    <message>
        <source>Only this advocacy day&apos;s attendees.</source>
        <translation type="unfinished">صرف اس ایڈوکیسی ڈے کے شرکاء۔</translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished">دن</translation>
    </message>
    <message>
        <source>Only this legislature, such as us-congress or us-mi.</source>
        <translation type="unfinished">صرف یہ مقننہ، جیسے us-congress یا us-mi۔</translation>
    </message>
    <message>
        <source>senate, house or unicameral (default house).</source>
        <translation type="unfinished">senate، house یا unicameral (طے شدہ house)۔</translation>
    </message>
    <message>
        <source>Report what would be filled; write nothing.</source>
        <translation type="unfinished">بتائیں کیا بھرا جاتا؛ کچھ نہ لکھیں۔</translation>
    </message>
    <message>
        <source>Choose the district, such as MI-12 for the U.S. House.</source>
        <translation type="unfinished">ضلع منتخب کریں، جیسے امریکی ایوانِ نمائندگان کے لیے MI-12۔</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">حلقہ</translation>
    </message>
    <message>
        <source>The district held is right.</source>
        <translation type="unfinished">محفوظ ضلع درست ہے۔</translation>
    </message>
    <message>
        <source>Mark the district to be checked.</source>
        <translation type="unfinished">ضلع کو جانچ کے لیے نشان زد کریں۔</translation>
    </message>
    <message>
        <source>Give one of --fill, --ambiguous, --set, --confirm and --check-later.</source>
        <translation type="unfinished">--fill، --ambiguous، --set، --confirm اور --check-later میں سے ایک دیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose.</source>
        <translation type="unfinished">
            <numerusform>%n ضلع منتخب کرنا باقی۔</numerusform>
            <numerusform>%n اضلاع منتخب کرنے باقی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;contacts districts&quot; takes one contact id, or --fill or --ambiguous.</source>
        <translation type="unfinished">&quot;contacts districts&quot; ایک رابطے کی شناخت، یا --fill یا --ambiguous لیتا ہے۔</translation>
    </message>
    <message>
        <source>--chamber takes senate, house or unicameral.</source>
        <translation type="unfinished">--chamber میں senate، house یا unicameral دیں۔</translation>
    </message>
    <message>
        <source>Count what would be added, updated and marked departed, and write nothing.</source>
        <translation type="unfinished">گنیں کہ کیا شامل، تازہ اور رخصت شدہ نشان زد ہوگا، اور کچھ نہ لکھیں۔</translation>
    </message>
    <message>
        <source>Read PATH as a member list (CSV) of this legislature, by its code, such as gb-parliament.</source>
        <translation type="unfinished">PATH کو اس مقننہ کی ارکان کی فہرست (CSV) کے طور پر پڑھیں، اس کے کوڈ سے، جیسے gb-parliament۔</translation>
    </message>
    <message>
        <source>The legislature&apos;s name, for a new one, such as &quot;UK Parliament&quot;.</source>
        <translation type="unfinished">نئی مقننہ کا نام، جیسے &quot;UK Parliament&quot;۔</translation>
    </message>
    <message>
        <source>The legislature&apos;s country, such as GB.</source>
        <translation type="unfinished">مقننہ کا ملک، جیسے GB۔</translation>
    </message>
    <message>
        <source>The name of its upper chamber.</source>
        <translation type="unfinished">اس کے ایوانِ بالا کا نام۔</translation>
    </message>
    <message>
        <source>The name of its lower chamber, where members go when the list names none.</source>
        <translation type="unfinished">اس کے ایوانِ زیریں کا نام، جہاں ارکان جاتے ہیں جب فہرست کوئی ایوان نہ بتائے۔</translation>
    </message>
    <message>
        <source>The time zone of its capital, such as Europe/London.</source>
        <translation type="unfinished">اس کے دارالحکومت کا ٹائم زون، جیسے Europe/London۔</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs, comma-separated, for the columns a guess misses. Fields: %1.</source>
        <translation type="unfinished">FIELD=COLUMN جوڑے، کوما سے الگ، ان کالموں کے لیے جنہیں اندازہ نہ پہچانے۔ فیلڈز: %1۔</translation>
    </message>
    <message>
        <source>--body takes a legislature&apos;s code, letters, digits and dashes such as gb-parliament; &quot;%1&quot; is none in this workspace.</source>
        <translation type="unfinished">--body کسی مقننہ کا کوڈ لیتا ہے، حروف، ہندسے اور ڈیش جیسے gb-parliament؛ &quot;%1&quot; اس ورک اسپیس میں ایسا کوئی نہیں۔</translation>
    </message>
    <message>
        <source>%1 is a new legislature: give its name with --body-name.</source>
        <translation type="unfinished">%1 نئی مقننہ ہے: اس کا نام --body-name سے دیں۔</translation>
    </message>
    <message>
        <source>--time-zone takes a zone such as Europe/London; &quot;%1&quot; is none.</source>
        <translation type="unfinished">--time-zone ٹائم زون لیتا ہے جیسے Europe/London؛ &quot;%1&quot; کوئی ٹائم زون نہیں۔</translation>
    </message>
    <message>
        <source>%1 (%2): %3 members; %4 new, %5 updated, %6 unchanged, %7 no longer in office.</source>
        <translation type="unfinished">%1 (%2): %3 ارکان؛ %4 نئے، %5 تازہ، %6 بغیر تبدیلی، %7 اب عہدے پر نہیں۔</translation>
    </message>
    <message>
        <source>&quot;legislators import&quot; needs one path: legislators-current.csv, an Open States folder or download, or a member list with --body.</source>
        <translation type="unfinished">&quot;legislators import&quot; کو ایک راستہ درکار ہے: legislators-current.csv، Open States کا فولڈر یا ڈاؤن لوڈ، یا --body کے ساتھ ارکان کی فہرست۔</translation>
    </message>
    <message>
        <source>--map reads a member list: say whose with --body.</source>
        <translation type="unfinished">--map ارکان کی فہرست پڑھتا ہے: --body سے بتائیں کس کی۔</translation>
    </message>
    <message>
        <source>Where (default: the legislature&apos;s capital, such as Washington, DC).</source>
        <translation type="unfinished">مقام (پہلے سے طے شدہ: مقننہ کا دارالحکومت، جیسے Washington, DC)۔</translation>
    </message>
    <message>
        <source>Import the members of Congress built into this program instead of a file.</source>
        <translation type="unfinished">فائل کے بجائے اس پروگرام میں شامل کانگریس کے اراکین درآمد کریں۔</translation>
    </message>
    <message>
        <source>--bundled imports the members of Congress built in: give no path, --body or --map with it.</source>
        <translation type="unfinished">‎--bundled شامل کانگریس کے اراکین درآمد کرتا ہے: اس کے ساتھ راستہ، ‎--body یا ‎--map نہ دیں۔</translation>
    </message>
    <message>
        <source>Say who is calling with --caller NAME: this workspace syncs with no server, so there is no user name to call as.</source>
        <translation type="unfinished">--caller NAME سے بتائیں کہ کون کال کر رہا ہے: یہ ورک اسپیس کسی سرور سے ہم آہنگ نہیں ہوتا، اس لیے کال کرنے کے لیے کوئی صارف نام نہیں۔</translation>
    </message>
    <message>
        <source>--answer takes QUESTION=ANSWER, such as plan=yes (&quot;%1&quot; is not).</source>
        <translation type="unfinished">--answer کو سوال=جواب چاہیے، جیسے plan=yes (&quot;%1&quot; ایسا نہیں)۔</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; takes one answer, and was given two.</source>
        <translation type="unfinished">سوال &quot;%1&quot; ایک جواب لیتا ہے، مگر دو دیے گئے۔</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">فون: %1</translation>
    </message>
    <message>
        <source>%1 (as typed; check it)</source>
        <translation type="unfinished">%1 (جیسا لکھا گیا؛ جانچ لیں)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished">زبانیں: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished">پتا: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s) before in this campaign.</source>
        <translation type="unfinished">
            <numerusform>اس مہم میں پہلے %n بار کوشش ہو چکی ہے۔</numerusform>
            <numerusform>اس مہم میں پہلے %n بار کوشش ہو چکی ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">آخری رابطہ: %1، %2 (%3)</translation>
    </message>
    <message>
        <source>Last contact: never</source>
        <translation type="unfinished">آخری رابطہ: کبھی نہیں</translation>
    </message>
    <message>
        <source>Still to call: %1, this one included.</source>
        <translation type="unfinished">ابھی کال کرنا باقی: %1، اس شخص سمیت۔</translation>
    </message>
    <message>
        <source>Record it with: majlis-cli campaigns record %1 %2 --result CODE [--answer QUESTION=ANSWER]</source>
        <translation type="unfinished">اسے درج کریں: majlis-cli campaigns record %1 %2 --result CODE [--answer سوال=جواب]</translation>
    </message>
    <message>
        <source>Nobody is left for %1 to call on %2.</source>
        <translation type="unfinished">%2 میں %1 کے لیے کال کرنے کو کوئی باقی نہیں۔</translation>
    </message>
    <message>
        <source>&quot;campaigns record&quot; needs the campaign and the person: campaigns record CAMPAIGN CONTACT --result CODE.</source>
        <translation type="unfinished">&quot;campaigns record&quot; کو مہم اور شخص چاہیے: campaigns record مہم رابطہ --result CODE۔</translation>
    </message>
    <message>
        <source>--result is one of %1.</source>
        <translation type="unfinished">--result ان میں سے ایک ہے: %1۔</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; for %2 by %3.</source>
        <translation type="unfinished">%2 کے لیے &quot;%1&quot; درج ہوا، %3 کی جانب سے۔</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2</source>
        <translation type="unfinished">فہرست میں: %1؛ مکمل: %2</translation>
    </message>
    <message>
        <source>Attempts: %1; reached: %2 (%3%); pledges: %4; follow-ups: %5; opt-outs: %6</source>
        <translation type="unfinished">کوششیں: %1؛ رابطہ ہوا: %2 (%3%)؛ عہد: %4؛ فالو اپ: %5؛ رابطے سے انکار: %6</translation>
    </message>
    <message>
        <source>Per volunteer:</source>
        <translation type="unfinished">رضاکار کے لحاظ سے:</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3 (%4%), pledges %5, from %6 to %7</source>
        <translation type="unfinished">  %1: کوششیں %2، رابطہ ہوا %3 (%4%)، عہد %5، %6 سے %7 تک</translation>
    </message>
    <message>
        <source>    check: %1</source>
        <translation type="unfinished">    جانچیں: %1</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished">جوابات:</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation type="unfinished">دن کے لحاظ سے:</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3, pledges %4</source>
        <translation type="unfinished">  %1: کوششیں %2، رابطہ ہوا %3، عہد %4</translation>
    </message>
    <message>
        <source>--caller names the volunteer whose results to withdraw.</source>
        <translation type="unfinished">--caller اس رضاکار کا نام ہے جس کے نتائج واپس لیے جائیں۔</translation>
    </message>
    <message>
        <source>--%1 takes a time such as 2026-11-01T14:00 (this computer&apos;s time, or end it with Z for UTC) or a day such as 2026-11-01.</source>
        <translation type="unfinished">--%1 کو 2026-11-01T14:00 جیسا وقت (اس کمپیوٹر کا وقت، یا UTC کے لیے آخر میں Z) یا 2026-11-01 جیسا دن چاہیے۔</translation>
    </message>
    <message>
        <source>--from must come before --to.</source>
        <translation type="unfinished">--from کو --to سے پہلے ہونا چاہیے۔</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %n result(s) by %1 from %2; those people can be called again.</source>
        <translation type="unfinished">
            <numerusform>%2 میں %1 کا %n نتیجہ واپس لیا گیا؛ ان لوگوں کو دوبارہ کال کی جا سکتی ہے۔</numerusform>
            <numerusform>%2 میں %1 کے %n نتائج واپس لیے گئے؛ ان لوگوں کو دوبارہ کال کی جا سکتی ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is calling (default: the user this workspace syncs as).</source>
        <translation type="unfinished">کون کال کر رہا ہے (طے شدہ: وہ صارف جس کے طور پر یہ ورک اسپیس ہم آہنگ ہوتا ہے)۔</translation>
    </message>
    <message>
        <source>Pass over this person for now; repeatable.</source>
        <translation type="unfinished">اس شخص کو فی الحال چھوڑ دیں؛ دہرایا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished">رابطہ</translation>
    </message>
    <message>
        <source>What came of it: %1.</source>
        <translation type="unfinished">کیا نتیجہ نکلا: %1۔</translation>
    </message>
    <message>
        <source>QUESTION=ANSWER from the script; repeatable. Several answers to a multiple-choice question: QUESTION=A,B.</source>
        <translation type="unfinished">اسکرپٹ سے سوال=جواب؛ دہرایا جا سکتا ہے۔ کثیر انتخابی سوال کے کئی جواب: سوال=A,B۔</translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished">جواب</translation>
    </message>
    <message>
        <source>refused or hostile: the person is never contacted again.</source>
        <translation type="unfinished">refused یا hostile: اس شخص سے پھر کبھی رابطہ نہیں کیا جائے گا۔</translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished">وجہ</translation>
    </message>
    <message>
        <source>The number dialled, when not the card&apos;s (marked bad by wrong_number or disconnected).</source>
        <translation type="unfinished">ملایا گیا نمبر، اگر کارڈ والا نہ ہو (wrong_number یا disconnected اسے خراب نشان زد کرتے ہیں)۔</translation>
    </message>
    <message>
        <source>The volunteer whose results to withdraw.</source>
        <translation type="unfinished">وہ رضاکار جس کے نتائج واپس لیے جائیں۔</translation>
    </message>
    <message>
        <source>Only results recorded from this time on.</source>
        <translation type="unfinished">صرف اس وقت سے درج ہونے والے نتائج۔</translation>
    </message>
    <message>
        <source>Only results recorded up to this time.</source>
        <translation type="unfinished">صرف اس وقت تک درج ہونے والے نتائج۔</translation>
    </message>
    <message>
        <source>Election day, such as 2026-11-03.</source>
        <translation type="unfinished">انتخاب کا دن، جیسے 2026-11-03۔</translation>
    </message>
    <message>
        <source>Where it is held, such as Michigan or Dearborn.</source>
        <translation type="unfinished">یہ کہاں ہو رہا ہے، جیسے Michigan یا Dearborn۔</translation>
    </message>
    <message>
        <source>The chapter mobilizing for it.</source>
        <translation type="unfinished">وہ چیپٹر جو اس کے لیے لوگوں کو متحرک کرتا ہے۔</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns elections %1&quot;; use add or list.</source>
        <translation type="unfinished">نامعلوم کمانڈ &quot;campaigns elections %1&quot;؛ add یا list استعمال کریں۔</translation>
    </message>
    <message>
        <source>--date takes the election day, such as 2026-11-03.</source>
        <translation type="unfinished">--date کو انتخاب کا دن چاہیے، جیسے 2026-11-03۔</translation>
    </message>
    <message>
        <source>Added the election %1 on %2 (%3).</source>
        <translation type="unfinished">%2 کا انتخاب %1 شامل کیا گیا (%3)۔</translation>
    </message>
    <message>
        <source>No elections yet. Add one with &quot;majlis-cli campaigns elections add NAME --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">ابھی کوئی انتخاب نہیں۔ &quot;majlis-cli campaigns elections add NAME --date YYYY-MM-DD&quot; سے ایک شامل کریں۔</translation>
    </message>
    <message>
        <source>phone (a phone bank), door (door knocking) or gotv (get out the vote).</source>
        <translation type="unfinished">phone (فون بینک)، door (گھر گھر دستک) یا gotv (ووٹ ڈلوانا)۔</translation>
    </message>
    <message>
        <source>The script: a YAML or JSON file with the introduction and questions.</source>
        <translation type="unfinished">اسکرپٹ: تعارف اور سوالات والی YAML یا JSON فائل۔</translation>
    </message>
    <message>
        <source>The election it is for, by name or id.</source>
        <translation type="unfinished">وہ انتخاب جس کے لیے یہ ہے، نام یا شناخت سے۔</translation>
    </message>
    <message>
        <source>election</source>
        <translation type="unfinished">انتخاب</translation>
    </message>
    <message>
        <source>The chapter running it (default: the whole organization).</source>
        <translation type="unfinished">اسے چلانے والا چیپٹر (طے شدہ: پوری تنظیم)۔</translation>
    </message>
    <message>
        <source>First day, such as 2026-10-01.</source>
        <translation type="unfinished">پہلا دن، جیسے 2026-10-01۔</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished">آخری دن۔</translation>
    </message>
    <message>
        <source>Give the campaign a name: &quot;campaigns create NAME --kind phone --script FILE&quot;.</source>
        <translation type="unfinished">مہم کو نام دیں: &quot;campaigns create NAME --kind phone --script FILE&quot;۔</translation>
    </message>
    <message>
        <source>--kind is one of phone, door, gotv.</source>
        <translation type="unfinished">--kind ان میں سے ایک ہے: phone، door، gotv۔</translation>
    </message>
    <message>
        <source>--script names the script file (YAML or JSON).</source>
        <translation type="unfinished">--script اسکرپٹ فائل کا نام ہے (YAML یا JSON)۔</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-10-01.</source>
        <translation type="unfinished">--%1 کو 2026-10-01 جیسی تاریخ چاہیے۔</translation>
    </message>
    <message>
        <source>Cannot read the script %1: %2</source>
        <translation type="unfinished">اسکرپٹ %1 پڑھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <source>The script %1: %2</source>
        <translation type="unfinished">اسکرپٹ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 (%2). Kind: %3; %n question(s) in its script.</source>
        <translation type="unfinished">
            <numerusform>%1 (%2) بنائی گئی۔ قسم: %3؛ اس کے اسکرپٹ میں %n سوال۔</numerusform>
            <numerusform>%1 (%2) بنائی گئی۔ قسم: %3؛ اس کے اسکرپٹ میں %n سوالات۔</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished">بند</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">کھلی</translation>
    </message>
    <message>
        <source>No campaigns yet. Create one with &quot;majlis-cli campaigns create NAME --kind phone --script FILE.yaml&quot;.</source>
        <translation type="unfinished">ابھی کوئی مہم نہیں۔ &quot;majlis-cli campaigns create NAME --kind phone --script FILE.yaml&quot; سے ایک بنائیں۔</translation>
    </message>
    <message>
        <source>Election: %1 on %2</source>
        <translation type="unfinished">انتخاب: %1، %2 کو</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation type="unfinished">تاریخیں: %1 سے %2</translation>
    </message>
    <message>
        <source>Closed: it takes no more results.</source>
        <translation type="unfinished">بند: اب کوئی نتیجہ نہیں لیتی۔</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2; attempts: %3; reached: %4</source>
        <translation type="unfinished">فہرست میں: %1؛ مکمل: %2؛ کوششیں: %3؛ رابطہ ہوا: %4</translation>
    </message>
    <message>
        <source>  still to call for %1: %2</source>
        <translation type="unfinished">  %1 کے لیے ابھی کال کرنا باقی: %2</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished">(ابھی کوئی نہیں)</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation type="unfinished">اسکرپٹ:</translation>
    </message>
    <message>
        <source>People with this tag; repeat for any of several.</source>
        <translation type="unfinished">اس ٹیگ والے لوگ؛ کئی میں سے کسی کے لیے دہرائیں۔</translation>
    </message>
    <message>
        <source>People of this chapter.</source>
        <translation type="unfinished">اس چیپٹر کے لوگ۔</translation>
    </message>
    <message>
        <source>People who speak this language, such as ar.</source>
        <translation type="unfinished">یہ زبان بولنے والے لوگ، جیسے ar۔</translation>
    </message>
    <message>
        <source>People in this U.S. state, two letters.</source>
        <translation type="unfinished">اس امریکی ریاست کے لوگ، دو حروف۔</translation>
    </message>
    <message>
        <source>With --district: the legislature, such as us-mi.</source>
        <translation type="unfinished">--district کے ساتھ: مقننہ، جیسے us-mi۔</translation>
    </message>
    <message>
        <source>People in this district of --body.</source>
        <translation type="unfinished">--body کے اس حلقے کے لوگ۔</translation>
    </message>
    <message>
        <source>People who checked in at this event.</source>
        <translation type="unfinished">وہ لوگ جنہوں نے اس تقریب میں حاضری لگائی۔</translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished">تقریب</translation>
    </message>
    <message>
        <source>People with this voter-registration status at any drive: %1.</source>
        <translation type="unfinished">کسی بھی مہم میں ووٹر رجسٹریشن کی یہ حیثیت رکھنے والے لوگ: %1۔</translation>
    </message>
    <message>
        <source>With --question and --answer: people who gave that answer in this campaign.</source>
        <translation type="unfinished">--question اور --answer کے ساتھ: وہ لوگ جنہوں نے اس مہم میں یہ جواب دیا۔</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished">مہم</translation>
    </message>
    <message>
        <source>The question&apos;s key.</source>
        <translation type="unfinished">سوال کی کلید۔</translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished">کلید</translation>
    </message>
    <message>
        <source>The answer&apos;s key.</source>
        <translation type="unfinished">جواب کی کلید۔</translation>
    </message>
    <message>
        <source>With --pledged or --not-voted: the election.</source>
        <translation type="unfinished">--pledged یا --not-voted کے ساتھ: انتخاب۔</translation>
    </message>
    <message>
        <source>People who pledged to vote in --election.</source>
        <translation type="unfinished">وہ لوگ جنہوں نے --election میں ووٹ دینے کا عہد کیا۔</translation>
    </message>
    <message>
        <source>People not yet marked as voted in --election.</source>
        <translation type="unfinished">وہ لوگ جن پر --election میں ابھی ووٹ دے چکے کا نشان نہیں۔</translation>
    </message>
    <message>
        <source>Say how many would be added, and add nobody.</source>
        <translation type="unfinished">بتائیں کہ کتنے شامل ہوں گے، اور کسی کو شامل نہ کریں۔</translation>
    </message>
    <message>
        <source>--state takes two letters, such as MI.</source>
        <translation type="unfinished">--state کو دو حروف چاہئیں، جیسے MI۔</translation>
    </message>
    <message>
        <source>--body and --district go together: the district of which legislature.</source>
        <translation type="unfinished">--body اور --district ساتھ آتے ہیں: کس مقننہ کا حلقہ۔</translation>
    </message>
    <message>
        <source>--voter-status is one of %1.</source>
        <translation type="unfinished">--voter-status ان میں سے ایک ہے: %1۔</translation>
    </message>
    <message>
        <source>--answered, --question and --answer go together: who gave which answer where.</source>
        <translation type="unfinished">--answered، --question اور --answer ساتھ آتے ہیں: کس نے کہاں کیا جواب دیا۔</translation>
    </message>
    <message>
        <source>--election goes with --pledged or --not-voted.</source>
        <translation type="unfinished">--election، --pledged یا --not-voted کے ساتھ آتا ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n person(s) to the list of %1; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform>%1 کی فہرست میں %n شخص شامل ہوتا؛ کچھ نہیں بدلا۔</numerusform>
            <numerusform>%1 کی فہرست میں %n لوگ شامل ہوتے؛ کچھ نہیں بدلا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) to the list of %1.</source>
        <translation type="unfinished">
            <numerusform>%1 کی فہرست میں %n شخص شامل کیا گیا۔</numerusform>
            <numerusform>%1 کی فہرست میں %n لوگ شامل کیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">مکمل</translation>
    </message>
    <message>
        <source>Nobody is on the list yet. Add people with &quot;majlis-cli campaigns build %1 --tag TAG&quot;.</source>
        <translation type="unfinished">فہرست میں ابھی کوئی نہیں۔ &quot;majlis-cli campaigns build %1 --tag TAG&quot; سے لوگ شامل کریں۔</translation>
    </message>
    <message>
        <source>Split the list with --to a,b,c (by count) or --by-language NAME=LANG,LANG (repeat per volunteer), not both.</source>
        <translation type="unfinished">فہرست کو --to a,b,c (تعداد کے لحاظ سے) یا --by-language NAME=LANG,LANG (ہر رضاکار کے لیے دہرا کر) سے تقسیم کریں، دونوں سے نہیں۔</translation>
    </message>
    <message>
        <source>--by-language takes NAME=LANG,LANG, such as amina=ar,en.</source>
        <translation type="unfinished">--by-language کو NAME=LANG,LANG چاہیے، جیسے amina=ar,en۔</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n person(s) on the list of %1.</source>
        <translation type="unfinished">
            <numerusform>%1 کی فہرست میں %n شخص تفویض کیا گیا۔</numerusform>
            <numerusform>%1 کی فہرست میں %n لوگ تفویض کیے گئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n to call</source>
        <translation type="unfinished">
            <numerusform>  %1: کال کرنے کو %n</numerusform>
            <numerusform>  %1: کال کرنے کو %n</numerusform>
        </translation>
    </message>
    <message>
        <source>--out names the CSV file to write.</source>
        <translation type="unfinished">--out لکھی جانے والی CSV فائل کا نام ہے۔</translation>
    </message>
    <message>
        <source>--volunteer goes with --list: one volunteer&apos;s share of the list.</source>
        <translation type="unfinished">--volunteer، --list کے ساتھ آتا ہے: فہرست میں ایک رضاکار کا حصہ۔</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to call or visit to %1.</source>
        <translation type="unfinished">
            <numerusform>کال یا ملاقات کے لیے %n شخص %1 میں لکھا گیا۔</numerusform>
            <numerusform>کال یا ملاقات کے لیے %n لوگ %1 میں لکھے گئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n result(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n نتیجہ %1 میں لکھا گیا۔</numerusform>
            <numerusform>%n نتائج %1 میں لکھے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the campaign, by the id &quot;campaigns list&quot; shows or by its name.</source>
        <translation type="unfinished">مہم کو اس شناخت سے بتائیں جو &quot;campaigns list&quot; دکھاتا ہے، یا اس کے نام سے۔</translation>
    </message>
    <message>
        <source>Volunteers to split the list among by count, such as amina,bilal.</source>
        <translation type="unfinished">وہ رضاکار جن میں فہرست تعداد کے لحاظ سے بانٹی جائے، جیسے amina,bilal۔</translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>A volunteer and the languages they call in, such as amina=ar,en; repeat per volunteer.</source>
        <translation type="unfinished">ایک رضاکار اور وہ زبانیں جن میں وہ کال کرتا ہے، جیسے amina=ar,en؛ ہر رضاکار کے لیے دہرائیں۔</translation>
    </message>
    <message>
        <source>name=languages</source>
        <translation type="unfinished">نام=زبانیں</translation>
    </message>
    <message>
        <source>Take back only this volunteer&apos;s share.</source>
        <translation type="unfinished">صرف اس رضاکار کا حصہ واپس لیں۔</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished">لکھی جانے والی CSV فائل۔</translation>
    </message>
    <message>
        <source>Write the list to call or walk instead of the results.</source>
        <translation type="unfinished">نتائج کے بجائے کال یا دورے کی فہرست لکھیں۔</translation>
    </message>
    <message>
        <source>With --list: only this volunteer&apos;s share.</source>
        <translation type="unfinished">--list کے ساتھ: صرف اس رضاکار کا حصہ۔</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns %1&quot;; use elections, create, list, show, build, entries, assign, release, next, record, progress, rollback, close or export.</source>
        <translation type="unfinished">نامعلوم کمانڈ &quot;campaigns %1&quot;؛ elections، create، list، show، build، entries، assign، release، next، record، progress، rollback، close یا export استعمال کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from every volunteer.</source>
        <translation type="unfinished">
            <numerusform>تمام رضاکاروں سے %n شخص واپس لیا گیا۔</numerusform>
            <numerusform>تمام رضاکاروں سے %n لوگ واپس لیے گئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from %1.</source>
        <translation type="unfinished">
            <numerusform>%1 سے %n شخص واپس لیا گیا۔</numerusform>
            <numerusform>%1 سے %n لوگ واپس لیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1: it takes no more results, and its assignments have ended.</source>
        <translation type="unfinished">%1 بند کر دی گئی: اب کوئی نتیجہ نہیں لیتی، اور اس کی تفویضات ختم ہو گئیں۔</translation>
    </message>
    <message>
        <source>(district unknown)</source>
        <translation type="unfinished">(حلقہ نامعلوم)</translation>
    </message>
    <message>
        <source>Pledged: %1; of them voted: %2; everyone marked voted: %3</source>
        <translation type="unfinished">عہد کرنے والے: %1؛ ان میں سے ووٹ دیا: %2؛ کل ووٹ دے چکے نشان زد: %3</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 pledged have voted</source>
        <translation type="unfinished">  %1: عہد کرنے والے %3 میں سے %2 نے ووٹ دیا</translation>
    </message>
    <message>
        <source>Everyone who pledged to vote in %1 has voted (or nobody pledged yet).</source>
        <translation type="unfinished">%1 میں ووٹ دینے کا عہد کرنے والے سب ووٹ دے چکے (یا ابھی کسی نے عہد نہیں کیا)۔</translation>
    </message>
    <message>
        <source>Name the people who voted, by contact id: gotv voted ELECTION ID...</source>
        <translation type="unfinished">ووٹ دینے والوں کو رابطہ شناخت سے بتائیں: gotv voted ELECTION ID...</translation>
    </message>
    <message numerus="yes">
        <source>Took back the vote of %n person(s) in %1.</source>
        <translation type="unfinished">
            <numerusform>%1 میں %n شخص کا ووٹ کا نشان واپس لیا گیا۔</numerusform>
            <numerusform>%1 میں %n لوگوں کا ووٹ کا نشان واپس لیا گیا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n person(s) as having voted in %1.</source>
        <translation type="unfinished">
            <numerusform>%1 میں %n شخص پر ووٹ دے چکے کا نشان لگایا گیا۔</numerusform>
            <numerusform>%1 میں %n لوگوں پر ووٹ دے چکے کا نشان لگایا گیا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the mark back: they have not voted after all.</source>
        <translation type="unfinished">نشان واپس لیں: انہوں نے آخرکار ووٹ نہیں دیا۔</translation>
    </message>
    <message>
        <source>unknown command &quot;gotv %1&quot;; use summary, chase or voted.</source>
        <translation type="unfinished">نامعلوم کمانڈ &quot;gotv %1&quot;؛ summary، chase یا voted استعمال کریں۔</translation>
    </message>
    <message>
        <source>Name the election, by the id &quot;campaigns elections list&quot; shows or by its name.</source>
        <translation type="unfinished">انتخاب کو اس شناخت سے بتائیں جو &quot;campaigns elections list&quot; دکھاتا ہے، یا اس کے نام سے۔</translation>
    </message>
</context>
<context>
    <name>majlis::languages</name>
    <message>
        <source>, </source>
        <comment>between two languages in a list</comment>
        <translation type="unfinished">، </translation>
    </message>
</context>
</TS>
