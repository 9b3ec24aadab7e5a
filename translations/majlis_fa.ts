<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Could not open %1 as an archive: %2</source>
        <translation type="unfinished">%1 به‌عنوان بایگانی باز نشد: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not an archive Majlis reads (.tar.gz or .zip): %2</source>
        <translation type="unfinished">%1 آسیب دیده است یا بایگانی‌ای نیست که Majlis بخواند (.tar.gz یا .zip): %2</translation>
    </message>
    <message>
        <source>%1 was refused: its entry &quot;%2&quot; points outside the folder it would be unpacked into. Nothing was imported; download the data set again from its source.</source>
        <translation type="unfinished">%1 رد شد: مدخل «%2» آن به بیرون از پوشه‌ای اشاره می‌کند که در آن باز می‌شد. چیزی وارد نشد؛ مجموعه‌داده را دوباره از منبعش بارگیری کنید.</translation>
    </message>
    <message>
        <source>%1 was refused: its file &quot;%2&quot; is larger than any file of a member list.</source>
        <translation type="unfinished">%1 رد شد: پرونده «%2» آن از هر پرونده‌ای از فهرست اعضا بزرگ‌تر است.</translation>
    </message>
    <message>
        <source>%1 is damaged: its file &quot;%2&quot; cannot be read (%3).</source>
        <translation type="unfinished">%1 آسیب دیده است: پرونده «%2» آن خوانده نمی‌شود (%3).</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>That legislature is not in this workspace.</source>
        <translation type="unfinished">این مجلس قانون‌گذاری در این فضای کاری نیست.</translation>
    </message>
    <message>
        <source>No legislature &quot;%1&quot; in this workspace; `majlis-cli bodies list` shows the codes, and importing a legislature&apos;s members adds it.</source>
        <translation type="unfinished">مجلس قانون‌گذاری &quot;%1&quot; در این فضای کاری نیست؛ `majlis-cli bodies list` کدها را نشان می‌دهد و وارد کردن اعضای یک مجلس آن را می‌افزاید.</translation>
    </message>
    <message>
        <source>A legislature needs a code and a name.</source>
        <translation type="unfinished">مجلس قانون‌گذاری به یک کد و یک نام نیاز دارد.</translation>
    </message>
    <message>
        <source>A building of the group &quot;%1&quot; has no name; name it or leave its group empty.</source>
        <translation type="unfinished">ساختمانی از گروه «%1» نام ندارد؛ نامی برایش بنویسید یا گروهش را خالی بگذارید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; a building belongs to one group.</source>
        <translation type="unfinished">«%1» دو بار آمده است؛ هر ساختمان به یک گروه تعلق دارد.</translation>
    </message>
</context>
<context>
    <name>BundledCongress</name>
    <message>
        <source>This build of Majlis was made without the members of Congress; import legislators-current.csv from the congress-legislators project instead.</source>
        <translation type="unfinished">این نسخهٔ مجلس بدون اعضای کنگره ساخته شده است؛ به جای آن legislators-current.csv را از پروژهٔ congress-legislators وارد کنید.</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Say which campaign the answer was given in.</source>
        <translation>مشخص کنید پاسخ در کدام کارزار داده شده است.</translation>
    </message>
    <message>
        <source>Say which election the pledges or votes are for.</source>
        <translation>مشخص کنید تعهدها یا رأی‌ها برای کدام انتخابات است.</translation>
    </message>
    <message>
        <source>Say which legislature the district is of.</source>
        <translation>مشخص کنید حوزه متعلق به کدام مجلس است.</translation>
    </message>
    <message>
        <source>Name at least one volunteer to give the list to.</source>
        <translation>دست‌کم یک داوطلب را برای سپردن فهرست نام ببرید.</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>The campaign &quot;%1&quot; is closed.</source>
        <translation>کارزار «%1» بسته شده است.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is closed and takes no more results.</source>
        <translation>کارزار «%1» بسته شده و نتیجهٔ دیگری نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>Answers are recorded only for a person who was reached.</source>
        <translation>پاسخ‌ها فقط برای کسی ثبت می‌شود که با او تماس برقرار شده است.</translation>
    </message>
    <message>
        <source>A refusal opts out as &quot;refused&quot; or &quot;hostile&quot;.</source>
        <translation>رد کردن به‌صورت «refused» یا «hostile» انصراف ثبت می‌کند.</translation>
    </message>
    <message>
        <source>This person is not on the campaign&apos;s list.</source>
        <translation>این شخص در فهرست کارزار نیست.</translation>
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
        <translation type="unfinished">تلفن</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">تماس‌گیرنده</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">نتیجه</translation>
    </message>
    <message>
        <source>Result Name</source>
        <translation type="unfinished">نتیجه (متن)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation type="unfinished">زمان ثبت (UTC)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished">پیگیری</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished">عدم تماس</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">بله</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished">ردیف</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">خیابان</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">شهر</translation>
    </message>
    <message>
        <source>Postal Code</source>
        <translation type="unfinished">کد پستی</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">زبان‌ها</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">داوطلب</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">تلاش‌ها</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">انجام شد</translation>
    </message>
    <message>
        <source>Last Result</source>
        <translation type="unfinished">آخرین نتیجه</translation>
    </message>
</context>
<context>
    <name>CampaignProgress</name>
    <message numerus="yes">
        <source>%n results entered within one minute</source>
        <translation>
            <numerusform>%n نتیجه در یک دقیقه وارد شده است</numerusform>
        </translation>
    </message>
    <message>
        <source>reached %1% of the people called; most phone banks reach far fewer</source>
        <translation>با %1% از افراد تماس‌گرفته‌شده صحبت کرده است؛ بیشتر کارزارهای تلفنی به افراد بسیار کمتری می‌رسند</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>Give the election a name.</source>
        <translation>برای انتخابات نامی بگذارید.</translation>
    </message>
    <message>
        <source>The election no longer exists.</source>
        <translation>این انتخابات دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>No election is called &quot;%1&quot;.</source>
        <translation>هیچ انتخاباتی «%1» نام ندارد.</translation>
    </message>
    <message>
        <source>More than one election&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>شناسهٔ بیش از یک انتخابات با «%1» شروع می‌شود؛ بخش بیشتری از آن را بدهید.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>برای کارزار نامی بگذارید.</translation>
    </message>
    <message>
        <source>The campaign must end on or after the day it starts.</source>
        <translation>کارزار باید در روز شروع یا پس از آن پایان یابد.</translation>
    </message>
    <message>
        <source>A get-out-the-vote drive needs the election it is for.</source>
        <translation>کارزار تشویق به رأی‌دادن به انتخاباتی که برای آن است نیاز دارد.</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>این کارزار دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>No campaign is called &quot;%1&quot;.</source>
        <translation>هیچ کارزاری «%1» نام ندارد.</translation>
    </message>
    <message>
        <source>More than one campaign&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>شناسهٔ بیش از یک کارزار با «%1» شروع می‌شود؛ بخش بیشتری از آن را بدهید.</translation>
    </message>
</context>
<context>
    <name>CampaignScriptFormat</name>
    <message>
        <source>The script is not valid YAML (line %1): %2</source>
        <translation>متن فیلمنامه YAML معتبر نیست (سطر %1): %2</translation>
    </message>
    <message>
        <source>A script starts with &quot;introduction:&quot; and &quot;questions:&quot;.</source>
        <translation>فیلمنامه با «introduction:» و «questions:» شروع می‌شود.</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list of questions.</source>
        <translation>«questions» باید فهرستی از پرسش‌ها باشد.</translation>
    </message>
    <message>
        <source>Question %1 needs a key of letters, digits, &apos;_&apos; or &apos;-&apos; (at most 40).</source>
        <translation>پرسش %1 به کلیدی از حروف، ارقام، &apos;_&apos; یا &apos;-&apos; نیاز دارد (حداکثر ۴۰).</translation>
    </message>
    <message>
        <source>Two questions have the key &quot;%1&quot;.</source>
        <translation>دو پرسش کلید «%1» دارند.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has no text to read.</source>
        <translation>پرسش «%1» متنی برای خواندن ندارد.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has the kind &quot;%2&quot;; use single, multiple, yes_no or text.</source>
        <translation>نوع پرسش «%1» «%2» است؛ از single، multiple، yes_no یا text استفاده کنید.</translation>
    </message>
    <message>
        <source>An answer of question &quot;%1&quot; needs a key of letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>یکی از پاسخ‌های پرسش «%1» به کلیدی از حروف، ارقام، &apos;_&apos; یا &apos;-&apos; نیاز دارد.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has two answers with the key &quot;%2&quot;.</source>
        <translation>پرسش «%1» دو پاسخ با کلید «%2» دارد.</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; of question &quot;%2&quot; has the action &quot;%3&quot;; use pledge, follow_up, do_not_contact or tag:NAME.</source>
        <translation>پاسخ «%1» از پرسش «%2» کنش «%3» دارد؛ از pledge، follow_up، do_not_contact یا tag:NAME استفاده کنید.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">خیر</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes free text and cannot list answers.</source>
        <translation>پرسش «%1» متن آزاد می‌گیرد و نمی‌تواند پاسخ فهرست کند.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; lists no answers to choose from.</source>
        <translation>پرسش «%1» پاسخی برای انتخاب فهرست نکرده است.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has more than nine answers; a caller picks them with keys 1 to 9.</source>
        <translation>پرسش «%1» بیش از نُه پاسخ دارد؛ تماس‌گیرنده آن‌ها را با کلیدهای ۱ تا ۹ برمی‌گزیند.</translation>
    </message>
    <message>
        <source>The script has no question &quot;%1&quot;.</source>
        <translation>فیلمنامه پرسش «%1» ندارد.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes text.</source>
        <translation>پرسش «%1» متن می‌گیرد.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes a list of answers.</source>
        <translation>پرسش «%1» فهرستی از پاسخ‌ها می‌گیرد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of question &quot;%2&quot;.</source>
        <translation>«%1» پاسخی از پرسش «%2» نیست.</translation>
    </message>
</context>
<context>
    <name>ChapterRepository</name>
    <message>
        <source>A chapter needs a name.</source>
        <translation type="unfinished">شعبه باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>There is already a chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">از قبل شعبه‌ای با نام «%1» وجود دارد.</translation>
    </message>
    <message>
        <source>There is no chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">شعبه‌ای با نام «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>The chapter no longer exists.</source>
        <translation type="unfinished">این شعبه دیگر وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>same email</source>
        <translation type="unfinished">ایمیل یکسان</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished">تلفن یکسان</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">نام یکسان</translation>
    </message>
</context>
<context>
    <name>ConflictLog</name>
    <message>
        <source>This conflict is no longer in the log.</source>
        <translation type="unfinished">این تعارض دیگر در فهرست تعارض‌ها نیست.</translation>
    </message>
    <message>
        <source>This conflict names a field Majlis does not know, so it cannot be restored.</source>
        <translation type="unfinished">این تعارض به فیلدی اشاره می‌کند که Majlis آن را نمی‌شناسد، بنابراین قابل بازیابی نیست.</translation>
    </message>
    <message>
        <source>The record this value belonged to has been deleted since.</source>
        <translation type="unfinished">سابقه‌ای که این مقدار به آن تعلق داشت، از آن زمان حذف شده است.</translation>
    </message>
</context>
<context>
    <name>ConflictLogModel</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">نام خانوادگی</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">نام ترجیحی</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">خیابان</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">شهر</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">منطقه</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">کد پستی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">کشور</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">ایالت</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">حوزه</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">شعبه</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">زبان‌ها</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">سازمان</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">نقش</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished">مهارت‌ها</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">علایق</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">یادداشت‌ها</translation>
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
        <translation type="unfinished">وضعیت</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">حذف شد</translation>
    </message>
</context>
<context>
    <name>ContactChoice</name>
    <message>
        <source>One Person</source>
        <translation type="unfinished">یک نفر</translation>
    </message>
    <message>
        <source>Tick only one person.</source>
        <translation type="unfinished">فقط یک نفر را تیک بزنید.</translation>
    </message>
</context>
<context>
    <name>ContactDirectory</name>
    <message>
        <source>&quot;%1&quot; is not a contact id; use the id shown by &quot;contacts list&quot; (at least 4 characters).</source>
        <translation type="unfinished">«%1» شناسهٔ مخاطب نیست؛ از شناسه‌ای که «contacts list» نشان می‌دهد استفاده کنید (دست‌کم ۴ نویسه).</translation>
    </message>
    <message>
        <source>No contact has the id %1.</source>
        <translation type="unfinished">هیچ مخاطبی شناسهٔ %1 را ندارد.</translation>
    </message>
    <message>
        <source>More than one contact has an id starting with %1; give more of it.</source>
        <translation type="unfinished">بیش از یک مخاطب شناسه‌ای دارند که با %1 آغاز می‌شود؛ بخش بیشتری از آن را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>ContactDistricts</name>
    <message>
        <source>That contact is not in this workspace.</source>
        <translation type="unfinished">این مخاطب در این فضای کاری نیست.</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished">دستی وارد شده</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">تأییدشده</translation>
    </message>
    <message>
        <source>estimated from the postcode</source>
        <translation type="unfinished">برآوردشده از کد پستی</translation>
    </message>
    <message>
        <source>to choose</source>
        <translation type="unfinished">برای انتخاب</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot; with districts.</source>
        <translation type="unfinished">%1 مجلسی به نام &quot;%2&quot; با حوزه‌های انتخابیه ندارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it with its state, such as MI-12 (MI-0 or MI-AL at-large).</source>
        <translation type="unfinished">&quot;%1&quot; کرسی مجلس نمایندگان نیست؛ آن را با ایالتش بنویسید، مانند MI-12 (برای کرسی کل ایالت MI-0 یا MI-AL).</translation>
    </message>
    <message>
        <source>Name the district to choose.</source>
        <translation type="unfinished">حوزه‌ای را که انتخاب می‌کنید نام ببرید.</translation>
    </message>
    <message>
        <source>The contact has no district there to confirm yet; choose one first (--set).</source>
        <translation type="unfinished">این مخاطب هنوز حوزه‌ای در آن‌جا برای تأیید ندارد؛ اول یکی را انتخاب کنید (--set).</translation>
    </message>
    <message>
        <source>The contact has no district there to check.</source>
        <translation type="unfinished">این مخاطب حوزه‌ای در آن‌جا برای بررسی ندارد.</translation>
    </message>
    <message>
        <source>No current member of the %1 of %2 holds district &quot;%3&quot;. Check the district, or import the current members if the districts were redrawn.</source>
        <translation type="unfinished">هیچ عضو کنونی %1 در %2 نماینده حوزهٔ «%3» نیست. حوزه را بررسی کنید، یا اگر حوزه‌ها دوباره ترسیم شده‌اند اعضای کنونی را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">ایمیل یکسان %1</translation>
    </message>
    <message>
        <source>same email as line %1 of this file</source>
        <translation type="unfinished">ایمیل یکسان با سطر %1 همین پرونده</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">تلفن یکسان %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">نام و کد پستی یکسان</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds.</source>
        <translation type="unfinished">انتخاب کنید هر ستون پرونده چه چیزی را در خود دارد.</translation>
    </message>
    <message>
        <source>No column holds a name: map at least one column to a name field.</source>
        <translation type="unfinished">هیچ ستونی نام ندارد: دست‌کم یک ستون را به یک فیلد نام نگاشت کنید.</translation>
    </message>
    <message>
        <source>The line has more fields than the header; the extra fields were left out.</source>
        <translation type="unfinished">این سطر فیلدهای بیشتری از سرستون دارد؛ فیلدهای اضافی کنار گذاشته شدند.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished">لغو شد؛ چیزی درون‌ریزی نشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district number; it was left out.</source>
        <translation type="unfinished">«%1» شمارهٔ حوزه نیست؛ کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; the birthday was left out.</source>
        <translation type="unfinished">«%1» تاریخ نیست؛ تاریخ تولد کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>Line %1 could not be merged: %2</source>
        <translation type="unfinished">سطر %1 ادغام نشد: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished">درون‌ریزی لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">سطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">ستون</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">مشکل</translation>
    </message>
</context>
<context>
    <name>ContactMerger</name>
    <message>
        <source>A record the merge needs is missing (%1 %2).</source>
        <translation type="unfinished">سابقه‌ای که ادغام به آن نیاز دارد موجود نیست (%1 %2).</translation>
    </message>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation type="unfinished">دو مخاطب متفاوت را برای ادغام انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 or %2 changed after they were merged, so the merge cannot be undone without losing that change.</source>
        <translation type="unfinished">%1 یا %2 پس از ادغام تغییر کرده است، بنابراین واگرد ادغام بدون از دست رفتن آن تغییر ممکن نیست.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>Contact %1 (%2): %3</source>
        <translation type="unfinished">مخاطب %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cancelled; no contacts were added.</source>
        <translation type="unfinished">لغو شد؛ هیچ مخاطبی افزوده نشد.</translation>
    </message>
    <message>
        <source>Enter at least one tag.</source>
        <translation type="unfinished">دست‌کم یک برچسب وارد کنید.</translation>
    </message>
    <message>
        <source>The contact was deleted meanwhile; nothing was saved.</source>
        <translation type="unfinished">مخاطب در این فاصله حذف شده است؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">این مخاطب دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>The email address is empty.</source>
        <translation type="unfinished">نشانی ایمیل خالی است.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains a space.</source>
        <translation type="unfinished">نشانی ایمیل «%1» فاصله دارد.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no @ sign; it should look like name@example.org.</source>
        <translation type="unfinished">نشانی ایمیل «%1» علامت @ ندارد؛ باید شبیه name@example.org باشد.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing before the @ sign.</source>
        <translation type="unfinished">نشانی ایمیل «%1» پیش از علامت @ چیزی ندارد.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has more than one @ sign.</source>
        <translation type="unfinished">نشانی ایمیل «%1» بیش از یک علامت @ دارد.</translation>
    </message>
    <message>
        <source>The part after @ in &quot;%1&quot; is not a valid domain such as example.org.</source>
        <translation type="unfinished">بخش پس از @ در «%1» دامنهٔ معتبری مانند example.org نیست.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished">شمارهٔ تلفن خالی است.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may contain only digits, spaces, + ( ) - . and /.</source>
        <translation type="unfinished">شمارهٔ تلفن «%1» فقط می‌تواند شامل رقم، فاصله، + ( ) - . و / باشد.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is too short.</source>
        <translation type="unfinished">شمارهٔ تلفن «%1» بیش از حد کوتاه است.</translation>
    </message>
    <message>
        <source>Enter a given name, a family name or a preferred name.</source>
        <translation type="unfinished">نام، نام خانوادگی یا نام ترجیحی را وارد کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a U.S. state code; use two letters such as MI or CA.</source>
        <translation type="unfinished">«%1» کد ایالت آمریکا نیست؛ از دو حرف مانند MI یا CA استفاده کنید.</translation>
    </message>
    <message>
        <source>A congressional district needs a state.</source>
        <translation type="unfinished">حوزهٔ انتخابیهٔ کنگره به یک ایالت نیاز دارد.</translation>
    </message>
    <message>
        <source>District %1 does not exist; use 0 for an at-large seat or 1 to %2.</source>
        <translation type="unfinished">حوزهٔ %1 وجود ندارد؛ برای کرسی فراگیر از 0 یا از 1 تا %2 استفاده کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: check the country code and the number of digits after it.</source>
        <translation type="unfinished">«%1» شمارهٔ تلفن نیست: کد کشور و تعداد رقم‌های پس از آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; does not look like a whole number in %2: check the digits and the area code, or write it with + and the country code.</source>
        <translation type="unfinished">شمارهٔ تلفن «%1» شبیه یک شمارهٔ کامل در %2 نیست: رقم‌ها و کد منطقه را بررسی کنید، یا آن را با + و کد کشور بنویسید.</translation>
    </message>
</context>
<context>
    <name>CreateContactCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished">افزودن %1</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file ends inside a quoted field that starts on line %1; it may be cut short.</source>
        <translation type="unfinished">پرونده درون فیلدی داخل نقل‌قول که از سطر %1 آغاز شده پایان می‌یابد؛ ممکن است ناقص باشد.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished">پرونده خالی است: سطر سرستون ندارد.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header names only %3.</source>
        <translation type="unfinished">سطر %1 دارای %2 فیلد است اما سرستون فقط %3 فیلد را نام می‌برد.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder. Choose a workspace file instead.</source>
        <translation type="unfinished">%1 یک پوشه است. به جای آن یک پروندهٔ فضای کاری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Majlis cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished">Majlis نمی‌تواند %1 را بخواند: %2. مجوزهای پرونده را بررسی کنید.</translation>
    </message>
    <message>
        <source>%1 is not a Majlis workspace (it is not an SQLite database). Choose another file.</source>
        <translation type="unfinished">%1 فضای کاری Majlis نیست (پایگاه‌دادهٔ SQLite نیست). پروندهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation type="unfinished">%1 فقط‌خواندنی است. آن را در پوشه‌ای که امکان نوشتن در آن دارید کپی کنید، یا مجوزهایش را تغییر دهید.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, and Majlis needs to write beside the workspace. Move the file to a writable folder.</source>
        <translation type="unfinished">پوشهٔ %1 فقط‌خواندنی است و Majlis باید در کنار فضای کاری بنویسد. پرونده را به پوشه‌ای قابل‌نوشتن منتقل کنید.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation type="unfinished">هیچ فضای کاری در %1 نیست.</translation>
    </message>
    <message>
        <source>Majlis cannot create the folder %1. Choose a location you can write to.</source>
        <translation type="unfinished">Majlis نمی‌تواند پوشهٔ %1 را بسازد. مکانی را انتخاب کنید که امکان نوشتن در آن دارید.</translation>
    </message>
    <message>
        <source>Majlis cannot create a workspace in %1: %2. Choose a location you can write to.</source>
        <translation type="unfinished">Majlis نمی‌تواند در %1 فضای کاری بسازد: %2. مکانی را انتخاب کنید که امکان نوشتن در آن دارید.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 آسیب دیده است و باز نمی‌شود. آن را از یک نسخهٔ پشتیبان یا رونوشت همگام‌شده بازیابی کنید.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 آسیب دیده است (%2). آن را از یک نسخهٔ پشتیبان یا رونوشت همگام‌شده بازیابی کنید.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database from another program, not a Majlis workspace. Choose another file.</source>
        <translation type="unfinished">%1 پایگاه‌دادهٔ SQLite برنامهٔ دیگری است، نه فضای کاری Majlis. پروندهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Majlis (workspace format %2; this version reads up to %3). Update Majlis to open it.</source>
        <translation type="unfinished">%1 با نسخهٔ جدیدتری از Majlis نوشته شده است (قالب فضای کاری %2؛ این نسخه تا %3 را می‌خواند). برای باز کردن آن، Majlis را به‌روز کنید.</translation>
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
        <translation type="unfinished">تاریخ‌های هجری قمری از تقویم مدنی (جدولی) اسلامی پیروی می‌کنند. جایی که ماه‌ها با رؤیت هلال یا با تقویم ام‌القری آغاز می‌شوند، تاریخ اعلام‌شده محلی ممکن است یک روز تفاوت داشته باشد.</translation>
    </message>
</context>
<context>
    <name>DayExport</name>
    <message>
        <source>Meeting with %1</source>
        <translation type="unfinished">دیدار با %1</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1، اتاق %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished">مکان: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">تیم: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">سرگروه: %1</translation>
    </message>
    <message>
        <source>The asks:</source>
        <translation type="unfinished">درخواست‌ها:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">آغاز</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">پایان</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">دفتر</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">مجلس</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">کرسی</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">ساختمان</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">اتاق</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">سرگروه</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">تیم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">وضعیت</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">سنجاق‌شده</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">برگزارشده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">لغوشده</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Senate</source>
        <translation type="unfinished">سنا</translation>
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished">مجلس نمایندگان</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">خیر</translation>
    </message>
</context>
<context>
    <name>DayPlanner</name>
    <message>
        <source>There are no members of %1 in this workspace yet; import its current members first.</source>
        <translation type="unfinished">هنوز هیچ عضوی از %1 در این فضای کاری نیست؛ اول اعضای کنونی آن را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>DayRepository</name>
    <message>
        <source>Give the day a title.</source>
        <translation type="unfinished">برای روز عنوانی تعیین کنید.</translation>
    </message>
    <message>
        <source>Choose the day&apos;s date.</source>
        <translation type="unfinished">تاریخ روز را انتخاب کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation type="unfinished">«%1» منطقهٔ زمانی شناخته‌شده‌ای برای این رایانه نیست.</translation>
    </message>
    <message>
        <source>The meeting window must start before it ends, within the day.</source>
        <translation type="unfinished">بازهٔ دیدارها باید در همان روز و پیش از پایانش آغاز شود.</translation>
    </message>
    <message>
        <source>A meeting slot must be at least 5 minutes and fit in the window.</source>
        <translation type="unfinished">هر نوبت دیدار باید دست‌کم ۵ دقیقه باشد و در بازه جا شود.</translation>
    </message>
    <message>
        <source>A team needs room for at least one person.</source>
        <translation type="unfinished">تیم باید دست‌کم برای یک نفر جا داشته باشد.</translation>
    </message>
    <message>
        <source>Walking times cannot be negative.</source>
        <translation type="unfinished">زمان‌های پیاده‌روی نمی‌توانند منفی باشند.</translation>
    </message>
    <message>
        <source>The advocacy day no longer exists.</source>
        <translation type="unfinished">این روز حمایت‌گری دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no advocacy day &quot;%1&quot;.</source>
        <translation type="unfinished">روز حمایت‌گری «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 advocacy days; give more of the id.</source>
        <translation type="unfinished">«%1» با %2 روز حمایت‌گری مطابقت دارد؛ بخش بیشتری از شناسه را وارد کنید.</translation>
    </message>
    <message>
        <source>A contact to register no longer exists; nothing was added.</source>
        <translation type="unfinished">یکی از مخاطبانی که باید ثبت‌نام شود دیگر وجود ندارد؛ چیزی افزوده نشد.</translation>
    </message>
    <message>
        <source>The time must end after it starts.</source>
        <translation type="unfinished">زمان پایان باید پس از زمان آغاز باشد.</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>حذف %n مخاطب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoAdvocacy</name>
    <message>
        <source>Capitol Advocacy Day (demo)</source>
        <translation type="unfinished">روز حمایت‌گری در کاپیتول (نمایشی)</translation>
    </message>
    <message>
        <source>Civil rights and community safety</source>
        <translation type="unfinished">حقوق مدنی و امنیت جامعه</translation>
    </message>
    <message>
        <source>Protect travellers from profiling by religion or origin</source>
        <translation type="unfinished">محافظت از مسافران در برابر نمایه‌سازی بر اساس دین یا تبار</translation>
    </message>
    <message>
        <source>Share a story of a family stopped at the border; ask the office to speak up.</source>
        <translation type="unfinished">داستان خانواده‌ای را که در مرز متوقف شد بگویید؛ از دفتر بخواهید صدایش را بلند کند.</translation>
    </message>
    <message>
        <source>Fund community violence-prevention grants</source>
        <translation type="unfinished">تأمین بودجهٔ کمک‌هزینه‌های پیشگیری از خشونت در جامعه</translation>
    </message>
    <message>
        <source>Name the programmes in your district that the grants keep open.</source>
        <translation type="unfinished">برنامه‌هایی در حوزهٔ خود را نام ببرید که این کمک‌هزینه‌ها باز نگهشان می‌دارند.</translation>
    </message>
</context>
<context>
    <name>DistrictFill</name>
    <message>
        <source>No postcode file was imported for %1; import one with &quot;majlis-cli districts import FILE --body %2 --chamber house&quot; (or senate).</source>
        <translation type="unfinished">هیچ فایل کد پستی برای %1 وارد نشده است؛ یکی را با &quot;majlis-cli districts import FILE --body %2 --chamber house&quot; (یا senate) وارد کنید.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">ایمیل یکسان %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">تلفن یکسان %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">نام و کد پستی یکسان</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">نام یکسان</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation type="unfinished">جستجوی تکراری‌ها لغو شد.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">این مخاطب دیگر وجود ندارد؛ ممکن است حذف شده باشد.</translation>
    </message>
</context>
<context>
    <name>EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished">ویرایش %1</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Give the event a title.</source>
        <translation type="unfinished">برای رویداد عنوانی تعیین کنید.</translation>
    </message>
    <message>
        <source>Give the date and time the event starts.</source>
        <translation type="unfinished">تاریخ و زمان آغاز رویداد را وارد کنید.</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation type="unfinished">رویداد باید پس از آغاز پایان یابد.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation type="unfinished">این رویداد دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 events; give more of the id.</source>
        <translation type="unfinished">«%1» با %2 رویداد مطابقت دارد؛ بخش بیشتری از شناسه را وارد کنید.</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;.</source>
        <translation type="unfinished">رویداد «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">تلفن</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">ثبت‌نام‌شده</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">مراجعه‌کنندهٔ بی‌نوبت</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">وارد شده</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">خیر</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished">نشانی سرور باید با https:// آغاز شود.</translation>
    </message>
    <message>
        <source>No certificate or fingerprint is set for this server, so it cannot be trusted.</source>
        <translation type="unfinished">هیچ گواهی یا اثر انگشتی برای این سرور تنظیم نشده است، بنابراین نمی‌توان به آن اعتماد کرد.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one set for this organization.</source>
        <translation type="unfinished">گواهی سرور همان گواهی تنظیم‌شده برای این سازمان نیست.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted for this organization (%1).</source>
        <translation type="unfinished">گواهی سرور برای این سازمان مورد اعتماد نیست (%1).</translation>
    </message>
    <message>
        <source>The sync server answered with a redirect to another address; Majlis does not follow it. Check the server address.</source>
        <translation type="unfinished">سرور همگام‌سازی با تغییر مسیر به نشانی دیگری پاسخ داد؛ Majlis آن را دنبال نمی‌کند. نشانی سرور را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Line %1 is not an iCalendar line (NAME:value): &quot;%2&quot;.</source>
        <translation type="unfinished">سطر %1 یک سطر iCalendar نیست (NAME:value): «%2».</translation>
    </message>
    <message>
        <source>Line %1 ends %2, which is not the open component.</source>
        <translation type="unfinished">سطر %1 با %2 پایان می‌یابد که مؤلفهٔ باز نیست.</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation type="unfinished">سطر %1 بیرون از هر BEGIN:VCALENDAR … END:VCALENDAR است.</translation>
    </message>
    <message>
        <source>%1 opened on line %2 is never closed; the file may be cut short.</source>
        <translation type="unfinished">%1 که در سطر %2 باز شده هرگز بسته نمی‌شود؛ ممکن است پرونده ناقص باشد.</translation>
    </message>
    <message>
        <source>The file holds no calendar.</source>
        <translation type="unfinished">این پرونده هیچ تقویمی ندارد.</translation>
    </message>
    <message>
        <source>%1 names the time zone &quot;%2&quot;, which this computer does not know; its time %3 is kept as written, without a zone.</source>
        <translation type="unfinished">%1 منطقهٔ زمانی &quot;%2&quot; را نام می‌برد که این رایانه نمی‌شناسد؛ زمان آن %3 همان‌طور که نوشته شده، بدون منطقهٔ زمانی نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>InteractionLog</name>
    <message>
        <source>Give the date of the interaction.</source>
        <translation type="unfinished">تاریخ تعامل را وارد کنید.</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation type="unfinished">در چند کلمه بنویسید چه اتفاقی افتاد.</translation>
    </message>
</context>
<context>
    <name>Itineraries</name>
    <message>
        <source>Team for %1</source>
        <translation type="unfinished">تیم %1</translation>
    </message>
    <message>
        <source>No meetings are scheduled yet.</source>
        <translation type="unfinished">هنوز هیچ دیداری زمان‌بندی نشده است.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">زمان</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">دفتر</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">ساختمان</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">اتاق</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">تیم</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">سرگروه: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">لغوشده</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">درخواست‌ها</translation>
    </message>
</context>
<context>
    <name>ItineraryPdf</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">نوشتن %1 ممکن نشد: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorFile</name>
    <message>
        <source>This is not a congress-legislators file: it has no &quot;%1&quot; column.</source>
        <translation type="unfinished">این پروندهٔ congress-legislators نیست: ستون «%1» ندارد.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: it needs a bioguide id, a state and a type of &quot;sen&quot; or &quot;rep&quot;.</source>
        <translation type="unfinished">سطر %1 رد شد: به شناسهٔ bioguide، ایالت و نوع «sen» یا «rep» نیاز دارد.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: %2 is listed twice.</source>
        <translation type="unfinished">سطر %1 رد شد: %2 دو بار آمده است.</translation>
    </message>
    <message>
        <source>%1 has no Capitol office building in the address &quot;%2&quot;; add it by hand before scheduling meetings with this office.</source>
        <translation type="unfinished">%1 در نشانی «%2» ساختمان دفتری در Capitol ندارد؛ پیش از زمان‌بندی دیدار با این دفتر، آن را دستی اضافه کنید.</translation>
    </message>
    <message>
        <source>The file lists no members of Congress.</source>
        <translation type="unfinished">این پرونده هیچ عضو کنگره‌ای را فهرست نمی‌کند.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">خواندن %1 ممکن نشد: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorRepository</name>
    <message>
        <source>No member of Congress has the bioguide id &quot;%1&quot;; import the current legislators first.</source>
        <translation type="unfinished">هیچ عضو کنگره‌ای شناسهٔ bioguide «%1» را ندارد؛ ابتدا قانون‌گذاران کنونی را درون‌ریزی کنید.</translation>
    </message>
    <message>
        <source>A member of %1 has no id, so a later import could not find them again.</source>
        <translation type="unfinished">یکی از اعضای %1 شناسه ندارد، پس وارد کردن بعدی نمی‌تواند او را دوباره پیدا کند.</translation>
    </message>
    <message>
        <source>%1 is listed twice for %2; nothing was imported.</source>
        <translation type="unfinished">%1 دو بار برای %2 آمده است؛ چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>That legislator is not in this workspace.</source>
        <translation type="unfinished">این قانون‌گذار در این فضای کاری نیست.</translation>
    </message>
</context>
<context>
    <name>MarkVotedCommand</name>
    <message>
        <source>Mark %1 Voted</source>
        <translation type="unfinished">ثبت رأی %1</translation>
    </message>
    <message>
        <source>Mark %1 Not Voted</source>
        <translation type="unfinished">برداشتن ثبت رأی %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Voted</source>
        <translation type="unfinished">
            <numerusform>ثبت رأی %Ln نفر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Not Voted</source>
        <translation type="unfinished">
            <numerusform>برداشتن ثبت رأی %Ln نفر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation type="unfinished">این دیدار دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>A meeting must end after it starts.</source>
        <translation type="unfinished">دیدار باید پس از آغاز پایان یابد.</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>&quot;%1&quot; does not map a field to a column: write FIELD=COLUMN, a field being one of %2 and a column one of the file&apos;s header (%3).</source>
        <translation type="unfinished">«%1» فیلدی را به ستونی نگاشت نمی‌کند: بنویسید FIELD=COLUMN که فیلد یکی از %2 و ستون یکی از سرستون‌های پرونده (%3) باشد.</translation>
    </message>
    <message>
        <source>The member list needs a column of names and one of constituencies; its header is: %1.</source>
        <translation type="unfinished">فهرست اعضا به یک ستون نام و یک ستون حوزه انتخابیه نیاز دارد؛ سرستون‌های آن: %1.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: a member needs a name and a constituency.</source>
        <translation type="unfinished">سطر %1 نادیده گرفته شد: هر عضو به نام و حوزه انتخابیه نیاز دارد.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: &quot;%2&quot; is not a chamber of %3.</source>
        <translation type="unfinished">سطر %1 نادیده گرفته شد: «%2» یکی از مجلس‌های %3 نیست.</translation>
    </message>
    <message>
        <source>Lines %1 and %2 both list %3 (%4); a member list names each member once. Nothing was imported.</source>
        <translation type="unfinished">سطرهای %1 و %2 هر دو %3 (%4) را آورده‌اند؛ فهرست اعضا هر عضو را یک بار می‌آورد. چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>The member list has no member with a name and a constituency.</source>
        <translation type="unfinished">در فهرست اعضا هیچ عضوی با نام و حوزه انتخابیه نیست.</translation>
    </message>
</context>
<context>
    <name>MergeContactsCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished">ادغام %1 در %2</translation>
    </message>
</context>
<context>
    <name>OpenStates</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">خواندن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>%1, line %2: this is not valid YAML (%3). Nothing was imported.</source>
        <translation type="unfinished">%1، سطر %2: این YAML معتبر نیست (%3). چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>%1, line %2: this is not an Open States person file (%3). Nothing was imported.</source>
        <translation type="unfinished">%1، سطر %2: این پرونده شخص Open States نیست (%3). چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: it has no &quot;%2&quot;. Nothing was imported.</source>
        <translation type="unfinished">%1 پرونده شخص Open States نیست: «%2» ندارد. چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: its id, name or roles are not what the people schema writes. Nothing was imported.</source>
        <translation type="unfinished">%1 پرونده شخص Open States نیست: شناسه، نام یا نقش‌های آن آن‌طور که طرح‌واره people می‌نویسد نیست. چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>%1 (%2) was skipped: no current role in a state legislature.</source>
        <translation type="unfinished">%1 (%2) نادیده گرفته شد: نقش کنونی‌ای در مجلس ایالتی ندارد.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished">%1 وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 holds no Open States legislators: they are YAML files in data/&lt;state&gt;/legislature/.</source>
        <translation type="unfinished">%1 هیچ قانون‌گذاری از Open States ندارد: آن‌ها پرونده‌های YAML در data/&lt;state&gt;/legislature/ هستند.</translation>
    </message>
    <message>
        <source>%1 and %2 both describe the person %3; remove one and import again. Nothing was imported.</source>
        <translation type="unfinished">%1 و %2 هر دو شخص %3 را توصیف می‌کنند؛ یکی را حذف کنید و دوباره وارد کنید. چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>Congress in data/us was skipped (%1 files): import Congress from congress-legislators&apos; legislators-current.csv.</source>
        <translation type="unfinished">کنگره در data/us نادیده گرفته شد (%1 پرونده): کنگره را از legislators-current.csv پروژه congress-legislators وارد کنید.</translation>
    </message>
    <message>
        <source>The Open States data names no current member of a state legislature.</source>
        <translation type="unfinished">داده‌های Open States هیچ عضو کنونی از مجلس ایالتی را نام نمی‌برد.</translation>
    </message>
</context>
<context>
    <name>OptOuts</name>
    <message>
        <source>&quot;%1&quot; is not a reason; use requested, refused, hostile or deceased.</source>
        <translation>«%1» دلیل نیست؛ از requested، refused، hostile یا deceased استفاده کنید.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>این مخاطب دیگر وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>A partner needs a name.</source>
        <translation type="unfinished">شریک باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>There is already a partner named &quot;%1&quot;.</source>
        <translation type="unfinished">از قبل شریکی با نام «%1» وجود دارد.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation type="unfinished">این شریک دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 partners; give more of the id.</source>
        <translation type="unfinished">«%1» با %2 شریک مطابقت دارد؛ بخش بیشتری از شناسه را وارد کنید.</translation>
    </message>
    <message>
        <source>There is no partner &quot;%1&quot;.</source>
        <translation type="unfinished">شریک «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>Choose the person who belongs to the partner.</source>
        <translation type="unfinished">فردی را که به این شریک تعلق دارد انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is already listed at this partner; record that they left before adding them again.</source>
        <translation type="unfinished">%1 از قبل در این شریک فهرست شده است؛ پیش از افزودن دوباره، رفتنش را ثبت کنید.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation type="unfinished">این مخاطب دیگر وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>PersonRows</name>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation type="unfinished">هیچ مخاطبی با شناسهٔ %1 وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This number could not be read as a phone number; it is kept as typed.</source>
        <translation type="unfinished">این شماره به‌عنوان شماره تلفن خوانده نشد؛ همان‌طور که نوشته شده نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>This number could not be read as a phone number of %1; it is kept as typed.</source>
        <translation type="unfinished">این شماره به‌عنوان شماره تلفن %1 خوانده نشد؛ همان‌طور که نوشته شده نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>PhoneRegion</name>
    <message>
        <source>&quot;%1&quot; is not a country code Majlis knows; use two letters such as DE, GB or CA.</source>
        <translation type="unfinished">«%1» کد کشوری نیست که Majlis بشناسد؛ از دو حرف مانند DE، GB یا CA استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>PostcodeFile</name>
    <message>
        <source>The file needs a postcode column (postcode, zip or zcta) and a district column (district or cd) in its first line; it has: %1.</source>
        <translation type="unfinished">فایل در سطر اولش به ستون کد پستی (postcode، zip یا zcta) و ستون حوزه (district یا cd) نیاز دارد؛ ستون‌های آن: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postcode; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; کد پستی نیست؛ این ردیف کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ZIP code; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; کد ZIP نیست؛ این ردیف کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>Postcode %1 has no district; the row was left out.</source>
        <translation type="unfinished">کد پستی %1 حوزه ندارد؛ این ردیف کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it as MI-12, or give the state in a state column; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; کرسی مجلس نمایندگان نیست؛ آن را به شکل MI-12 بنویسید یا ایالت را در ستون state بدهید؛ این ردیف کنار گذاشته شد.</translation>
    </message>
</context>
<context>
    <name>PostcodeImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">خواندن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chamber; use senate (the upper chamber), house (the lower one) or unicameral.</source>
        <translation type="unfinished">&quot;%1&quot; یک مجلس نیست؛ از senate (مجلس بالا)، house (مجلس پایین) یا unicameral استفاده کنید.</translation>
    </message>
    <message>
        <source>Senators of the U.S. Congress represent a whole state; a postcode file is for the House.</source>
        <translation type="unfinished">سناتورهای کنگره آمریکا نماینده کل یک ایالت‌اند؛ فایل کد پستی برای مجلس نمایندگان است.</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot;.</source>
        <translation type="unfinished">%1 مجلسی به نام &quot;%2&quot; ندارد.</translation>
    </message>
    <message>
        <source>The file has no usable rows, so the districts held for %1 were left as they were.</source>
        <translation type="unfinished">فایل هیچ ردیف قابل استفاده‌ای ندارد، پس حوزه‌های ثبت‌شده برای %1 دست‌نخورده ماندند.</translation>
    </message>
    <message>
        <source>No current member of %1 holds district %2 (postcode %3); the row was imported.</source>
        <translation type="unfinished">هیچ عضو کنونی %1 نماینده حوزه %2 (کد پستی %3) نیست؛ این ردیف وارد شد.</translation>
    </message>
</context>
<context>
    <name>PostcodeLookup</name>
    <message>
        <source>&quot;%1&quot; is not a U.S. ZIP code; give five digits, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">&quot;%1&quot; کد ZIP آمریکا نیست؛ پنج رقم بدهید، مانند 48126 یا 48126-1234.</translation>
    </message>
</context>
<context>
    <name>ScheduleCheck</name>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">دفتری که دیگر در فهرست نیست</translation>
    </message>
    <message>
        <source>someone no longer registered</source>
        <translation type="unfinished">کسی که دیگر ثبت‌نام‌شده نیست</translation>
    </message>
    <message>
        <source>%1 to %2 is outside the day&apos;s meeting window.</source>
        <translation type="unfinished">%1 تا %2 بیرون از بازهٔ دیدارهای روز است.</translation>
    </message>
    <message>
        <source>The team has %1 people; the day allows %2.</source>
        <translation type="unfinished">تیم %1 نفر دارد؛ روز %2 نفر را مجاز می‌داند.</translation>
    </message>
    <message>
        <source>%1 cannot meet from %2 to %3.</source>
        <translation type="unfinished">%1 از %2 تا %3 امکان دیدار ندارد.</translation>
    </message>
    <message>
        <source>%1 confirmed other times for meetings.</source>
        <translation type="unfinished">%1 زمان‌های دیگری را برای دیدارها تأیید کرده است.</translation>
    </message>
    <message>
        <source>%1 has another meeting at %2.</source>
        <translation type="unfinished">%1 در %2 دیدار دیگری دارد.</translation>
    </message>
    <message>
        <source>%1 is also meeting %2 at %3.</source>
        <translation type="unfinished">%1 در %3 با %2 نیز دیدار دارد.</translation>
    </message>
    <message>
        <source>%1 needs %2 minutes to walk here from %3, which ends at %4.</source>
        <translation type="unfinished">%1 برای پیاده آمدن به اینجا از %3 که در %4 پایان می‌یابد، %2 دقیقه زمان لازم دارد.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>The office has no free time left in the day&apos;s window, its blackouts and its confirmed times.</source>
        <translation type="unfinished">این دفتر در بازهٔ روز، با زمان‌های مسدود و تأییدشده‌اش، دیگر وقت آزادی ندارد.</translation>
    </message>
    <message>
        <source>Whenever the office is free, the attendee is in another meeting or could not walk there in time.</source>
        <translation type="unfinished">هر زمان که دفتر آزاد است، شرکت‌کننده در دیدار دیگری است یا نمی‌تواند به‌موقع پیاده به آنجا برسد.</translation>
    </message>
    <message>
        <source>The contact has no U.S. state, or lives outside the legislature&apos;s state, so their members are unknown.</source>
        <translation type="unfinished">این مخاطب ایالت آمریکایی ندارد یا بیرون از ایالت این مجلس زندگی می‌کند، پس نمایندگانش معلوم نیستند.</translation>
    </message>
    <message>
        <source>The contact has no district for this chamber, so their member is unknown; fill districts from ZIP codes or enter it.</source>
        <translation type="unfinished">این مخاطب برای این مجلس حوزه‌ای ندارد، پس نماینده‌اش معلوم نیست؛ حوزه‌ها را از کدهای ZIP پر کنید یا وارد کنید.</translation>
    </message>
    <message>
        <source>No current member holds this seat.</source>
        <translation type="unfinished">هیچ عضو کنونی این کرسی را ندارد.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Enter the server address, such as https://sync.example.org.</source>
        <translation type="unfinished">نشانی سرور را وارد کنید، مانند https://sync.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It looks like https://sync.example.org.</source>
        <translation type="unfinished">«%1» نشانی سرور نیست. نشانی سرور چیزی شبیه https://sync.example.org است.</translation>
    </message>
    <message>
        <source>The server address must start with https://, so the password and the workspace travel encrypted. Plain http:// is only for a server on this computer (localhost).</source>
        <translation type="unfinished">نشانی سرور باید با https:// آغاز شود تا گذرواژه و فضای کاری به‌صورت رمزگذاری‌شده منتقل شوند. http:// ساده فقط برای سروری روی همین رایانه (localhost) است.</translation>
    </message>
    <message>
        <source>The fingerprint must be the SHA-256 of the server&apos;s certificate: 64 hexadecimal digits (0–9 and A–F), colons allowed.</source>
        <translation type="unfinished">اثر انگشت باید SHA-256 گواهی سرور باشد: 64 رقم هگزادسیمال (0–9 و A–F)؛ استفاده از دونقطه مجاز است.</translation>
    </message>
</context>
<context>
    <name>SignOnLetters</name>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished">هنوز پاسخی نیامده</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">امضا کرده</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">رد کرده</translation>
    </message>
    <message>
        <source>A sign-on letter needs a title.</source>
        <translation type="unfinished">نامهٔ امضای جمعی باید عنوان داشته باشد.</translation>
    </message>
    <message>
        <source>That partner was not asked to sign this letter.</source>
        <translation type="unfinished">از این شریک برای امضای این نامه درخواست نشده است.</translation>
    </message>
    <message>
        <source>Signed &quot;%1&quot;</source>
        <translation type="unfinished">«%1» را امضا کرد</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The workspace is in use by another program or another Majlis window. Close it there and try again.</source>
        <translation type="unfinished">فضای کاری در دست برنامهٔ دیگر یا پنجرهٔ دیگری از Majlis است. آن را آنجا ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written. Check that the file and its folder are writable.</source>
        <translation type="unfinished">نوشتن در پروندهٔ فضای کاری ممکن نیست. بررسی کنید که پرونده و پوشه‌اش قابل‌نوشتن باشند.</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">پروندهٔ فضای کاری آسیب دیده است. آن را از یک نسخهٔ پشتیبان یا رونوشت همگام‌شده بازیابی کنید.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished">دیسک پر است. مقداری فضا آزاد کنید و دوباره تلاش کنید؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation type="unfinished">خواندن یا نوشتن فضای کاری ممکن نشد: %1</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The sync server could not be reached: %1</source>
        <translation type="unfinished">دسترسی به سرور همگام‌سازی ممکن نشد: %1</translation>
    </message>
    <message>
        <source>The server did not accept the login. Log in again.</source>
        <translation type="unfinished">سرور ورود را نپذیرفت. دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished">سرور نپذیرفت: %1</translation>
    </message>
    <message>
        <source>The sync server needs a newer Majlis. Update Majlis on this laptop, then sync again.</source>
        <translation type="unfinished">سرور همگام‌سازی به نسخهٔ جدیدتری از Majlis نیاز دارد. Majlis را روی این لپ‌تاپ به‌روز کنید، سپس دوباره همگام‌سازی کنید.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation type="unfinished">تلاش‌ها بیش از حد بوده است. چند دقیقه صبر کنید، سپس دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The sync server answered %1: %2</source>
        <translation type="unfinished">سرور همگام‌سازی با %1 پاسخ داد: %2</translation>
    </message>
    <message>
        <source>This workspace syncs with another server. Open a new workspace to sync with this one.</source>
        <translation type="unfinished">این فضای کاری با سرور دیگری همگام می‌شود. برای همگام‌سازی با این سرور، یک فضای کاری جدید باز کنید.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished">نام کاربری یا گذرواژه نادرست است.</translation>
    </message>
    <message>
        <source>The sync server keeps refusing to acknowledge this laptop&apos;s changes.</source>
        <translation type="unfinished">سرور همگام‌سازی همچنان از تأیید دریافت تغییرات این لپ‌تاپ خودداری می‌کند.</translation>
    </message>
    <message>
        <source>The server refused this workspace&apos;s new device id as well. Try again later.</source>
        <translation type="unfinished">سرور شناسهٔ دستگاه جدید این فضای کاری را هم نپذیرفت. بعداً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Ask for at least one person.</source>
        <translation>دست‌کم یک نفر درخواست کنید.</translation>
    </message>
    <message>
        <source>The server has no such campaign in your chapters. Sync, then choose the campaign again.</source>
        <translation>سرور چنین کارزاری در شعبه‌های شما ندارد. همگام‌سازی کنید، سپس کارزار را دوباره انتخاب کنید.</translation>
    </message>
    <message>
        <source>This campaign is closed: nobody can take people from its list.</source>
        <translation>این کارزار بسته شده است: هیچ‌کس نمی‌تواند از فهرست آن افرادی بردارد.</translation>
    </message>
</context>
<context>
    <name>TagContactsCommand</name>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>برچسب زدن به %n مخاطب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextEncodings</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished">یونیکد (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 little-endian)</source>
        <translation type="unfinished">یونیکد (UTF-16 با بایت کم‌ارزش اول)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation type="unfinished">یونیکد (UTF-16 با بایت پرارزش اول)</translation>
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
        <translation type="unfinished">اروپای غربی (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation type="unfinished">اروپای غربی (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Line %1 has bytes (%2) that are not %3 text; the file is written in another encoding. Choose the one it was saved in.</source>
        <translation type="unfinished">سطر %1 بایت‌هایی (%2) دارد که متن %3 نیستند؛ پرونده با رمزگذاری دیگری نوشته شده است. رمزگذاری‌ای را که با آن ذخیره شده انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; use an IANA name such as Europe/London, America/New_York or Asia/Karachi.</source>
        <translation type="unfinished">&quot;%1&quot; منطقهٔ زمانی‌ای نیست که این رایانه بشناسد؛ نامی از IANA مانند Europe/London، America/New_York یا Asia/Karachi به کار ببرید.</translation>
    </message>
</context>
<context>
    <name>Turnout</name>
    <message>
        <source>A person to mark is no longer in the workspace.</source>
        <translation>کسی که باید علامت بخورد دیگر در فضای کار نیست.</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>Line %1 is not a vCard line (NAME:value) and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">سطر %1 یک سطر vCard نیست (NAME:value) و رد شد: «%2»</translation>
    </message>
    <message>
        <source>%1: %2 was not imported</source>
        <translation type="unfinished">%1: %2 درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>%1: another %2 (&quot;%3&quot;) was not imported; Majlis keeps one</source>
        <translation type="unfinished">%1: یک %2 دیگر («%3») درون‌ریزی نشد؛ Majlis فقط یکی را نگه می‌دارد</translation>
    </message>
    <message>
        <source>%1: BDAY %2 has no year, so the birthday was not imported</source>
        <translation type="unfinished">%1: BDAY %2 سال ندارد، بنابراین تاریخ تولد درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>%1: BDAY &quot;%2&quot; is not a date Majlis can read, so the birthday was not imported</source>
        <translation type="unfinished">%1: BDAY «%2» تاریخی نیست که Majlis بتواند بخواند، بنابراین تاریخ تولد درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>%1: the %2 nested inside it on line %3 was not imported</source>
        <translation type="unfinished">%1: %2 تودرتو در آن در سطر %3 درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped.</source>
        <translation type="unfinished">کارت %1 که در سطر %2 آغاز شده، نام ندارد (N یا FN) و رد شد.</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped: %3</source>
        <translation type="unfinished">کارت %1 که در سطر %2 آغاز شده، نام ندارد (N یا FN) و رد شد: %3</translation>
    </message>
    <message>
        <source>%1: ADR was not imported for %2; Majlis keeps one address per contact</source>
        <translation type="unfinished">%1: ADR برای %2 درون‌ریزی نشد؛ Majlis برای هر مخاطب یک نشانی نگه می‌دارد</translation>
    </message>
    <message>
        <source>%1: ROLE (&quot;%2&quot;) was not imported; the role comes from TITLE</source>
        <translation type="unfinished">%1: ROLE («%2») درون‌ریزی نشد؛ نقش از TITLE گرفته می‌شود</translation>
    </message>
    <message>
        <source>%1: the name parts &quot;%2&quot; in N were not imported</source>
        <translation type="unfinished">%1: بخش‌های نام «%2» در N درون‌ریزی نشدند</translation>
    </message>
    <message>
        <source>Card %1 (%2)</source>
        <translation type="unfinished">کارت %1 (%2)</translation>
    </message>
    <message>
        <source>The file is empty; there is no vCard in it.</source>
        <translation type="unfinished">پرونده خالی است؛ هیچ vCard در آن نیست.</translation>
    </message>
    <message>
        <source>Line %1 is &quot;%2&quot; where a vCard should begin with BEGIN:VCARD; this does not look like a vCard (.vcf) file.</source>
        <translation type="unfinished">سطر %1 «%2» است، جایی که vCard باید با BEGIN:VCARD آغاز شود؛ این پرونده به نظر پروندهٔ vCard (.vcf) نیست.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but no vCard is open there.</source>
        <translation type="unfinished">سطر %1 با %2 پایان می‌یابد، اما آنجا هیچ vCard بازی نیست.</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCARD … END:VCARD and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">سطر %1 بیرون از هر BEGIN:VCARD … END:VCARD است و رد شد: «%2»</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the %3 begun on line %4 is still open.</source>
        <translation type="unfinished">سطر %1 با %2 پایان می‌یابد، اما %3 که در سطر %4 آغاز شده هنوز باز است.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the vCard begun on line %3 is still open.</source>
        <translation type="unfinished">سطر %1 با %2 پایان می‌یابد، اما vCard که در سطر %3 آغاز شده هنوز باز است.</translation>
    </message>
    <message>
        <source>The vCard begun on line %1 is never closed (END:VCARD is missing); the file may be cut short.</source>
        <translation type="unfinished">vCard که در سطر %1 آغاز شده هرگز بسته نمی‌شود (END:VCARD وجود ندارد)؛ ممکن است پرونده ناقص باشد.</translation>
    </message>
    <message>
        <source>Line %1 names the character set &quot;%2&quot;, but its text cannot be read in it; it was read as %3 (detected) and may look wrong.</source>
        <translation type="unfinished">سطر %1 مجموعهٔ نویسه‌های «%2» را نام می‌برد، اما متنش با آن خوانده نمی‌شود؛ با %3 (تشخیص‌داده‌شده) خوانده شد و ممکن است نادرست به نظر برسد.</translation>
    </message>
</context>
<context>
    <name>WalkList</name>
    <message>
        <source>Only a door-knocking campaign has a walk list; &quot;%1&quot; is not one.</source>
        <translation type="unfinished">فقط کارزار در‌به‌در فهرست پیمایش دارد؛ «%1» چنین کارزاری نیست.</translation>
    </message>
</context>
<context>
    <name>WalkListDocument</name>
    <message>
        <source>Walk list: %1</source>
        <translation type="unfinished">فهرست پیمایش: %1</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">کل فهرست</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation type="unfinished">سهم %1</translation>
    </message>
    <message>
        <source>Not given to anyone yet</source>
        <translation type="unfinished">هنوز به کسی سپرده نشده</translation>
    </message>
    <message>
        <source>%1: %2 on %3, printed %4</source>
        <comment>share, doors, streets, date</comment>
        <translation type="unfinished">%1: %2 در %3، چاپ %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doors</source>
        <translation type="unfinished">
            <numerusform>%Ln در</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln streets</source>
        <translation type="unfinished">
            <numerusform>%Ln خیابان</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick one result at each door. Write a short answer for each question the person answered; the answers are entered afterwards.</source>
        <translation type="unfinished">برای هر در یک نتیجه را علامت بزنید. برای هر پرسشی که فرد پاسخ داد پاسخی کوتاه بنویسید؛ پاسخ‌ها بعداً وارد می‌شوند.</translation>
    </message>
    <message>
        <source>Q%1: %2</source>
        <comment>question number, then its text</comment>
        <translation type="unfinished">پ%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>question, then its answers</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is left to visit here.</source>
        <translation type="unfinished">کسی برای دیدار اینجا نمانده است.</translation>
    </message>
    <message>
        <source>Street without a name</source>
        <translation type="unfinished">خیابان بی‌نام</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>street, then town and postal code</comment>
        <translation type="unfinished">%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln doors)</source>
        <translation type="unfinished">
            <numerusform>%1 (%Ln در)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">نشانی</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>question number</comment>
        <translation type="unfinished">پ%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">نوشتن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>Walk list %1</source>
        <comment>file name: the campaign</comment>
        <translation type="unfinished">فهرست پیمایش %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceArchive</name>
    <message>
        <source>%1 already exists; choose a new file name for the archive.</source>
        <translation type="unfinished">%1 از قبل وجود دارد؛ نام پروندهٔ جدیدی برای بایگانی انتخاب کنید.</translation>
    </message>
    <message>
        <source>This workspace already has records. Import an archive into a new, empty workspace (File &gt; New Workspace), so nothing is mixed or overwritten.</source>
        <translation type="unfinished">این فضای کاری از قبل سابقه دارد. بایگانی را در یک فضای کاری جدید و خالی درون‌ریزی کنید («پرونده &gt; فضای کاری جدید») تا چیزی مخلوط یا بازنویسی نشود.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first organizer for civic and advocacy organizations.</source>
        <translation type="unfinished">سازمان‌دهنده‌ای با اولویت کار آفلاین برای سازمان‌های مدنی و حمایت‌گری.</translation>
    </message>
    <message>
        <source>Open this workspace file (default: %1).</source>
        <translation type="unfinished">این پروندهٔ فضای کاری را باز کن (پیش‌فرض: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">مسیر</translation>
    </message>
    <message>
        <source>Open a fictional demo workspace, creating it if needed.</source>
        <translation type="unfinished">یک فضای کاری نمایشی ساختگی را باز کن و در صورت نیاز آن را بساز.</translation>
    </message>
    <message>
        <source>Language, such as ar or en.</source>
        <translation type="unfinished">زبان، مانند ar یا en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">کد</translation>
    </message>
</context>
<context>
    <name>majlis-cli</name>
    <message>
        <source>majlis-cli: error: %1</source>
        <translation type="unfinished">majlis-cli: خطا: %1</translation>
    </message>
    <message>
        <source>majlis-cli: %1</source>
        <translation type="unfinished">majlis-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;majlis-cli --help&quot; for the commands.</source>
        <translation type="unfinished">برای دیدن فرمان‌ها، «majlis-cli --help» را اجرا کنید.</translation>
    </message>
    <message>
        <source>Workspace file (default: %1).</source>
        <translation type="unfinished">پروندهٔ فضای کاری (پیش‌فرض: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">مسیر</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished">چاپ JSON قابل‌خواندن برای ماشین.</translation>
    </message>
    <message>
        <source>Language of messages, such as ar.</source>
        <translation type="unfinished">زبان پیام‌ها، مانند ar.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">کد</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">نمایش این راهنما.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished">نمایش نسخه.</translation>
    </message>
    <message>
        <source>init, contacts, chapters, legislators, day, partners, events, import, export or demo</source>
        <translation type="unfinished">init، contacts، chapters، legislators، day، partners، events، import، export یا demo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a verb, such as list.</source>
        <translation type="unfinished">«%1» به یک فعل نیاز دارد، مانند list.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished">فرمان ناشناختهٔ «%1».</translation>
    </message>
    <message>
        <source>  sync                        sync with the organization&apos;s server (--server, --user, --ca or --fingerprint, --password-stdin)</source>
        <translation type="unfinished">  sync                        همگام‌سازی با سرور سازمان (--server، --user، --ca یا --fingerprint، --password-stdin)</translation>
    </message>
    <message>
        <source>  chapters time-zone [ZONE]   show or set the workspace&apos;s time zone (--chapter NAME: a chapter&apos;s)
  events show EVENT           one event, with its time zone (--hijri)
  --hijri on events list, day list and day export --pdf adds the Hijri date</source>
        <translation type="unfinished">  chapters time-zone [ZONE]   نمایش یا تنظیم منطقهٔ زمانی فضای کار (--chapter NAME: برای یک شاخه)
  events show EVENT           یک رویداد با منطقهٔ زمانی‌اش (--hijri)
  --hijri روی events list، day list و day export --pdf تاریخ هجری را می‌افزاید</translation>
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
        <translation type="unfinished">فرمان‌ها:
  init                        ساختن یا ارتقای فضای کاری
  contacts add [options]      افزودن مخاطب (--given، --family، --email، --phone, --country، --chapter، ...)
  contacts list               فهرست مخاطبان (--chapter، --tag، --limit)
  contacts search TEXT        یافتن مخاطبان بر اساس نام، ایمیل، تلفن، برچسب، سازمان یا یادداشت‌ها
  contacts show ID            نمایش یک مخاطب
  contacts edit ID [options]  تغییر یک مخاطب
  contacts delete ID...       حذف مخاطبان
  contacts merge KEEP OTHER   یک مخاطب تکراری را در مخاطبی که می‌ماند ادغام کنید (ایمیل‌ها، تلفن‌ها، برچسب‌ها، سابقه)
  contacts export-data ID FILE  همهٔ داده‌های نگه‌داشته‌شده دربارهٔ یک نفر را در یک فایل JSON بنویسد
  contacts erase ID --yes     همه‌ی آنچه درباره‌ی یک شخص نگه داشته شده را پاک کنید، اینجا و روی همه‌ی لپ‌تاپ‌های همگام
  chapters add NAME           افزودن شعبه (--city، --region، --country)
  chapters list               فهرست شعبه‌ها
  chapters region [CODE]      نمایش یا تعیین کشور فضای کار، برای شماره‌تلفن‌های بدون + (--chapter NAME: کشور یک شعبه)
  legislators import FILE     درون‌ریزی یا به‌روزرسانی اعضای کنگره (legislators-current.csv)
  legislators list            فهرست اعضای یک مجلس (--body, --state, --chamber)
  bodies list                 فهرست مجالس قانون‌گذاری این فضای کاری و شاخه‌هایشان
  bodies campus BODY          نمایش یا تنظیم ساختمان‌های مجلس (--building NAME=GROUP ...)
  day create TITLE --date D   برنامه‌ریزی روز حمایت‌گری (--body, --time-zone, --start، --end، --slot، --team-size، --ask)
  day list                    فهرست روزهای حمایت‌گری
  day attendees add DAY ID... ثبت‌نام مخاطبان برای یک روز (--role، --tag)
  day attendees list DAY      فهرست شرکت‌کنندگان یک روز
  day schedule DAY            ساختن زمان‌بندی دیدارهای روز
  day export DAY --ics|--pdf|--csv FILE   نوشتن تقویم‌ها، برنامه‌های سفر یا زمان‌بندی
  partners add NAME           افزودن شریک ائتلاف (--kind، --area، --status، --city، ...)
  partners list               فهرست شرکا (--kind، --area، --status، --search)
  partners show NAME|ID       یک شریک همراه با افراد و سابقه‌اش
  events create TITLE --start T   ساختن رویداد (--end، --kind، --place، --capacity، --chapter)
  events list                 فهرست رویدادها
  events checkin EVENT ID...  ثبت ورود مخاطبان (یا --walk-in --given NAME --email ...)
  events attendance EVENT --csv FILE   نوشتن اینکه چه کسانی ثبت‌نام کردند و چه کسانی آمدند
  events calendar FILE        نوشتن همهٔ رویدادها در یک پروندهٔ iCalendar (.ics)
  import csv FILE             درون‌ریزی مخاطبان از صفحه‌گسترده (--dry-run، --map، --duplicates، --report)
  import vcard FILE           درون‌ریزی مخاطبان از پروندهٔ vCard (--dry-run، --duplicates)
  import archive FILE         آوردن بایگانی فضای کاری به این فضای کاری خالی
  export csv FILE             برون‌بری مخاطبان به‌صورت CSV (--search، --tag)
  export vcard FILE           برون‌بری مخاطبان به‌صورت vCard (--version 4.0|3.0|2.1، --search، --tag)
  export archive FILE         نوشتن کل فضای کاری در یک پروندهٔ قابل‌حمل
  demo [--count N]            پر کردن فضای کاری با داده‌های نمایشی ساختگی
برای دیدن گزینه‌های هر فرمان، «majlis-cli COMMAND VERB --help» را اجرا کنید.</translation>
    </message>
    <message>
        <source>  districts lookup --zip ZIP  the districts a ZIP code lies in
  districts import FILE --body CODE --chamber C   import a postcode to district file for a legislature
  contacts districts ID       a contact&apos;s districts (--body, --chamber, --set DISTRICT, --confirm, --check-later)
  contacts districts --fill   fill districts from postcodes (--tag, --day, --body, --dry-run; --ambiguous lists who has districts to choose)</source>
        <translation type="unfinished">  districts lookup --zip ZIP  حوزه‌هایی که یک کد ZIP در آن‌هاست
  districts import FILE --body CODE --chamber C   وارد کردن فایل کد پستی به حوزه برای یک مجلس
  contacts districts ID       حوزه‌های یک مخاطب (--body، --chamber، --set DISTRICT، --confirm، --check-later)
  contacts districts --fill   پر کردن حوزه‌ها از کدهای پستی (--tag، --day، --body، --dry-run؛ --ambiguous کسانی را که حوزه‌شان باید انتخاب شود فهرست می‌کند)</translation>
    </message>
    <message>
        <source>  legislators import PATH     also an Open States folder or download (state legislatures), or any parliament&apos;s member list CSV with --body CODE (--body-name, --country, --map, --dry-run)</source>
        <translation type="unfinished">  legislators import PATH     همچنین پوشه یا بارگیری Open States (مجالس ایالتی)، یا فهرست اعضای هر پارلمانی به‌صورت CSV با --body CODE (--body-name، --country، --map، --dry-run)</translation>
    </message>
    <message>
        <source>  legislators import --bundled  the members of Congress built into this program (--dry-run)</source>
        <translation type="unfinished">  legislators import --bundled  اعضای کنگرهٔ گنجانده‌شده در این برنامه (--dry-run)</translation>
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
        <translation type="unfinished">  campaigns elections add NAME --date D   افزودن یک انتخابات (--jurisdiction، --chapter)؛ elections list
  campaigns create NAME --kind phone|door|gotv --script FILE   کارزار تلفنی، فهرست درِ خانه یا کارزار تشویق به رأی‌دادن (--election، --chapter، --starts، --ends)
  campaigns list | show C | entries C   کارزارها، یک کارزار با متن و آمارش، فهرست آن
  campaigns build C [صافی]  افزودن افراد به فهرست (--tag، --chapter، --language، --state، --body --district، --event، --voter-status، --answered --question --answer، --election --pledged|--not-voted، --dry-run)
  campaigns assign C --to a,b | --by-language NAME=LANGS   تقسیم فهرست؛ release C [--volunteer V]
  campaigns next C [--caller NAME]   نفر بعدی برای تماس، همراه با متن
  campaigns record C ID --result CODE   ثبت یک نتیجه (--answer Q=A، --opt-out، --phone، --caller)
  campaigns progress C | rollback C --caller NAME [--from T --to T] | close C
  campaigns export C --out FILE.csv   نتایج به صورت CSV (--list: افرادی که باید با آن‌ها تماس گرفت یا به دیدارشان رفت)
  gotv summary|chase ELECTION   تعهدها و رأی‌ها؛ چه کسانی متعهد شده‌اند و هنوز رأی نداده‌اند، به تفکیک حوزه
  gotv voted ELECTION ID...   علامت «رأی داده» برای افراد (--undo)</translation>
    </message>
</context>
<context>
    <name>majlis::AdvocacyPage</name>
    <message>
        <source>Advocacy days</source>
        <translation type="unfinished">روزهای حمایت‌گری</translation>
    </message>
    <message>
        <source>&amp;New Day</source>
        <translation type="unfinished">&amp;روز جدید</translation>
    </message>
    <message>
        <source>Delete Day</source>
        <translation type="unfinished">حذف روز</translation>
    </message>
    <message>
        <source>&amp;Legislators…</source>
        <translation type="unfinished">&amp;قانون‌گذاران…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;جزئیات</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation type="unfinished">&amp;شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished">&amp;زمان‌بندی</translation>
    </message>
    <message>
        <source>&amp;Itineraries</source>
        <translation type="unfinished">&amp;برنامه‌های سفر</translation>
    </message>
    <message>
        <source>&amp;Report-back</source>
        <translation type="unfinished">&amp;گزارش نتایج</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation type="unfinished">&amp;داشبورد</translation>
    </message>
    <message>
        <source>No advocacy days yet</source>
        <translation type="unfinished">هنوز روز حمایت‌گری وجود ندارد</translation>
    </message>
    <message>
        <source>New advocacy day</source>
        <translation type="unfinished">روز حمایت‌گری جدید</translation>
    </message>
    <message>
        <source>Cannot create the day</source>
        <translation type="unfinished">ساختن روز ممکن نیست</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its schedule and reports? Contacts are not touched.</source>
        <translation type="unfinished">«%1» همراه با زمان‌بندی و گزارش‌هایش حذف شود؟ به مخاطبان دست زده نمی‌شود.</translation>
    </message>
    <message>
        <source>Cannot delete the day</source>
        <translation type="unfinished">حذف روز ممکن نیست</translation>
    </message>
    <message>
        <source>Look up the members of each legislature, import or update them, and list a capitol&apos;s buildings.</source>
        <translation type="unfinished">اعضای هر مجلس را جست‌وجو کنید، آنها را وارد یا به‌روز کنید، و ساختمان‌های مقر مجلس را فهرست کنید.</translation>
    </message>
    <message>
        <source>Plan an advocacy day at the U.S. Capitol, a state capitol or a parliament: bring in its members with Legislators…, create a day with New Day, register attendees, then build the schedule. Everything works offline.</source>
        <translation type="unfinished">یک روز حمایت‌گری در کنگرهٔ آمریکا، مجلس یک ایالت یا یک پارلمان برنامه‌ریزی کنید: اعضای آن را با «قانون‌گذاران…» بیاورید، با «روز جدید» روزی بسازید، شرکت‌کنندگان را ثبت کنید، سپس برنامه را بسازید. همه‌چیز بدون اینترنت کار می‌کند.</translation>
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
        <translation type="unfinished">انتخاب کنید: %1</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation type="unfinished">%1 (انتخاب‌شده)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">مجلس قانون‌گذاری</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished">کد پستی</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">حوزه</translation>
    </message>
    <message>
        <source>%1 is not among the districts postcode %2 spans.</source>
        <translation type="unfinished">%1 جزو حوزه‌هایی نیست که کد پستی %2 در بر می‌گیرد.</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerChart</name>
    <message>
        <source>Answers to the question</source>
        <translation type="unfinished">پاسخ‌ها به پرسش</translation>
    </message>
    <message>
        <source>Answers to this question are written, not chosen: they are not counted.</source>
        <translation type="unfinished">پاسخ این پرسش نوشته می‌شود، نه انتخاب: شمرده نمی‌شود.</translation>
    </message>
    <message>
        <source>Nobody has answered this question yet.</source>
        <translation type="unfinished">هنوز کسی به این پرسش پاسخ نداده است.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">پاسخ‌ها</translation>
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
        <translation type="unfinished">کسانی که این پاسخ را دادند</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerCountModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">پرسش</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">پاسخ</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">افراد</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation type="unfinished">سهم از پاسخ‌ها</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerPanel</name>
    <message>
        <source>This campaign has no survey: record the result with the keys below.</source>
        <translation>این کارزار پرسش‌نامه ندارد: نتیجه را با کلیدهای زیر ثبت کنید.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <comment>question number, question, kind of answer</comment>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Type what they said</source>
        <translation>آنچه گفت را بنویسید</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>پرسش کنونی</translation>
    </message>
</context>
<context>
    <name>majlis::AskPartnersDialog</name>
    <message>
        <source>Ask Partners to Sign</source>
        <translation type="unfinished">درخواست امضا از شرکا</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation type="unfinished">یافتن شریک</translation>
    </message>
    <message>
        <source>%1 (already asked)</source>
        <translation type="unfinished">%1 (قبلاً درخواست شده)</translation>
    </message>
    <message>
        <source>There are no partners yet: add them in the Partners view.</source>
        <translation type="unfinished">هنوز شریکی وجود ندارد: آن‌ها را در نمای «شرکا» اضافه کنید.</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation type="unfinished">&amp;درخواست</translation>
    </message>
    <message>
        <source>&amp;Tick All</source>
        <translation type="unfinished">&amp;تیک زدن همه</translation>
    </message>
    <message>
        <source>Partners to ask</source>
        <translation type="unfinished">شریکانی که باید درخواست شود</translation>
    </message>
</context>
<context>
    <name>majlis::AssignDialog</name>
    <message>
        <source>Assign Callers: %1</source>
        <translation>تقسیم میان تماس‌گیرندگان: %1</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>داوطلبان</translation>
    </message>
    <message>
        <source>A&amp;dd Volunteer</source>
        <translation>&amp;افزودن داوطلب</translation>
    </message>
    <message>
        <source>&amp;Remove from the Table</source>
        <translation>حذف &amp;از جدول</translation>
    </message>
    <message>
        <source>%1 still has people to call: take back their share first.</source>
        <translation>%1 هنوز افرادی برای تماس دارد: ابتدا سهمش را پس بگیرید.</translation>
    </message>
    <message>
        <source>&amp;Take Back Their Share</source>
        <translation>سهم &amp;او را پس بگیر</translation>
    </message>
    <message>
        <source>The selected volunteer&apos;s people still to call go back to nobody, for others to call.</source>
        <translation>افرادی که داوطلب انتخاب‌شده هنوز باید با آن‌ها تماس بگیرد، بدون مسئول می‌شوند تا دیگران تماس بگیرند.</translation>
    </message>
    <message>
        <source>By &amp;count: runs of about equal size, neighbours together</source>
        <translation>بر &amp;اساس تعداد: بخش‌هایی تقریباً هم‌اندازه، همسایه‌ها با هم</translation>
    </message>
    <message>
        <source>By &amp;language: each person to a volunteer who speaks one of their languages</source>
        <translation>بر &amp;اساس زبان: هر فرد به داوطلبی که یکی از زبان‌هایش را می‌داند</translation>
    </message>
    <message>
        <source>&amp;Give Out the List</source>
        <translation>تقسیم &amp;افراد فهرست</translation>
    </message>
    <message>
        <source>Name each volunteer as they log in to sync, so their laptop receives their share. Only the people nobody has yet are given out.</source>
        <translation>نام هر داوطلب را همان‌طور که برای همگام‌سازی وارد می‌شود بنویسید تا لپ‌تاپش سهمش را دریافت کند. فقط افرادی که هنوز به کسی سپرده نشده‌اند تقسیم می‌شوند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people nobody has yet.</source>
        <translation>
            <numerusform>%Ln نفر هنوز به کسی سپرده نشده‌اند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people given out.</source>
        <translation>
            <numerusform>%Ln نفر تقسیم شدند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a volunteer who has people to call.</source>
        <translation>داوطلبی را انتخاب کنید که افرادی برای تماس دارد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people taken back from %1.</source>
        <translation>
            <numerusform>%Ln نفر از %1 پس گرفته شدند.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::AttendeeRole</name>
    <message>
        <source>Constituent</source>
        <translation type="unfinished">رأی‌دهندهٔ حوزه</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished">سرگروه</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation type="unfinished">یادداشت‌بردار</translation>
    </message>
    <message>
        <source>First-timer</source>
        <translation type="unfinished">تازه‌وارد</translation>
    </message>
</context>
<context>
    <name>majlis::AttendeesPanel</name>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">&amp;ثبت‌نام مخاطبان…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;حذف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">ایالت و حوزه</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">نقش</translation>
    </message>
    <message>
        <source>Earlier days</source>
        <translation type="unfinished">روزهای پیشین</translation>
    </message>
    <message>
        <source>No state: cannot be matched</source>
        <translation type="unfinished">بدون ایالت: قابل تطبیق نیست</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished">نقش %1</translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation type="unfinished">تغییر نقش ممکن نیست</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation type="unfinished">
            <numerusform>%n شرکت‌کننده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a state on their contact</source>
        <translation type="unfinished">
            <numerusform>؛ %n نفر بدون ایالت در اطلاعات مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet: register contacts to plan their meetings.</source>
        <translation type="unfinished">هنوز کسی ثبت‌نام نشده است: برای برنامه‌ریزی دیدارها، مخاطبان را ثبت‌نام کنید.</translation>
    </message>
    <message>
        <source>Cannot register attendees</source>
        <translation type="unfinished">ثبت‌نام شرکت‌کنندگان ممکن نیست</translation>
    </message>
    <message>
        <source>Remove Attendees</source>
        <translation type="unfinished">حذف شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Remove %1 from this day? They are also taken out of their meetings.</source>
        <translation type="unfinished">%1 از این روز حذف شود؟ از دیدارهایشان نیز خارج می‌شوند.</translation>
    </message>
    <message>
        <source>Cannot remove the attendee</source>
        <translation type="unfinished">حذف شرکت‌کننده ممکن نیست</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished">شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">پر کردن &amp;حوزه‌ها از کدهای پستی…</translation>
    </message>
    <message>
        <source>Find the attendees&apos; districts in the day&apos;s legislature from their ZIP codes</source>
        <translation type="unfinished">یافتن حوزه‌های شرکت‌کنندگان در مجلس قانون‌گذاری این روز از روی کد پستی‌شان</translation>
    </message>
    <message>
        <source>Cannot fill districts</source>
        <translation type="unfinished">پر کردن حوزه‌ها ممکن نیست</translation>
    </message>
    <message>
        <source>the attendees of %1</source>
        <translation type="unfinished">شرکت‌کنندگان %1</translation>
    </message>
</context>
<context>
    <name>majlis::BuildListDialog</name>
    <message>
        <source>Build the List of %1</source>
        <translation>ساختن فهرست %1</translation>
    </message>
    <message>
        <source>Any of these tags, separated by commas</source>
        <translation>هر یک از این برچسب‌ها، جداشده با ویرگول</translation>
    </message>
    <message>
        <source>A language code, such as ar or ur</source>
        <translation>کد زبان، مانند ar یا ur</translation>
    </message>
    <message>
        <source>Two letters, such as MI</source>
        <translation>دو حرف، مانند MI</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">مجلس قانون‌گذاری</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">حوزه</translation>
    </message>
    <message>
        <source>District, such as 12</source>
        <translation>حوزه، مانند 12</translation>
    </message>
    <message>
        <source>Answered in the campaign</source>
        <translation>پاسخ داده در کارزار</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">پرسش</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">پاسخ</translation>
    </message>
    <message>
        <source>Only people who pledged to vote</source>
        <translation>فقط کسانی که قول رأی دادن داده‌اند</translation>
    </message>
    <message>
        <source>Only people who have not voted yet</source>
        <translation>فقط کسانی که هنوز رأی نداده‌اند</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;شعبه:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">&amp;برچسب‌ها:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;ایالت:</translation>
    </message>
    <message>
        <source>&amp;District of:</source>
        <translation>حو&amp;زهٔ:</translation>
    </message>
    <message>
        <source>Came to the &amp;event:</source>
        <translation>&amp;در رویداد حاضر شد:</translation>
    </message>
    <message>
        <source>&amp;Voter registration:</source>
        <translation>ثبت‌نام &amp;رأی‌دهندگان:</translation>
    </message>
    <message>
        <source>&amp;Answered:</source>
        <translation>پاسخ &amp;داد:</translation>
    </message>
    <message>
        <source>Election:</source>
        <translation>انتخابات:</translation>
    </message>
    <message>
        <source>Election (none):</source>
        <translation>انتخابات (ندارد):</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people without a street address, and people already on the list.</source>
        <translation>هرگز افزوده نمی‌شوند: کسانی که خواسته‌اند با آن‌ها تماس گرفته نشود یا انصراف داده‌اند، کسانی که نشانی خیابان ندارند، و کسانی که از قبل در فهرست‌اند.</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people who have not agreed to be phoned, people whose every number is marked wrong or disconnected, and people already on the list.</source>
        <translation>هرگز افزوده نمی‌شوند: کسانی که خواسته‌اند با آن‌ها تماس گرفته نشود یا انصراف داده‌اند، کسانی که با تماس تلفنی موافقت نکرده‌اند، کسانی که همهٔ شماره‌هایشان اشتباه یا قطع علامت خورده، و کسانی که از قبل در فهرست‌اند.</translation>
    </message>
    <message>
        <source>&amp;Add to the List</source>
        <translation>&amp;افزودن به فهرست</translation>
    </message>
    <message>
        <source>Any chapter</source>
        <translation>هر شعبه‌ای</translation>
    </message>
    <message>
        <source>Any legislature</source>
        <translation>هر مجلس قانون‌گذاری</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>هر کدام یا هیچ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event: title (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No earlier answer needed</source>
        <translation>پاسخ قبلی لازم نیست</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people would be added.</source>
        <translation>
            <numerusform>%Ln نفر افزوده می‌شوند.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CallListModel</name>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">هنوز کسی نیست</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">انجام شد</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>هنوز تلاش نشده</translation>
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
        <translation type="unfinished">زبان‌ها</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">تماس‌گیرنده</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">تلاش‌ها</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>آخرین نتیجه</translation>
    </message>
</context>
<context>
    <name>majlis::CallerProgressModel</name>
    <message>
        <source>Check this work before counting it: %1</source>
        <translation type="unfinished">پیش از شمردن این کار را بررسی کنید: %1</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">داوطلب</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">تلاش‌ها</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">مخاطبان</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">نرخ تماس</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">تعهدها</translation>
    </message>
    <message>
        <source>Busiest minute</source>
        <translation type="unfinished">پرکارترین دقیقه</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished">هشدار</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">تلاش‌هایی که به خود فرد رسید</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">سهم تماس‌ها از تلاش‌ها</translation>
    </message>
    <message>
        <source>The most results entered within any sixty seconds</source>
        <translation type="unfinished">بیشترین نتیجه‌های ثبت‌شده در شصت ثانیه</translation>
    </message>
    <message>
        <source>Why an organizer should check this volunteer&apos;s work</source>
        <translation type="unfinished">چرا سازمان‌دهنده باید کار این داوطلب را بررسی کند</translation>
    </message>
</context>
<context>
    <name>majlis::CallerWindow</name>
    <message>
        <source>Calling: %1</source>
        <translation>تماس: %1</translation>
    </message>
    <message>
        <source>Entering Results: %1</source>
        <translation>ورود نتایج: %1</translation>
    </message>
    <message>
        <source>Calling as %1</source>
        <translation>تماس‌گیرنده: %1</translation>
    </message>
    <message>
        <source>Entered as %1</source>
        <translation>واردکننده: %1</translation>
    </message>
    <message>
        <source>Save and Next (Enter)</source>
        <translation>ذخیره و بعدی (Enter)</translation>
    </message>
    <message>
        <source>Skip for Later (F12)</source>
        <translation>رد شدن برای بعد (F12)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>بستن (Esc)</translation>
    </message>
    <message>
        <source>Back to the List (Esc)</source>
        <translation>بازگشت به فهرست (Esc)</translation>
    </message>
    <message>
        <source>Keys: 1–9 answer the current question, ↑ ↓ move between questions, F1–F11 choose the result, Enter saves.</source>
        <translation>کلیدها: 1–9 پاسخ پرسش کنونی، ↑ ↓ جابه‌جایی میان پرسش‌ها، F1–F11 انتخاب نتیجه، Enter ذخیره.</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>یافتن فرد</translation>
    </message>
    <message>
        <source>Type a name or the number on the list, then press Enter</source>
        <translation>نام یا شمارهٔ فهرست را بنویسید، سپس Enter را بزنید</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>افراد فهرست</translation>
    </message>
    <message>
        <source>Show people already done</source>
        <translation>نمایش افرادی که کارشان تمام شده</translation>
    </message>
    <message>
        <source>The current question has no answer %1.</source>
        <translation>پرسش کنونی پاسخ %1 ندارد.</translation>
    </message>
    <message>
        <source>Back to the people you skipped.</source>
        <translation>بازگشت به افرادی که رد کردید.</translation>
    </message>
    <message>
        <source>Nobody is left for you to call in this campaign. Thank you!</source>
        <translation>در این کارزار کسی برای تماس شما باقی نمانده است. سپاسگزاریم!</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>بدون شماره</translation>
    </message>
    <message>
        <source>%1 (as typed: check it)</source>
        <translation>%1 (همان‌طور که تایپ شده: بررسی کنید)</translation>
    </message>
    <message>
        <source>Languages: not known</source>
        <translation>زبان‌ها: نامعلوم</translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation>زبان‌ها: %1</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>تماس قبلی ندارد.</translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">آخرین تماس: %1، %2 (%3)</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>تلاش %1 از %2</translation>
    </message>
    <message>
        <source>Choose a result with F1 to F11, or answer a question, then press Enter.</source>
        <translation>نتیجه را با F1 تا F11 انتخاب کنید یا به پرسشی پاسخ دهید، سپس Enter را بزنید.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>✓ Saved for %1: %2.</source>
        <translation>✓ برای %1 ذخیره شد: %2.</translation>
    </message>
    <message>
        <source>They will not be contacted again.</source>
        <translation>دیگر با او تماس گرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>%1 skipped for later.</source>
        <translation>%1 برای بعد کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>Nobody on the list matches what you typed.</source>
        <translation>هیچ‌کس در فهرست با آنچه نوشتید مطابقت ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n نفر باقی مانده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to call</source>
        <translation>
            <numerusform>%n نفر برای تماس باقی است</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::Campaign</name>
    <message>
        <source>Phone bank</source>
        <translation>کارزار تلفنی</translation>
    </message>
    <message>
        <source>Door knocking</source>
        <translation>در‌به‌در</translation>
    </message>
    <message>
        <source>Get out the vote</source>
        <translation>تشویق به رأی‌دادن</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>تماس برقرار شد</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>در خانه نبود</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>پیام گذاشته شد</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>اشغال</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رد کرد</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>نقل مکان کرده</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>شمارهٔ اشتباه</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>قطع شده</translation>
    </message>
    <message>
        <source>Language barrier</source>
        <translation>مانع زبانی</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>درگذشته</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation>درخواست کرده با او تماس گرفته نشود</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>خصمانه</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDayChart</name>
    <message>
        <source>Attempts, contacts and pledges per day</source>
        <translation type="unfinished">تلاش‌ها، تماس‌ها و تعهدها در هر روز</translation>
    </message>
    <message>
        <source>No results recorded yet.</source>
        <translation type="unfinished">هنوز نتیجه‌ای ثبت نشده است.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">تلاش‌ها</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">مخاطبان</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">تعهدها</translation>
    </message>
    <message>
        <source>%1: attempts %2, contacts %3, pledges %4</source>
        <comment>a day, then its counts</comment>
        <translation type="unfinished">%1: تلاش %2، تماس %3، تعهد %4</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">نتیجه‌ها</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>کارزار تازه</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>ویرایش کارزار</translation>
    </message>
    <message>
        <source>Such as November phone bank</source>
        <translation>مانند کارزار تلفنی نوامبر</translation>
    </message>
    <message>
        <source>Such as General election 2026</source>
        <translation>مانند انتخابات عمومی 2026</translation>
    </message>
    <message>
        <source>Such as Michigan, or Dearborn</source>
        <translation>مانند میشیگان یا دیربورن</translation>
    </message>
    <message>
        <source>Election &amp;name:</source>
        <translation>نام &amp;انتخابات:</translation>
    </message>
    <message>
        <source>Election &amp;date:</source>
        <translation>تا&amp;ریخ انتخابات:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>قلمر&amp;و:</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;الی</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>متن تماس</translation>
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
        <translation>introduction: &quot;سلام {name}، {caller} هستم از شعبهٔ ما.&quot;
questions:
  - key: plan
    text: &quot;آیا روز انتخابات رأی می‌دهید؟&quot;
    kind: yes_no
    answers:
      - {key: &quot;yes&quot;, label: &quot;بله&quot;, action: pledge}
      - {key: &quot;no&quot;, label: &quot;خیر&quot;}</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>با&amp;رگذاری از پرونده…</translation>
    </message>
    <message>
        <source>Load Script</source>
        <translation>بارگذاری متن تماس</translation>
    </message>
    <message>
        <source>Scripts (*.yaml *.yml *.json);;All files (*)</source>
        <translation>متن‌های تماس (*.yaml *.yml *.json);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>An introduction ({caller} and {name} are filled in for each call), then questions of the kind single, multiple, yes_no or text. An answer can record a pledge, ask for a follow_up, opt the person out (do_not_contact) or add a tag (tag:NAME).</source>
        <translation>یک مقدمه ({caller} و {name} برای هر تماس پر می‌شوند)، سپس پرسش‌هایی از نوع single، multiple، yes_no یا text. یک پاسخ می‌تواند قول رأی را ثبت کند (pledge)، پیگیری بخواهد (follow_up)، فرد را از فهرست‌ها خارج کند (do_not_contact) یا برچسبی بیفزاید (tag:NAME).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;انتخابات:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;شعبه:</translation>
    </message>
    <message>
        <source>&amp;Runs from:</source>
        <translation>&amp;از تاریخ:</translation>
    </message>
    <message>
        <source>&amp;Script (YAML):</source>
        <translation>متن تماس (&amp;YAML):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;ایجاد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;ذخیره</translation>
    </message>
    <message>
        <source>No election</source>
        <translation>بدون انتخابات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>election: name (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>New Election…</source>
        <translation>انتخابات تازه…</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>کل سازمان</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">خواندن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>The script cannot be used: %1</source>
        <translation>متن تماس قابل استفاده نیست: %1</translation>
    </message>
    <message numerus="yes">
        <source>The script reads well: %n question(s).</source>
        <translation>
            <numerusform>متن تماس درست است: %n پرسش.</numerusform>
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
        <translation>بسته</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">کارزار</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">نوع</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>انتخابات</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">در فهرست</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">انجام شد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">وضعیت</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignProgressPanel</name>
    <message>
        <source>On the list</source>
        <translation type="unfinished">در فهرست</translation>
    </message>
    <message>
        <source>People on the campaign&apos;s list</source>
        <translation type="unfinished">افراد فهرست کارزار</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">پایان‌یافته</translation>
    </message>
    <message>
        <source>People with a final result, or tried three times</source>
        <translation type="unfinished">افرادی با نتیجهٔ نهایی یا سه بار تلاش</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">تلاش‌ها</translation>
    </message>
    <message>
        <source>Results recorded, one per call or knock</source>
        <translation type="unfinished">نتیجه‌های ثبت‌شده، یکی برای هر تماس یا درزدن</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">مخاطبان</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">تلاش‌هایی که به خود فرد رسید</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">نرخ تماس</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">سهم تماس‌ها از تلاش‌ها</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">تعهدها</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">افرادی که متعهد به رأی دادن شدند</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">پیگیری‌ها</translation>
    </message>
    <message>
        <source>Voter-registration follow-ups asked for</source>
        <translation type="unfinished">پیگیری‌های ثبت‌نام رأی‌دهنده که خواسته شد</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation type="unfinished">انصراف‌ها</translation>
    </message>
    <message>
        <source>People who asked not to be contacted again</source>
        <translation type="unfinished">افرادی که خواستند دیگر با آنان تماس گرفته نشود</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation type="unfinished">&amp;داوطلبان</translation>
    </message>
    <message>
        <source>A&amp;nswers</source>
        <translation type="unfinished">&amp;پاسخ‌ها</translation>
    </message>
    <message>
        <source>Over &amp;Time</source>
        <translation type="unfinished">در &amp;گذر زمان</translation>
    </message>
    <message>
        <source>Progress per volunteer</source>
        <translation type="unfinished">پیشرفت هر داوطلب</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation type="unfinished">&amp;بازگردانی…</translation>
    </message>
    <message>
        <source>Withdraw every result the selected volunteer entered in this campaign</source>
        <translation type="unfinished">پس گرفتن همهٔ نتیجه‌هایی که داوطلب انتخاب‌شده در این کارزار ثبت کرد</translation>
    </message>
    <message>
        <source>Work that looks implausible (dozens of results a minute, nearly everyone reached) is shown in bold with a warning sign. Check it with the volunteer; if it was not really done, roll it back.</source>
        <translation type="unfinished">کاری که باورپذیر نیست (ده‌ها نتیجه در دقیقه، رسیدن تقریباً به همه) پررنگ و با نشان هشدار نمایش داده می‌شود. با داوطلب بررسی کنید؛ اگر واقعاً انجام نشده، آن را بازگردانید.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">پرسش</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">پاسخ‌ها</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished">پر&amp;سش:</translation>
    </message>
    <message>
        <source>Results per day</source>
        <translation type="unfinished">نتیجه‌ها در هر روز</translation>
    </message>
    <message>
        <source>Choose a campaign to see how it is going.</source>
        <translation type="unfinished">کارزاری را برگزینید تا روند آن را ببینید.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>campaign dates</comment>
        <translation type="unfinished">از %1 تا %2</translation>
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
        <translation type="unfinished">%1 (بسته)</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %Ln days; the table lists every day with results.</source>
        <translation type="unfinished">
            <numerusform>نمودار %Ln روز آخر را نشان می‌دهد؛ جدول همهٔ روزهای دارای نتیجه را دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is on this campaign&apos;s list yet. Build its list, then progress appears here as volunteers record results.</source>
        <translation type="unfinished">هنوز کسی در فهرست این کارزار نیست. فهرستش را بسازید؛ سپس با ثبت نتیجه‌ها به دست داوطلبان، پیشرفت اینجا دیده می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded yet: %Ln people are on the list. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">
            <numerusform>هنوز چیزی ثبت نشده: %Ln نفر در فهرست‌اند. با ثبت نتیجه‌ها به دست داوطلبان، پیشرفت اینجا دیده می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll Back Results</source>
        <translation type="unfinished">بازگردانی نتیجه‌ها</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw all %Ln results %1 entered in &quot;%2&quot;?</source>
        <translation type="unfinished">
            <numerusform>همهٔ %Ln نتیجه‌ای که %1 در «%2» ثبت کرد پس گرفته شود؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Their results will no longer count. The people they recorded are reopened, to be called or visited again, and the pledges to vote and the opt-outs that only their results made are lifted. This cannot be undone.</source>
        <translation type="unfinished">نتیجه‌های او دیگر شمرده نمی‌شود. افرادی که ثبت کرد دوباره باز می‌شوند تا باز تماس یا دیدار شوند، و تعهدهای رأی و انصراف‌هایی که فقط از نتیجه‌های او برآمده برداشته می‌شود. این کار بازگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Flagged: %1.</source>
        <comment>why the work looks implausible</comment>
        <translation type="unfinished">هشدار: %1.</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation type="unfinished">&amp;بازگردانی</translation>
    </message>
    <message>
        <source>Cannot roll back the results</source>
        <translation type="unfinished">بازگردانی نتیجه‌ها ممکن نیست</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %Ln results by %1.</source>
        <translation type="unfinished">
            <numerusform>%Ln نتیجهٔ %1 پس گرفته شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CampaignsPage</name>
    <message>
        <source>Who Is Calling?</source>
        <translation>چه کسی تماس می‌گیرد؟</translation>
    </message>
    <message>
        <source>Your name, as the organizer gave you your part of the list. It is asked once and kept on this computer.</source>
        <translation>نام شما، همان‌طور که سازمان‌دهنده سهمتان از فهرست را به آن داده است. یک بار پرسیده و روی این رایانه نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>هنوز کارزاری نیست</translation>
    </message>
    <message>
        <source>A campaign is a phone bank, a door-knocking effort or a get-out-the-vote drive: a list of people built from your contacts, a script with its questions, and volunteers who work through the list, offline, each result saved the moment it is entered.</source>
        <translation>کارزار یعنی تماس‌های تلفنی، در زدن خانه‌به‌خانه یا بسیج برای رأی دادن: فهرستی از افراد که از مخاطبانتان ساخته می‌شود، متن تماسی با پرسش‌هایش، و داوطلبانی که بدون اینترنت روی فهرست کار می‌کنند؛ هر نتیجه همان لحظهٔ ورود ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>کا&amp;رزار تازه…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>&amp;Build List…</source>
        <translation>&amp;ایجاد فهرست…</translation>
    </message>
    <message>
        <source>&amp;Assign Callers…</source>
        <translation>&amp;واگذاری به تماس‌گیرندگان…</translation>
    </message>
    <message>
        <source>C&amp;lose Campaign…</source>
        <translation>بستن کا&amp;رزار…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>کارزارها</translation>
    </message>
    <message>
        <source>Start &amp;Calling (Ctrl+Enter)</source>
        <translation>شر&amp;وع تماس (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The caller&apos;s window: the next person on your part of the list, the script, and the results by keys. Works without a network.</source>
        <translation>پنجرهٔ تماس‌گیرنده: نفر بعدی از سهم شما، متن تماس و نتایج با کلیدها. بدون شبکه کار می‌کند.</translation>
    </message>
    <message>
        <source>Enter &amp;Results from Paper…</source>
        <translation>&amp;ورود نتایج از کاغذ…</translation>
    </message>
    <message>
        <source>For a door list walked on paper: find each person, then type their result and answers.</source>
        <translation>برای فهرست خانه‌ها که روی کاغذ انجام شده: هر فرد را بیابید، سپس نتیجه و پاسخ‌هایش را وارد کنید.</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>افراد فهرست</translation>
    </message>
    <message>
        <source>Find on the list</source>
        <translation>جستجو در فهرست</translation>
    </message>
    <message>
        <source>Find on the list by name or number</source>
        <translation>جستجو در فهرست با نام یا شماره</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>پرسش‌ها و پاسخ‌ها</translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation>مقدمه:</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>فهرست &amp;افراد</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>متن &amp;و پرسش‌ها</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;روند پیشرفت</translation>
    </message>
    <message>
        <source>Cannot show the campaigns</source>
        <translation>نمایش کارزارها ممکن نیست</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished">%1 (بسته)</translation>
    </message>
    <message>
        <source>The list is empty: build it from your contacts with Build List.</source>
        <translation>فهرست خالی است: آن را با «ساختن فهرست» از مخاطبانتان بسازید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people on the list, %1 done, %2 not given to a caller yet.</source>
        <translation>
            <numerusform>%Ln نفر در فهرست، %1 انجام‌شده، %2 هنوز به تماس‌گیرنده‌ای سپرده نشده.</numerusform>
        </translation>
    </message>
    <message>
        <source>No introduction.</source>
        <translation>بدون مقدمه.</translation>
    </message>
    <message>
        <source>Re&amp;open Campaign</source>
        <translation>با&amp;زگشایی کارزار</translation>
    </message>
    <message>
        <source>Close Campaign</source>
        <translation>بستن کارزار</translation>
    </message>
    <message>
        <source>Close %1? Callers can no longer record results for it, and every assignment ends. Its results stay, and it can be reopened.</source>
        <translation>%1 بسته شود؟ تماس‌گیرندگان دیگر نمی‌توانند نتیجه‌ای برایش ثبت کنند و همهٔ سپردن‌ها پایان می‌یابد. نتایجش می‌ماند و می‌توان دوباره بازش کرد.</translation>
    </message>
    <message>
        <source>Cannot close the campaign</source>
        <translation>بستن کارزار ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot remember your name</source>
        <translation>نام شما ذخیره نشد</translation>
    </message>
    <message>
        <source>&amp;Turnout</source>
        <translation>مشا&amp;رکت</translation>
    </message>
    <message>
        <source>&amp;Walk Lists</source>
        <translation>فهرست‌های باز&amp;دید</translation>
    </message>
</context>
<context>
    <name>majlis::CampusDialog</name>
    <message>
        <source>Campus of %1</source>
        <translation type="unfinished">ساختمان‌های %1</translation>
    </message>
    <message>
        <source>Buildings of one walking group are a short walk apart; going to another group takes longer. The walking minutes on the day&apos;s Details tab apply.</source>
        <translation type="unfinished">ساختمان‌های یک گروهِ پیاده‌روی با فاصلهٔ کوتاهی از هم‌اند؛ رفتن به گروهی دیگر بیشتر طول می‌کشد. دقیقه‌های پیاده‌روی زبانهٔ جزئیاتِ روز به کار می‌روند.</translation>
    </message>
    <message>
        <source>The U.S. Capitol&apos;s buildings are built in: the Senate&apos;s and the House&apos;s office buildings and the Capitol. List buildings here only to replace them.</source>
        <translation type="unfinished">ساختمان‌های Capitol آمریکا از پیش تعریف شده‌اند: ساختمان‌های اداری سنا و مجلس نمایندگان و خود Capitol. فقط برای جایگزینی آن‌ها اینجا ساختمان بنویسید.</translation>
    </message>
    <message>
        <source>No buildings listed: every office is taken to be in the capitol.</source>
        <translation type="unfinished">هیچ ساختمانی فهرست نشده است: هر دفتر در ساختمانِ مجلس فرض می‌شود.</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">ساختمان</translation>
    </message>
    <message>
        <source>Walking group</source>
        <translation type="unfinished">گروه پیاده‌روی</translation>
    </message>
    <message>
        <source>Buildings of the capitol</source>
        <translation type="unfinished">ساختمان‌های مجلس</translation>
    </message>
    <message>
        <source>&amp;Add Building</source>
        <translation type="unfinished">&amp;افزودن ساختمان</translation>
    </message>
    <message>
        <source>&amp;Remove Building</source>
        <translation type="unfinished">&amp;حذف ساختمان</translation>
    </message>
    <message>
        <source>Cannot save the campus</source>
        <translation type="unfinished">ذخیرهٔ ساختمان‌ها ممکن نیست</translation>
    </message>
</context>
<context>
    <name>majlis::CandidateDelegate</name>
    <message>
        <source>District of %1</source>
        <translation type="unfinished">حوزهٔ %1</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlaceDelegate</name>
    <message>
        <source>Follow the workspace</source>
        <translation type="unfinished">پیروی از فضای کاری</translation>
    </message>
    <message>
        <source>Empty: follow the workspace</source>
        <translation type="unfinished">خالی: پیروی از فضای کاری</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlacesModel</name>
    <message>
        <source>None: numbers without + are kept as typed</source>
        <translation type="unfinished">هیچ: شماره‌های بدون + همان‌طور که نوشته شده‌اند نگه داشته می‌شوند</translation>
    </message>
    <message>
        <source>Workspace&apos;s: %1</source>
        <translation type="unfinished">فضای کاری: %1</translation>
    </message>
    <message>
        <source>Not set for this chapter: it follows the workspace&apos;s setting above. Double-click to set one.</source>
        <translation type="unfinished">برای این شعبه تنظیم نشده است: از تنظیم فضای کاری در بالا پیروی می‌کند. برای تنظیم، دوبار کلیک کنید.</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">شعبه</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">کشور شماره‌های تلفن</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished">منطقهٔ زمانی</translation>
    </message>
</context>
<context>
    <name>majlis::CheckInWindow</name>
    <message>
        <source>Check-in: %1</source>
        <translation type="unfinished">ثبت ورود: %1</translation>
    </message>
    <message>
        <source>Type a name, email or phone, then press Enter</source>
        <translation type="unfinished">نام، ایمیل یا تلفن را بنویسید و Enter را بزنید</translation>
    </message>
    <message>
        <source>Find the person arriving</source>
        <translation type="unfinished">یافتن فرد تازه‌وارد</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">افراد یافته‌شده</translation>
    </message>
    <message>
        <source>New Walk-in (Ctrl+N)</source>
        <translation type="unfinished">مراجعه‌کنندهٔ بی‌نوبت جدید (Ctrl+N)</translation>
    </message>
    <message>
        <source>Undo Last Check-in (Ctrl+Z)</source>
        <translation type="unfinished">واگرد آخرین ثبت ورود (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close Check-in (Esc)</source>
        <translation type="unfinished">بستن ثبت ورود (Esc)</translation>
    </message>
    <message>
        <source>May we email you?</source>
        <translation type="unfinished">اجازه می‌دهید به شما ایمیل بزنیم؟</translation>
    </message>
    <message>
        <source>May we text you?</source>
        <translation type="unfinished">اجازه می‌دهید برایتان پیامک بفرستیم؟</translation>
    </message>
    <message>
        <source>May we use photos of you?</source>
        <translation type="unfinished">اجازه می‌دهید از عکس‌هایتان استفاده کنیم؟</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">نام &amp;خانوادگی:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished">&amp;تلفن:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished">&amp;ایمیل:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished">رضایت:</translation>
    </message>
    <message>
        <source>Already a contact?</source>
        <translation type="unfinished">از قبل مخاطب است؟</translation>
    </message>
    <message>
        <source>&amp;Add and Check In</source>
        <translation type="unfinished">&amp;افزودن و ثبت ورود</translation>
    </message>
    <message>
        <source>Back to Search (Esc)</source>
        <translation type="unfinished">بازگشت به جستجو (Esc)</translation>
    </message>
    <message>
        <source>Already a contact? Double-click to check them in instead:</source>
        <translation type="unfinished">از قبل مخاطب است؟ برای ثبت ورود او، دوبار کلیک کنید:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>%1 (already checked in)</source>
        <translation type="unfinished">%1 (ورودش ثبت شده است)</translation>
    </message>
    <message>
        <source>%1 (not registered)</source>
        <translation type="unfinished">%1 (ثبت‌نام نشده)</translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to add &quot;%1&quot; as a walk-in.</source>
        <translation type="unfinished">کسی یافت نشد. برای افزودن «%1» به‌عنوان مراجعه‌کنندهٔ بی‌نوبت، Ctrl+N را بزنید.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>%1 was already checked in.</source>
        <translation type="unfinished">ورود %1 از قبل ثبت شده بود.</translation>
    </message>
    <message>
        <source>✓ %1 is checked in.</source>
        <translation type="unfinished">✓ ورود %1 ثبت شد.</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation type="unfinished">واگرد نشد: %1</translation>
    </message>
    <message>
        <source>Check-in of %1 taken back.</source>
        <translation type="unfinished">ثبت ورود %1 پس گرفته شد.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished">%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1, already checked in</source>
        <translation type="unfinished">%1، ورودش ثبت شده است</translation>
    </message>
    <message>
        <source>&amp;Add as a New Person Anyway</source>
        <translation type="unfinished">&amp;افزودن به‌عنوان فرد جدید در هر حال</translation>
    </message>
    <message>
        <source>check-in at %1</source>
        <translation type="unfinished">ثبت ورود در %1</translation>
    </message>
    <message>
        <source>✓ %1 is added and checked in.</source>
        <translation type="unfinished">✓ %1 افزوده شد و ورودش ثبت شد.</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation type="unfinished">%1 از %2 جا پر شده است</translation>
    </message>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation type="unfinished">
            <numerusform>%n نفر وارد شده‌اند</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CoalitionMap</name>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">شرکا بر اساس حوزهٔ موضوعی</translation>
    </message>
    <message>
        <source>Issue area and partners</source>
        <translation type="unfinished">حوزهٔ موضوعی و شرکا</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">شرکا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">نوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">وضعیت</translation>
    </message>
    <message>
        <source>No issue area</source>
        <translation type="unfinished">بدون حوزهٔ موضوعی</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners view, with their issue areas.</source>
        <translation type="unfinished">هنوز شریکی وجود ندارد: آن‌ها را همراه با حوزه‌های موضوعی‌شان در نمای «شرکا» اضافه کنید.</translation>
    </message>
    <message>
        <source>%1 across %2</source>
        <comment>partners across issue areas</comment>
        <translation type="unfinished">%1 در %2</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n شریک</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue area(s)</source>
        <translation type="unfinished">
            <numerusform>%n حوزهٔ موضوعی</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::ColumnMappingTable</name>
    <message>
        <source>Column</source>
        <translation type="unfinished">ستون</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished">ردیف‌های نخست</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished">درون‌ریزی به‌عنوان</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation type="unfinished">درون‌ریزی ستون %1 به‌عنوان</translation>
    </message>
</context>
<context>
    <name>majlis::ConflictLogDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation type="unfinished">تعارض‌های همگام‌سازی</translation>
    </message>
    <message>
        <source>When two laptops change the same field before they sync, the later edit is kept and the other is listed here. Restoring a lost value puts it back, and it then syncs like any other edit.</source>
        <translation type="unfinished">وقتی دو لپ‌تاپ پیش از همگام‌سازی یک فیلد را تغییر دهند، ویرایش بعدی نگه داشته می‌شود و دیگری اینجا فهرست می‌شود. بازیابی مقدار ازدست‌رفته آن را برمی‌گرداند و سپس مانند هر ویرایش دیگری همگام می‌شود.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">تعارض‌ها</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished">نمایش &amp;حل‌شده‌ها</translation>
    </message>
    <message>
        <source>Restore &amp;Lost Value</source>
        <translation type="unfinished">بازیابی مقدار &amp;ازدست‌رفته</translation>
    </message>
    <message>
        <source>Put the lost value back into the record, replacing the kept one.</source>
        <translation type="unfinished">مقدار ازدست‌رفته را به جای مقدار نگه‌داشته‌شده به سابقه برمی‌گرداند.</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation type="unfinished">&amp;نگه‌داشتن مقدار فعلی</translation>
    </message>
    <message>
        <source>Leave the record as it is and close the entry.</source>
        <translation type="unfinished">سابقه را همان‌طور که هست رها می‌کند و این مورد را می‌بندد.</translation>
    </message>
    <message>
        <source>No conflicts: every edit from every laptop was kept.</source>
        <translation type="unfinished">تعارضی وجود ندارد: همهٔ ویرایش‌های همهٔ لپ‌تاپ‌ها نگه داشته شد.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished">بازیابی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot keep the current value</source>
        <translation type="unfinished">نگه‌داشتن مقدار فعلی ممکن نیست</translation>
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
        <translation type="unfinished">بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">خیر</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">مخاطب</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">شریک</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">رویداد</translation>
    </message>
    <message>
        <source>Advocacy day</source>
        <translation type="unfinished">روز حمایت‌گری</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">شعبه</translation>
    </message>
    <message>
        <source>Sign-on letter</source>
        <translation type="unfinished">نامهٔ امضای جمعی</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">این لپ‌تاپ</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation type="unfinished">لپ‌تاپ %1</translation>
    </message>
    <message>
        <source>Edit made %1; logged %2.</source>
        <translation type="unfinished">ویرایش در %1 انجام شد؛ در %2 ثبت شد.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">سابقه</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">فیلد</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished">مقدار نگه‌داشته‌شده</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation type="unfinished">مقدار ازدست‌رفته</translation>
    </message>
    <message>
        <source>From laptop</source>
        <translation type="unfinished">از لپ‌تاپ</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">زمان</translation>
    </message>
</context>
<context>
    <name>majlis::ContactDetailPane</name>
    <message>
        <source>Added to Majlis</source>
        <translation type="unfinished">به Majlis افزوده شد</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">حذف شد</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished">بازیابی شد</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation type="unfinished">با %1 ادغام شد</translation>
    </message>
    <message>
        <source>Came to %1</source>
        <translation type="unfinished">در %1 حضور یافت</translation>
    </message>
    <message>
        <source>Tagged: %1</source>
        <translation type="unfinished">برچسب خورد: %1</translation>
    </message>
    <message>
        <source>Tags removed: %1</source>
        <translation type="unfinished">برچسب‌ها برداشته شد: %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>emails</source>
        <translation type="unfinished">ایمیل‌ها</translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished">تلفن‌ها</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">نشانی</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">حوزه</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation type="unfinished">شعبه</translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished">زبان‌ها</translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished">سازمان</translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished">برچسب‌ها</translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished">رضایت</translation>
    </message>
    <message>
        <source>skills and interests</source>
        <translation type="unfinished">مهارت‌ها و علایق</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished">یادداشت‌ها</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished">تاریخ تولد</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation type="unfinished">ویرایش شد: %1</translation>
    </message>
    <message>
        <source>Select a contact to see and edit it here,
or press Ctrl+N to add one.</source>
        <translation type="unfinished">یک مخاطب را انتخاب کنید تا آن را اینجا ببینید و ویرایش کنید،
یا برای افزودن مخاطب، Ctrl+N را بزنید.</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">سابقه</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;ذخیره</translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation type="unfinished">ذخیرهٔ تغییرات (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;بازگرداندن</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>history entry: date, what happened</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished">حوزه‌ها</translation>
    </message>
    <message>
        <source>Marked do not contact: %1</source>
        <translation>علامت «تماس نگیرید» خورد: %1</translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation>می‌توان دوباره با او تماس گرفت</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not contact&lt;/b&gt; (%1): left out of every list, calling export and campaign.</source>
        <translation>&lt;b&gt;تماس نگیرید&lt;/b&gt; (%1): از هر فهرست، خروجی تماس و کارزار کنار گذاشته می‌شود.</translation>
    </message>
    <message>
        <source>Allow Contact &amp;Again…</source>
        <translation>اجازهٔ تماس &amp;دوباره…</translation>
    </message>
    <message>
        <source>Do &amp;Not Contact</source>
        <translation>&amp;تماس نگیرید</translation>
    </message>
    <message>
        <source>The person asked to be contacted again, or the mark was a mistake</source>
        <translation>این شخص خواسته دوباره با او تماس گرفته شود، یا علامت اشتباه بوده است</translation>
    </message>
    <message>
        <source>Leave this person out of every list and campaign from now on</source>
        <translation>از این پس این شخص را از هر فهرست و کارزار کنار بگذار</translation>
    </message>
    <message>
        <source>Do Not Contact</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <source>Allow Contact Again</source>
        <translation>اجازهٔ تماس دوباره</translation>
    </message>
    <message>
        <source>%1 is marked &quot;%2&quot;. Allow contacting them again? Only do this when they asked for it.</source>
        <translation>%1 با «%2» علامت خورده است. اجازهٔ تماس دوباره داده شود؟ فقط وقتی خودش خواسته باشد.</translation>
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
        <translation type="unfinished">کد پستی %1 را در بر می‌گیرد</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">نامعلوم</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished">یکی از %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">از %1</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">مجلس قانون‌گذاری</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">مجلس</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">حوزه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">وضعیت</translation>
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
        <translation type="unfinished">حوزه‌ها</translation>
    </message>
    <message>
        <source>Look &amp;Up from ZIP</source>
        <translation type="unfinished">&amp;جستجو از کد پستی</translation>
    </message>
    <message>
        <source>Find the districts from the contact&apos;s ZIP code, offline</source>
        <translation type="unfinished">یافتن حوزه‌ها از کد پستی مخاطب، به‌صورت آفلاین</translation>
    </message>
    <message>
        <source>Set Dis&amp;trict…</source>
        <translation type="unfinished">تعیین &amp;حوزه…</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished">&amp;تأیید</translation>
    </message>
    <message>
        <source>The selected district is right</source>
        <translation type="unfinished">حوزهٔ انتخاب‌شده درست است</translation>
    </message>
    <message>
        <source>Check &amp;Later</source>
        <translation type="unfinished">&amp;بعداً بررسی شود</translation>
    </message>
    <message>
        <source>List the selected district among those to check</source>
        <translation type="unfinished">حوزهٔ انتخاب‌شده را در فهرست موارد بررسی بگذار</translation>
    </message>
    <message>
        <source>Save or revert the contact&apos;s edits first</source>
        <translation type="unfinished">ابتدا ویرایش‌های مخاطب را ذخیره یا بازگردانی کنید</translation>
    </message>
    <message>
        <source>%1 has no postal code yet: enter it above and save, then look up the districts.</source>
        <translation type="unfinished">%1 هنوز کد پستی ندارد: آن را در بالا وارد و ذخیره کنید، سپس حوزه‌ها را جستجو کنید.</translation>
    </message>
    <message>
        <source>Look Up Districts of %1</source>
        <translation type="unfinished">جستجوی حوزه‌های %1</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) found from postcode %1, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n حوزه از کد پستی %1 پیدا شد و «تخمینی» علامت خورد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) chosen among the candidates.</source>
        <translation type="unfinished">
            <numerusform>%n حوزه از میان گزینه‌ها انتخاب شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) still to choose: the postcode spans several. Look up again to choose.</source>
        <translation type="unfinished">
            <numerusform>%n حوزه هنوز باید انتخاب شود: کد پستی چند حوزه را در بر می‌گیرد. برای انتخاب دوباره جستجو کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>No district file knows postcode %1 for %2. A ZIP code of post office boxes only has no area; for a legislature without a file, import one with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate), then look up again.</source>
        <translation type="unfinished">هیچ فایل حوزه‌ای کد پستی %1 را برای %2 نمی‌شناسد. کد پستیِ فقط صندوق‌های پستی محدوده ندارد؛ برای مجلسی بدون فایل، با &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (یا senate) فایلی وارد کنید و دوباره جستجو کنید.</translation>
    </message>
    <message>
        <source>ZIP code %1 lies only in %2, not in the contact&apos;s state: check the address.</source>
        <translation type="unfinished">کد پستی %1 فقط در %2 است، نه در ایالت مخاطب: نشانی را بررسی کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) entered by hand or confirmed were kept; choose Check Later on one to let a look-up replace it.</source>
        <translation type="unfinished">
            <numerusform>%n حوزهٔ واردشده به‌دست یا تأییدشده حفظ شد؛ برای اینکه جستجو یکی را جایگزین کند، «بعداً بررسی شود» را روی آن بزنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>The districts of postcode %1 were already set.</source>
        <translation type="unfinished">حوزه‌های کد پستی %1 از قبل تعیین شده بودند.</translation>
    </message>
    <message>
        <source>No legislature here has a postcode file for the contact&apos;s country.</source>
        <translation type="unfinished">هیچ مجلسی در اینجا فایل کد پستی برای کشور مخاطب ندارد.</translation>
    </message>
    <message>
        <source>Set District of %1</source>
        <translation type="unfinished">تعیین حوزهٔ %1</translation>
    </message>
    <message>
        <source>Confirm District of %1</source>
        <translation type="unfinished">تأیید حوزهٔ %1</translation>
    </message>
    <message>
        <source>Check District of %1 Later</source>
        <translation type="unfinished">بررسی حوزهٔ %1 در آینده</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditor</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">نام خانوادگی</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">نام ترجیحی</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation type="unfinished">نامی که دوست دارند با آن صدا زده شوند</translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished">خانه</translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished">محل کار</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">دیگر</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation type="unfinished">افزودن ایمیل</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">نشانی ایمیل</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished">همراه</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished">افزودن تلفن</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">شمارهٔ تلفن</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">شعبه</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">خیابان</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">شهر</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">ایالت یا منطقه</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">کد پستی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">کشور</translation>
    </message>
    <message>
        <source>Two letters, such as US</source>
        <translation type="unfinished">دو حرف، مانند US</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">ایالت آمریکا</translation>
    </message>
    <message>
        <source>MI</source>
        <translation type="unfinished">MI</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">حوزهٔ انتخابیهٔ کنگره</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">نامعلوم</translation>
    </message>
    <message>
        <source>0 for an at-large seat</source>
        <translation type="unfinished">0 برای کرسی فراگیر (at-large)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">زبان‌ها</translation>
    </message>
    <message>
        <source>Comma-separated, such as ar, en</source>
        <translation type="unfinished">جداشده با ویرگول، مانند ar, en</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">سازمان</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">نقش</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">برچسب‌ها</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation type="unfinished">جداشده با ویرگول</translation>
    </message>
    <message>
        <source>Volunteer skills</source>
        <translation type="unfinished">مهارت‌های داوطلبانه</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">علایق</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">یادداشت‌ها</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished">مشکلات</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">نام &amp;خانوادگی:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished">نام &amp;ترجیحی:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation type="unfinished">&amp;ایمیل‌ها:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation type="unfinished">&amp;تلفن‌ها:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;شعبه:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished">حوزه:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished">خیابان:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">شهر:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">منطقه:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished">کد پستی:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished">کشور:</translation>
    </message>
    <message>
        <source>U.S. &amp;state:</source>
        <translation type="unfinished">&amp;ایالت آمریکا:</translation>
    </message>
    <message>
        <source>Address and district</source>
        <translation type="unfinished">نشانی و حوزه</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished">&amp;زبان‌ها:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished">&amp;سازمان:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;نقش:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">&amp;برچسب‌ها:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation type="unfinished">&amp;مهارت‌ها:</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation type="unfinished">&amp;علایق:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;یادداشت‌ها:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">رضایت</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished">ثبت‌شده</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">تاریخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">منبع</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ایمیل</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation type="unfinished">پیامک</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation type="unfinished">تماس تلفنی</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished">عکس‌ها</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">ثبت نشده</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished">داده شده</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">رد شده</translation>
    </message>
    <message>
        <source>Consent to %1</source>
        <translation type="unfinished">رضایت برای %1</translation>
    </message>
    <message>
        <source>Date of consent to %1</source>
        <translation type="unfinished">تاریخ رضایت برای %1</translation>
    </message>
    <message>
        <source>Sign-up form, event, call…</source>
        <translation type="unfinished">فرم ثبت‌نام، رویداد، تماس…</translation>
    </message>
    <message>
        <source>Source of consent to %1</source>
        <translation type="unfinished">منبع رضایت برای %1</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">بدون شعبه</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditorDialog</name>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">مخاطب جدید</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation type="unfinished">مخاطب ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>majlis::ContactExportDialog</name>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">برون‌بری مخاطبان</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation type="unfinished">کدام مخاطبان</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>&amp;همهٔ %n مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n contact(s) &amp;listed now</source>
        <translation type="unfinished">
            <numerusform>%n مخاطبِ &amp;فهرست‌شدهٔ کنونی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n مخاطبِ &amp;انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished">صفحه‌گستردهٔ CSV</translation>
    </message>
    <message>
        <source>vCard 4.0 (address books)</source>
        <translation type="unfinished">vCard 4.0 (دفترچه‌های نشانی)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older address books)</source>
        <translation type="unfinished">vCard 3.0 (دفترچه‌های نشانی قدیمی‌تر)</translation>
    </message>
    <message>
        <source>vCard 2.1 (old phones and Outlook)</source>
        <translation type="unfinished">vCard 2.1 (تلفن‌های قدیمی و Outlook)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">&amp;قالب:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished">&amp;برون‌بری…</translation>
    </message>
</context>
<context>
    <name>majlis::ContactField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">درون‌ریزی نشود</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">نام خانوادگی</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">نام کامل</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">نام ترجیحی</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ایمیل</translation>
    </message>
    <message>
        <source>Home email</source>
        <translation type="unfinished">ایمیل خانه</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation type="unfinished">ایمیل کاری</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">تلفن</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished">تلفن همراه</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished">تلفن خانه</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished">تلفن کاری</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">خیابان</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">شهر</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">ایالت یا منطقه</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">کد پستی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">کشور</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">ایالت آمریکا</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">حوزهٔ انتخابیهٔ کنگره</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">سازمان</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation type="unfinished">نقش یا عنوان</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">برچسب‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">یادداشت‌ها</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">تاریخ تولد</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">زبان‌ها</translation>
    </message>
    <message>
        <source>Department (added to the role)</source>
        <translation type="unfinished">بخش (به نقش افزوده می‌شود)</translation>
    </message>
    <message>
        <source>Whole address (used when there is no street)</source>
        <translation type="unfinished">نشانی کامل (وقتی خیابان نیست به کار می‌رود)</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation type="unfinished">خیابان، سطر دوم</translation>
    </message>
    <message>
        <source>Label of the next email</source>
        <translation type="unfinished">برچسب ایمیل بعدی</translation>
    </message>
    <message>
        <source>Label of the next phone</source>
        <translation type="unfinished">برچسب تلفن بعدی</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished">سال تولد</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation type="unfinished">ماه تولد</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation type="unfinished">روز تولد</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished">تماس نگیرید</translation>
    </message>
</context>
<context>
    <name>majlis::ContactPickerDialog</name>
    <message>
        <source>Register Attendees</source>
        <translation type="unfinished">ثبت‌نام شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Search by name, email, phone or tag</source>
        <translation type="unfinished">جستجو بر اساس نام، ایمیل، تلفن یا برچسب</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;یافتن:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;نقش:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished">&amp;ثبت‌نام</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation type="unfinished">هیچ مخاطبی مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">مخاطبان</translation>
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
        <translation type="unfinished">ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">تلفن</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">شعبه</translation>
    </message>
    <message>
        <source>District</source>
        <comment>congressional district</comment>
        <translation type="unfinished">حوزه</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">سازمان</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">برچسب‌ها</translation>
    </message>
    <message>
        <source>%1 — do not contact (%2)</source>
        <translation>%1 — تماس نگیرید (%2)</translation>
    </message>
</context>
<context>
    <name>majlis::ContactsPage</name>
    <message>
        <source>Search names, emails, phones, tags, notes… (Ctrl+F)</source>
        <translation type="unfinished">جستجوی نام‌ها، ایمیل‌ها، تلفن‌ها، برچسب‌ها، یادداشت‌ها… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished">جستجوی مخاطبان</translation>
    </message>
    <message>
        <source>Filter by chapter</source>
        <translation type="unfinished">پالایش بر اساس شعبه</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished">پالایش بر اساس برچسب</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">مخاطب جدید</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation type="unfinished">افزودن مخاطب (Ctrl+N)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">مخاطبان</translation>
    </message>
    <message>
        <source>contacts.%1</source>
        <translation type="unfinished">contacts.%1</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">برون‌بری مخاطبان</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">همهٔ شعبه‌ها</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished">همهٔ برچسب‌ها</translation>
    </message>
    <message>
        <source>No contacts match the search and filters.</source>
        <translation type="unfinished">هیچ مخاطبی با جستجو و پالایه‌ها مطابقت ندارد.</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add the first one, or try File &gt; New Demo Workspace to explore Majlis with fictional data.</source>
        <translation type="unfinished">هنوز مخاطبی وجود ندارد.
برای افزودن نخستین مخاطب Ctrl+N را بزنید، یا برای آشنایی با Majlis با داده‌های ساختگی، «پرونده &gt; فضای کاری نمایشی جدید» را امتحان کنید.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished">تغییرات %1 ذخیره شود؟</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished">%1 حذف شود؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)?</source>
        <translation type="unfinished">
            <numerusform>%n مخاطب حذف شود؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation type="unfinished">حذف مخاطبان</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation type="unfinished">می‌توانید این کار را با «ویرایش &gt; واگرد» (Ctrl+Z) برگردانید.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation type="unfinished">افزودن برچسب</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n contact(s), separated by commas:</source>
        <translation type="unfinished">
            <numerusform>برچسب‌هایی که باید به %n مخاطب افزوده شوند، جداشده با ویرگول:</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>Export a Person&apos;s Data</source>
        <translation type="unfinished">برون‌بری داده‌های یک نفر</translation>
    </message>
    <message>
        <source>Select one contact first.</source>
        <translation type="unfinished">ابتدا یک مخاطب را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 - data.json</source>
        <translation type="unfinished">%1 - داده‌ها.json</translation>
    </message>
    <message>
        <source>Export Everything About %1</source>
        <translation type="unfinished">برون‌بری همه‌چیز دربارهٔ %1</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2. It is personal data: send it only to them.</source>
        <translation type="unfinished">همهٔ داده‌های نگه‌داشته‌شده دربارهٔ %1 در %2 نوشته شد. این داده‌های شخصی است: فقط برای خود او بفرستید.</translation>
    </message>
    <message>
        <source>Erase a Person</source>
        <translation type="unfinished">پاک کردن داده‌های یک شخص</translation>
    </message>
    <message>
        <source>Erase everything held about %1?</source>
        <translation type="unfinished">همه‌ی آنچه درباره‌ی %1 نگه داشته شده پاک شود؟</translation>
    </message>
    <message>
        <source>Their contact, emails, phones, tags, consents, history, registrations and advocacy-day roles are removed from this workspace, and from every laptop and the server at their next sync. This cannot be undone. If they asked for a copy, export it first.</source>
        <translation type="unfinished">مخاطب، ایمیل‌ها، تلفن‌ها، برچسب‌ها، رضایت‌ها، سابقه، ثبت‌نام‌ها و نقش‌های روز حمایت او از این فضای کار، و در همگام‌سازی بعدی از همه‌ی لپ‌تاپ‌ها و سرور حذف می‌شوند. این کار برگشت‌پذیر نیست. اگر نسخه‌ای خواسته است، اول آن را صادر کنید.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished">می‌دانم که این کار برگشت‌پذیر نیست</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished">پاک کردن</translation>
    </message>
    <message numerus="yes">
        <source>Erased %1 and %n row(s) about them.</source>
        <translation type="unfinished">
            <numerusform>%1 و %n ردیف درباره‌ی او پاک شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n contact(s) listed</source>
        <translation type="unfinished">
            <numerusform>%n مخاطب فهرست‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n مخاطب انتخاب‌شده</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::DayDashboard</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">پیامدها بر اساس درخواست</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">ثبت نشده</translation>
    </message>
    <message>
        <source>Held meetings that recorded nothing for this ask</source>
        <translation type="unfinished">دیدارهای برگزارشده که برای این درخواست چیزی ثبت نکرده‌اند</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation type="unfinished">پیگیری بازی وجود ندارد.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished">پیگیری‌های باز</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">انجام شد</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">شرح</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">سررسید</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">دفتر</translation>
    </message>
    <message>
        <source>Tick a follow-up off once it is done</source>
        <translation type="unfinished">پس از انجام هر پیگیری، آن را تیک بزنید</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">هیچ روز حمایت‌گری انتخاب نشده است.</translation>
    </message>
    <message>
        <source>Meetings held: %1 of %2 scheduled</source>
        <translation type="unfinished">دیدارهای برگزارشده: %1 از %2 زمان‌بندی‌شده</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished">لغوشده: %1</translation>
    </message>
    <message>
        <source>Reports received: %1 of %2 held</source>
        <translation type="unfinished">گزارش‌های دریافتی: %1 از %2 برگزارشده</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">گذشته از سررسید</translation>
    </message>
    <message>
        <source>Follow-up not updated</source>
        <translation type="unfinished">پیگیری به‌روز نشد</translation>
    </message>
</context>
<context>
    <name>majlis::DayDetailsPanel</name>
    <message>
        <source> min</source>
        <translation type="unfinished"> دقیقه</translation>
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
        <translation type="unfinished">&amp;شهر:</translation>
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
        <translation type="unfinished">&amp;دیدارها از:</translation>
    </message>
    <message>
        <source>&amp;Slot length:</source>
        <translation type="unfinished">&amp;مدت هر نوبت:</translation>
    </message>
    <message>
        <source>Largest &amp;team:</source>
        <translation type="unfinished">&amp;بزرگ‌ترین تیم:</translation>
    </message>
    <message>
        <source>Walking time between meetings</source>
        <translation type="unfinished">زمان پیاده‌روی میان دیدارها</translation>
    </message>
    <message>
        <source>In the same building:</source>
        <translation type="unfinished">در همان ساختمان:</translation>
    </message>
    <message>
        <source>Same side (Senate or House buildings):</source>
        <translation type="unfinished">در همان سمت (ساختمان‌های سنا یا مجلس نمایندگان):</translation>
    </message>
    <message>
        <source>Across the Capitol:</source>
        <translation type="unfinished">در سوی دیگر Capitol:</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">درخواست‌ها</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished">لایحه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">عنوان</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished">نکات گفتگو</translation>
    </message>
    <message>
        <source>Add Ask</source>
        <translation type="unfinished">افزودن درخواست</translation>
    </message>
    <message>
        <source>Remove Ask</source>
        <translation type="unfinished">حذف درخواست</translation>
    </message>
    <message>
        <source>Leave-behind files</source>
        <translation type="unfinished">پرونده‌های تحویلی</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished">افزودن پرونده‌ها…</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation type="unfinished">حذف پرونده</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">شرکای همکار در حمایت</translation>
    </message>
    <message>
        <source>Notes for the organizers</source>
        <translation type="unfinished">یادداشت‌هایی برای برگزارکنندگان</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;بازگرداندن</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">هنوز شریکی وجود ندارد: آن‌ها را در فضای «شرکا» اضافه کنید.</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">ذخیرهٔ حامیان همکار ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot save the day</source>
        <translation type="unfinished">ذخیرهٔ روز ممکن نیست</translation>
    </message>
    <message>
        <source>Add Leave-behind Files</source>
        <translation type="unfinished">افزودن پرونده‌های تحویلی</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt);;All files (*)</source>
        <translation type="unfinished">اسناد (*.pdf *.docx *.odt *.txt);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>The times of the day&apos;s meetings are in this time zone: the capitol&apos;s.</source>
        <translation type="unfinished">زمان دیدارهای روز در این منطقهٔ زمانی است: منطقهٔ زمانیِ مجلس.</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;مجلس قانون‌گذاری:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">منطقهٔ &amp;زمانی:</translation>
    </message>
    <message>
        <source>Unknown legislature</source>
        <translation type="unfinished">مجلس نامعلوم</translation>
    </message>
    <message>
        <source>This day already has meetings with the members of this legislature, so it stays at it. Plan a day at another legislature as a new day.</source>
        <translation type="unfinished">این روز از پیش با اعضای این مجلس دیدار دارد، پس در همین مجلس می‌ماند. روزی در مجلسی دیگر را به‌صورت روز جدید برنامه‌ریزی کنید.</translation>
    </message>
    <message>
        <source>The legislature whose members the day&apos;s teams meet.</source>
        <translation type="unfinished">مجلسی که تیم‌های روز با اعضایش دیدار می‌کنند.</translation>
    </message>
    <message>
        <source>Same walking group (Legislators, Campus…):</source>
        <translation type="unfinished">همان گروه پیاده‌روی (قانون‌گذاران، ساختمان‌ها…):</translation>
    </message>
    <message>
        <source>Between walking groups:</source>
        <translation type="unfinished">میان گروه‌های پیاده‌روی:</translation>
    </message>
    <message>
        <source>Meetings until</source>
        <translation type="unfinished">جلسات تا</translation>
    </message>
</context>
<context>
    <name>majlis::DayProgressModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">روز</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">تلاش‌ها</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">مخاطبان</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">تعهدها</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictChoiceDialog</name>
    <message>
        <source>Choose the District</source>
        <translation type="unfinished">انتخاب حوزه</translation>
    </message>
    <message>
        <source>%1&apos;s postcode %2 spans several districts of %3. Which one does the address lie in?</source>
        <translation type="unfinished">کد پستی %2 متعلق به %1 چند حوزه از %3 را در بر می‌گیرد. نشانی در کدام است؟</translation>
    </message>
    <message>
        <source>Candidate districts</source>
        <translation type="unfinished">حوزه‌های ممکن</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;انتخاب</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictFillDialog</name>
    <message>
        <source>Fill Districts from ZIP Codes</source>
        <translation type="unfinished">پر کردن حوزه‌ها از کدهای پستی</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation type="unfinished">&amp;پر کردن</translation>
    </message>
    <message>
        <source>Districts to choose</source>
        <translation type="unfinished">حوزه‌هایی برای انتخاب</translation>
    </message>
    <message>
        <source>&amp;Choose District…</source>
        <translation type="unfinished">&amp;انتخاب حوزه…</translation>
    </message>
    <message>
        <source>Pick the district of the selected row among its candidates (F2)</source>
        <translation type="unfinished">حوزهٔ ردیف انتخاب‌شده را از میان گزینه‌هایش برگزینید (F2)</translation>
    </message>
    <message>
        <source>Looking up the districts of %1 from their postal codes:</source>
        <translation type="unfinished">جستجوی حوزه‌های %1 از روی کدهای پستی‌شان:</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) would be filled, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n حوزه پر خواهد شد و «تخمینی» علامت می‌خورد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts: you choose among the candidates after the fill.</source>
        <translation type="unfinished">
            <numerusform>%n کد پستی چند حوزه را در بر می‌گیرد: پس از پر کردن از میان گزینه‌ها انتخاب می‌کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows.</source>
        <translation type="unfinished">
            <numerusform>%n کد پستی در هیچ فایل حوزه‌ای نیست.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s: check the address.</source>
        <translation type="unfinished">
            <numerusform>%n کد پستی فقط در ایالتی غیر از ایالت مخاطب است: نشانی را بررسی کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left as they are: %1 entered by hand or confirmed, %2 already filled, %3 without a postcode.</source>
        <translation type="unfinished">بدون تغییر: %1 واردشده به‌دست یا تأییدشده، %2 از قبل پرشده، %3 بدون کد پستی.</translation>
    </message>
    <message>
        <source>There is nothing to fill.</source>
        <translation type="unfinished">چیزی برای پر کردن نیست.</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postal codes, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>%n حوزه از کدهای پستی پر شد و «تخمینی» علامت خورد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose: pick one in each row below (F2 or Choose District…).</source>
        <translation type="unfinished">
            <numerusform>%n حوزه برای انتخاب: در هر ردیف زیر یکی را برگزینید (F2 یا «انتخاب حوزه…»).</numerusform>
        </translation>
    </message>
    <message>
        <source>No district is left to choose.</source>
        <translation type="unfinished">حوزه‌ای برای انتخاب باقی نمانده است.</translation>
    </message>
    <message>
        <source>No district file knows the postcodes of: %1. Import a postcode file with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate).</source>
        <translation type="unfinished">هیچ فایل حوزه‌ای کدهای پستی این افراد را نمی‌شناسد: %1. با &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (یا senate) یک فایل کد پستی وارد کنید.</translation>
    </message>
    <message>
        <source>Check the address of: %1 (the ZIP code lies in another state).</source>
        <translation type="unfinished">نشانی این افراد را بررسی کنید: %1 (کد پستی در ایالت دیگری است).</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictSetDialog</name>
    <message>
        <source>Set District</source>
        <translation type="unfinished">تعیین حوزه</translation>
    </message>
    <message>
        <source>Legislature and chamber</source>
        <translation type="unfinished">مجلس قانون‌گذاری و مجلس</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a legislature and one of its chambers</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">حوزه</translation>
    </message>
    <message>
        <source>MI-12 for the U.S. House; the district&apos;s name or number elsewhere</source>
        <translation type="unfinished">MI-12 برای مجلس نمایندگان آمریکا؛ در جاهای دیگر نام یا شمارهٔ حوزه</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;مجلس قانون‌گذاری:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">&amp;حوزه:</translation>
    </message>
    <message>
        <source>A district set here is marked as entered by hand; no look-up changes it.</source>
        <translation type="unfinished">حوزه‌ای که اینجا تعیین شود «واردشده به‌دست» علامت می‌خورد؛ هیچ جستجویی آن را تغییر نمی‌دهد.</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictTurnoutModel</name>
    <message>
        <source>District</source>
        <translation type="unfinished">حوزه</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">متعهد</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">رأی داده</translation>
    </message>
    <message>
        <source>Still to vote</source>
        <translation type="unfinished">هنوز رأی نداده‌اند</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished">مشارکت</translation>
    </message>
    <message>
        <source>Of those who pledged, the share who have voted</source>
        <translation type="unfinished">سهم رأی‌دهندگان از متعهدان</translation>
    </message>
</context>
<context>
    <name>majlis::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished">یافتن تکراری‌ها</translation>
    </message>
    <message>
        <source>Looking for contacts entered more than once…</source>
        <translation type="unfinished">در حال جستجوی مخاطبانی که بیش از یک بار وارد شده‌اند…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">تکراری‌های احتمالی</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished">امتیاز</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">مخاطبان</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">دلیل</translation>
    </message>
    <message>
        <source>Contacts in this group; the first two selected are merged:</source>
        <translation type="unfinished">مخاطبان این گروه؛ دو مورد نخستِ انتخاب‌شده ادغام می‌شوند:</translation>
    </message>
    <message>
        <source>Contacts in the selected group</source>
        <translation type="unfinished">مخاطبان گروه انتخاب‌شده</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">ادغام…</translation>
    </message>
    <message>
        <source>Choose, field by field, what the merged contact keeps</source>
        <translation type="unfinished">فیلد به فیلد انتخاب کنید که مخاطب ادغام‌شده چه چیزی را نگه دارد</translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation type="unfinished">جستجوی دوباره</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">ازنو</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">لغو</translation>
    </message>
    <message>
        <source>The search was cancelled. Press Search Again to look for duplicates.</source>
        <translation type="unfinished">جستجو لغو شد. برای یافتن تکراری‌ها، «جستجوی دوباره» را بزنید.</translation>
    </message>
    <message>
        <source>No contacts look like duplicates of each other.</source>
        <translation type="unfinished">هیچ مخاطبی به نظر تکراریِ دیگری نمی‌رسد.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts may be the same person, most likely first. Select one, check its contacts, then Merge.</source>
        <translation type="unfinished">
            <numerusform>%n گروه از مخاطبان ممکن است یک نفر باشند، محتمل‌ترین‌ها در ابتدا. یکی را انتخاب کنید، مخاطبانش را بررسی کنید و سپس ادغام کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">یکی از این مخاطبان دیگر وجود ندارد؛ ممکن است در این فاصله ادغام یا حذف شده باشد.</translation>
    </message>
</context>
<context>
    <name>majlis::Event</name>
    <message>
        <source>Voter-registration drive</source>
        <translation type="unfinished">پویش ثبت‌نام رأی‌دهندگان</translation>
    </message>
    <message>
        <source>Interfaith gathering</source>
        <translation type="unfinished">گردهمایی بین‌الادیانی</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation type="unfinished">نشست عمومی (تاون‌هال)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">آموزش</translation>
    </message>
    <message>
        <source>Cultural evening</source>
        <translation type="unfinished">شب فرهنگی</translation>
    </message>
    <message>
        <source>Community event</source>
        <translation type="unfinished">رویداد اجتماعی</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">دیگر</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">پرسیده نشده</translation>
    </message>
    <message>
        <source>Registered here</source>
        <translation type="unfinished">اینجا ثبت‌نام کرد</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished">از قبل ثبت‌نام کرده</translation>
    </message>
    <message>
        <source>Needs a follow-up</source>
        <translation type="unfinished">نیاز به پیگیری</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished">واجد شرایط نیست</translation>
    </message>
</context>
<context>
    <name>majlis::EventsPage</name>
    <message>
        <source>Events</source>
        <translation type="unfinished">رویدادها</translation>
    </message>
    <message>
        <source>&amp;New Event</source>
        <translation type="unfinished">&amp;رویداد جدید</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished">حذف رویداد</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation type="unfinished">برون‌بری &amp;تقویم…</translation>
    </message>
    <message>
        <source>Every event as an iCalendar (.ics) file for phones and calendar programs.</source>
        <translation type="unfinished">همهٔ رویدادها در قالب یک پروندهٔ iCalendar (.ics) برای تلفن‌ها و برنامه‌های تقویم.</translation>
    </message>
    <message>
        <source>events.ics</source>
        <translation type="unfinished">events.ics</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished">برون‌بری تقویم</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished">بدون محدودیت</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">شرکای همکار در برگزاری</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">ذخیرهٔ حامیان همکار ممکن نیست</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;نوع:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">&amp;شعبه:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished">&amp;آغاز:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished">&amp;پایان:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">&amp;مکان:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished">&amp;ظرفیت:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;یادداشت‌ها:</translation>
    </message>
    <message>
        <source>Co-sponsors:</source>
        <translation type="unfinished">حامیان همکار:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;بازگرداندن</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">تلفن</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">ثبت‌نام‌شده</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">وارد شده</translation>
    </message>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">&amp;ثبت‌نام مخاطبان…</translation>
    </message>
    <message>
        <source>E&amp;xport Attendance…</source>
        <translation type="unfinished">&amp;برون‌بری حضور…</translation>
    </message>
    <message>
        <source>%1 attendance.csv</source>
        <translation type="unfinished">%1 attendance.csv</translation>
    </message>
    <message>
        <source>Export Attendance</source>
        <translation type="unfinished">برون‌بری حضور</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished">واجد شرایط</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished">ثبت‌نام</translation>
    </message>
    <message>
        <source>Pledged to vote</source>
        <translation type="unfinished">متعهد به رأی دادن</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished">پیگیری انجام شد</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">یادداشت‌ها</translation>
    </message>
    <message>
        <source>Everyone registered or checked in; changes are saved as you make them.</source>
        <translation type="unfinished">همهٔ ثبت‌نام‌شدگان یا واردشدگان؛ تغییرات همزمان با اعمال ذخیره می‌شوند.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups still open:</source>
        <translation type="unfinished">&amp;پیگیری‌های هنوز باز:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;جزئیات</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;حضور</translation>
    </message>
    <message>
        <source>&amp;Voter Registration</source>
        <translation type="unfinished">ثبت‌نام &amp;رأی‌دهندگان</translation>
    </message>
    <message>
        <source>Open &amp;Check-in (F9)</source>
        <translation type="unfinished">باز کردن &amp;ثبت ورود (F9)</translation>
    </message>
    <message>
        <source>A full-screen window for the door: find people as you type, Enter checks them in.</source>
        <translation type="unfinished">پنجره‌ای تمام‌صفحه برای درِ ورودی: افراد را هنگام تایپ پیدا کنید، Enter ورودشان را ثبت می‌کند.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished">هنوز رویدادی وجود ندارد</translation>
    </message>
    <message>
        <source>Create an event with New Event, register people for it, then open check-in at the door. Check-in works without a network and saves every arrival at once.</source>
        <translation type="unfinished">با «رویداد جدید» یک رویداد بسازید، افراد را برای آن ثبت‌نام کنید و سپس ثبت ورود را دمِ در باز کنید. ثبت ورود بدون شبکه کار می‌کند و هر ورود را فوراً ذخیره می‌کند.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">بدون شعبه</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">هنوز شریکی وجود ندارد: آن‌ها را در فضای «شرکا» اضافه کنید.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">مراجعه‌کنندهٔ بی‌نوبت</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">خیر</translation>
    </message>
    <message>
        <source>%1 registered or came; %2 checked in, %3 of them new at the door.</source>
        <translation type="unfinished">%1 نفر ثبت‌نام کردند یا آمدند؛ ورود %2 نفر ثبت شد که %3 نفرشان دمِ در تازه اضافه شدند.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">پرسیده نشده</translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation type="unfinished">واجد شرایط: %1</translation>
    </message>
    <message>
        <source>Registration: %1</source>
        <translation type="unfinished">ثبت‌نام: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished">هیچ.</translation>
    </message>
    <message>
        <source>Cannot save the voter record</source>
        <translation type="unfinished">ذخیرهٔ سابقهٔ رأی‌دهنده ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot save the event</source>
        <translation type="unfinished">ذخیرهٔ رویداد ممکن نیست</translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished">رویداد جدید</translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation type="unfinished">ساختن رویداد ممکن نیست</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its registrations and attendance? The contacts stay.</source>
        <translation type="unfinished">«%1» همراه با ثبت‌نام‌ها و حضورش حذف شود؟ مخاطبان باقی می‌مانند.</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation type="unfinished">حذف رویداد ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot register</source>
        <translation type="unfinished">ثبت‌نام ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation type="unfinished">برون‌بری تقویم ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot export the attendance</source>
        <translation type="unfinished">برون‌بری حضور ممکن نیست</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished">ثبت‌نام‌ها</translation>
    </message>
    <message>
        <source>Voter registration</source>
        <translation type="unfinished">ثبت‌نام رأی‌دهندگان</translation>
    </message>
    <message>
        <source>Voter registration follow-ups</source>
        <translation type="unfinished">پیگیری‌های ثبت‌نام رأی‌دهندگان</translation>
    </message>
    <message>
        <source>The time zone of the event&apos;s place, such as Europe/London: calendar exports name it, so the event shows at the right time wherever it is opened. Type part of a city to find it.</source>
        <translation type="unfinished">منطقهٔ زمانی محل رویداد، مانند Europe/London: خروجی‌های تقویم آن را ذکر می‌کنند تا رویداد هر جا باز شود در زمان درست نشان داده شود. بخشی از نام شهر را بنویسید تا پیدا شود.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">منطقهٔ &amp;زمانی:</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReportModel</name>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">مجلس قانون‌گذاری</translation>
    </message>
    <message>
        <source>Members listed</source>
        <translation type="unfinished">اعضای فهرست‌شده</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">جدید</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">به‌روزشده</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished">بدون تغییر</translation>
    </message>
    <message>
        <source>No longer in office</source>
        <translation type="unfinished">دیگر در سمت نیست</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReviewDialog</name>
    <message>
        <source>Review the Import</source>
        <translation type="unfinished">بازبینی ورود</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been written yet. %Ln legislature(s) listed: %1 new members, %2 updated, %3 unchanged, %4 no longer in office. Meetings already planned are kept.</source>
        <translation type="unfinished">
            <numerusform>هنوز چیزی نوشته نشده است. %Ln مجلس قانون‌گذاری فهرست شد: %1 عضو جدید، %2 به‌روزشده، %3 بدون تغییر، %4 دیگر در سمت نیستند. دیدارهای برنامه‌ریزی‌شده حفظ می‌شوند.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import does to each legislature</source>
        <translation type="unfinished">آنچه ورود با هر مجلس قانون‌گذاری می‌کند</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;درون‌ریزی</translation>
    </message>
    <message numerus="yes">
        <source>Not imported, or read with a doubt (%n):</source>
        <translation type="unfinished">
            <numerusform>وارد نشد، یا با تردید خوانده شد (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows and files not imported</source>
        <translation type="unfinished">سطرها و پرونده‌های واردنشده</translation>
    </message>
</context>
<context>
    <name>majlis::ImportWizard</name>
    <message>
        <source>Merge into the existing contact</source>
        <translation type="unfinished">ادغام با مخاطب موجود</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation type="unfinished">رد کردن این ردیف</translation>
    </message>
    <message>
        <source>Create a new contact anyway</source>
        <translation type="unfinished">در هر حال ساختن مخاطب جدید</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished">درون‌ریزی مخاطبان</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;درون‌ریزی</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished">انتخاب پرونده</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or text: from Excel, Google Contacts, Outlook or an organizing tool.</source>
        <translation type="unfinished">صفحه‌گسترده‌ای که به‌صورت CSV یا متن ذخیره شده است: از Excel، Google Contacts، Outlook یا یک ابزار سازمان‌دهی.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished">پرونده‌ای که باید درون‌ریزی شود</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;مرور…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">صفحه‌گسترده‌ها (*.csv *.txt *.tsv);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">محتوای هر ستون</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check them against the first rows.</source>
        <translation type="unfinished">ستون‌هایی که نام آشنا دارند از پیش تطبیق داده شده‌اند؛ آن‌ها را با ردیف‌های نخست مقایسه کنید.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">ستون</translation>
    </message>
    <message>
        <source>Put everyone in &amp;chapter:</source>
        <translation type="unfinished">همه در &amp;شعبهٔ زیر قرار گیرند:</translation>
    </message>
    <message>
        <source>When a row matches a &amp;contact:</source>
        <translation type="unfinished">وقتی ردیفی با یک &amp;مخاطب مطابقت دارد:</translation>
    </message>
    <message>
        <source>Review before importing</source>
        <translation type="unfinished">بازبینی پیش از درون‌ریزی</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes everything at once, or nothing if it is cancelled.</source>
        <translation type="unfinished">هنوز چیزی نوشته نشده است. درون‌ریزی همه‌چیز را یک‌جا می‌نویسد، یا اگر لغو شود هیچ چیز را.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">سطر</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished">در پرونده</translation>
    </message>
    <message>
        <source>Already a contact</source>
        <translation type="unfinished">از قبل مخاطب است</translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished">اقدام</translation>
    </message>
    <message>
        <source>Merge All</source>
        <translation type="unfinished">ادغام همه</translation>
    </message>
    <message>
        <source>Skip All</source>
        <translation type="unfinished">رد کردن همه</translation>
    </message>
    <message>
        <source>Create All</source>
        <translation type="unfinished">ساختن همه</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">مشکل</translation>
    </message>
    <message>
        <source>&amp;Save Problems…</source>
        <translation type="unfinished">&amp;ذخیرهٔ مشکلات…</translation>
    </message>
    <message>
        <source>Rows that look like someone already here:</source>
        <translation type="unfinished">ردیف‌هایی که به نظر می‌رسد مربوط به فردی موجود باشند:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported as they are:</source>
        <translation type="unfinished">ردیف‌هایی که به همین شکل قابل درون‌ریزی نیستند:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">خواندن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished">تب</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished">نقطه‌ویرگول</translation>
    </message>
    <message>
        <source>bar</source>
        <translation type="unfinished">خط عمودی</translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished">ویرگول</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns; text in %3, fields separated by %4.</source>
        <translation type="unfinished">%1 ردیف در %2 ستون؛ متن با %3، فیلدها جداشده با %4.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">بدون شعبه</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">درون‌ریزی %1</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished">در حال بررسی ردیف‌ها…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">لغو</translation>
    </message>
    <message>
        <source>Checking the rows… %1 of %2</source>
        <translation type="unfinished">در حال بررسی ردیف‌ها… %1 از %2</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">درون‌ریزی ممکن نیست</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 problems.</source>
        <translation type="unfinished">%1 ردیف خوانده شد: %2 مخاطب جدید، %3 ادغام‌شده با موارد موجود، %4 ردشده؛ %5 مشکل.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation type="unfinished">ذخیرهٔ مشکلات</translation>
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
        <translation type="unfinished">ذخیره ممکن نیست</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation type="unfinished">در حال درون‌ریزی مخاطبان…</translation>
    </message>
    <message>
        <source>Importing contacts… %1 of %2</source>
        <translation type="unfinished">در حال درون‌ریزی مخاطبان… %1 از %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">درون‌ریزی انجام نشد</translation>
    </message>
    <message>
        <source>The first rows, as read in this encoding</source>
        <translation type="unfinished">نخستین ردیف‌ها، آن‌گونه که با این رمزگذاری خوانده می‌شوند</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation type="unfinished">&amp;رمزگذاری متن:</translation>
    </message>
    <message>
        <source>The first rows as they will be imported; if names look wrong, choose another encoding:</source>
        <translation type="unfinished">نخستین ردیف‌ها آن‌گونه که وارد خواهند شد؛ اگر نام‌ها نادرست به نظر می‌رسند، رمزگذاری دیگری انتخاب کنید:</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished">%1 (تشخیص‌داده‌شده)</translation>
    </message>
</context>
<context>
    <name>majlis::InteractionDialog</name>
    <message>
        <source>Add Interaction</source>
        <translation type="unfinished">افزودن تعامل</translation>
    </message>
    <message>
        <source>In a few words, what happened</source>
        <translation type="unfinished">در چند کلمه، چه اتفاقی افتاد</translation>
    </message>
    <message>
        <source>Add &amp;People…</source>
        <translation type="unfinished">افزودن &amp;افراد…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;تاریخ:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished">&amp;خلاصه:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;یادداشت‌ها:</translation>
    </message>
    <message>
        <source>Who took part:</source>
        <translation type="unfinished">چه کسانی شرکت داشتند:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished">&amp;افزودن</translation>
    </message>
    <message>
        <source>Who Took Part</source>
        <translation type="unfinished">چه کسانی شرکت داشتند</translation>
    </message>
    <message>
        <source>People who took part</source>
        <translation type="unfinished">افراد شرکت‌کننده</translation>
    </message>
</context>
<context>
    <name>majlis::ItineraryPanel</name>
    <message>
        <source>Itinerary of</source>
        <translation type="unfinished">برنامهٔ سفرِ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;چاپ…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">ذخیرهٔ &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Calendar…</source>
        <translation type="unfinished">ذخیرهٔ &amp;تقویم…</translation>
    </message>
    <message>
        <source>Save Schedule as CS&amp;V…</source>
        <translation type="unfinished">ذخیرهٔ زمان‌بندی به‌صورت &amp;CSV…</translation>
    </message>
    <message>
        <source>Every attendee (one page each)</source>
        <translation type="unfinished">همهٔ شرکت‌کنندگان (هر کدام یک صفحه)</translation>
    </message>
    <message>
        <source>Every team (one page each)</source>
        <translation type="unfinished">همهٔ تیم‌ها (هر کدام یک صفحه)</translation>
    </message>
    <message>
        <source>No meetings yet. Build the schedule on the Schedule tab, then print or save itineraries here.</source>
        <translation type="unfinished">هنوز دیداری وجود ندارد. زمان‌بندی را در زبانهٔ «زمان‌بندی» بسازید، سپس برنامه‌های سفر را اینجا چاپ یا ذخیره کنید.</translation>
    </message>
    <message>
        <source>Print Itineraries</source>
        <translation type="unfinished">چاپ برنامه‌های سفر</translation>
    </message>
    <message>
        <source>Save Itineraries as PDF</source>
        <translation type="unfinished">ذخیرهٔ برنامه‌های سفر به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">ذخیرهٔ PDF ممکن نیست</translation>
    </message>
    <message>
        <source>Save Calendar</source>
        <translation type="unfinished">ذخیرهٔ تقویم</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Save Schedule as CSV</source>
        <translation type="unfinished">ذخیرهٔ زمان‌بندی به‌صورت CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation type="unfinished">ذخیرهٔ پرونده ممکن نیست</translation>
    </message>
    <message>
        <source>Itinerary preview</source>
        <translation type="unfinished">پیش‌نمایش برنامهٔ سفر</translation>
    </message>
</context>
<context>
    <name>majlis::LabeledListEdit</name>
    <message>
        <source>Label</source>
        <translation type="unfinished">برچسب</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">حذف</translation>
    </message>
</context>
<context>
    <name>majlis::LegislativeBody</name>
    <message>
        <source>Upper chamber</source>
        <translation type="unfinished">مجلس بالا</translation>
    </message>
    <message>
        <source>Lower chamber</source>
        <translation type="unfinished">مجلس پایین</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">مجلس</translation>
    </message>
</context>
<context>
    <name>majlis::Legislator</name>
    <message>
        <source>Sen. %1 (%2)</source>
        <translation type="unfinished">سناتور %1 (%2)</translation>
    </message>
    <message>
        <source>Rep. %1 (%2)</source>
        <translation type="unfinished">نماینده %1 (%2)</translation>
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
        <translation type="unfinished">نشانی دریافت، نشانی وب نیست. آن را در «ترجیحات» تنظیم کنید.</translation>
    </message>
    <message>
        <source>The download address must start with https://, so nobody on the network can change the list on its way. Set it in Preferences.</source>
        <translation type="unfinished">نشانی دریافت باید با https:// آغاز شود تا هیچ‌کس در شبکه نتواند فهرست را در مسیر تغییر دهد. آن را در «ترجیحات» تنظیم کنید.</translation>
    </message>
    <message>
        <source>The download is larger than any list of legislators; check the address in Preferences.</source>
        <translation type="unfinished">حجم دریافت از هر فهرست قانون‌گذاران بزرگ‌تر است؛ نشانی را در «ترجیحات» بررسی کنید.</translation>
    </message>
    <message>
        <source>Could not download the legislators: %1</source>
        <translation type="unfinished">دریافت قانون‌گذاران ممکن نشد: %1</translation>
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
        <translation type="unfinished">دیگر در سمت نیست: آخرین درون‌ریزی این عضو را نداشت. دیدارهای برنامه‌ریزی‌شده با او نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Double-click to set the building and room.</source>
        <translation type="unfinished">برای تنظیم ساختمان و اتاق، دوبار کلیک کنید.</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">کرسی</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">حزب</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">مجلس</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">ساختمان</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">اتاق</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ایمیل</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorsDialog</name>
    <message>
        <source>&amp;Update from the Internet</source>
        <translation type="unfinished">&amp;به‌روزرسانی از اینترنت</translation>
    </message>
    <message>
        <source>Set &amp;Office…</source>
        <translation type="unfinished">تنظیم &amp;دفتر…</translation>
    </message>
    <message numerus="yes">
        <source>; %n without a known office building</source>
        <translation type="unfinished">
            <numerusform>؛ %n نفر بدون ساختمان دفتر مشخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import legislators</source>
        <translation type="unfinished">درون‌ریزی قانون‌گذاران ممکن نیست</translation>
    </message>
    <message>
        <source>Downloading the current members of Congress…</source>
        <translation type="unfinished">در حال دریافت اعضای کنونی کنگره…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">لغو</translation>
    </message>
    <message>
        <source>Cannot update legislators</source>
        <translation type="unfinished">به‌روزرسانی قانون‌گذاران ممکن نیست</translation>
    </message>
    <message>
        <source>Import Legislators</source>
        <translation type="unfinished">درون‌ریزی قانون‌گذاران</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished">پرونده‌های CSV (*.csv);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Set Office</source>
        <translation type="unfinished">تنظیم دفتر</translation>
    </message>
    <message>
        <source>Office of %1, as room and building (&quot;2107 Rayburn&quot;):</source>
        <translation type="unfinished">دفتر %1، به‌صورت اتاق و ساختمان («2107 Rayburn»):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Capitol building. Write the room and the building, such as &quot;2107 Rayburn&quot; or &quot;511 Hart&quot;.</source>
        <translation type="unfinished">«%1» نام هیچ ساختمانی در Capitol نیست. اتاق و ساختمان را بنویسید، مانند «2107 Rayburn» یا «511 Hart».</translation>
    </message>
    <message>
        <source>Legislators</source>
        <translation type="unfinished">قانون‌گذاران</translation>
    </message>
    <message>
        <source>Filter by name, seat or building</source>
        <translation type="unfinished">صافی بر پایهٔ نام، کرسی یا ساختمان</translation>
    </message>
    <message>
        <source>Download the current members of Congress from the address in Preferences and import them.</source>
        <translation type="unfinished">اعضای کنونی کنگره را از نشانی تنظیمات بارگیری و درون‌ریزی کنید.</translation>
    </message>
    <message>
        <source>Legislatures and their chambers</source>
        <translation type="unfinished">مجالس قانون‌گذاری و شاخه‌هایشان</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">اعضا</translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation type="unfinished">نمایش اعضای &amp;پیشین</translation>
    </message>
    <message>
        <source>Also list members a newer import no longer lists; meetings planned with them are kept.</source>
        <translation type="unfinished">اعضایی را هم که درون‌ریزیِ تازه‌تر دیگر ندارد فهرست کن؛ دیدارهای برنامه‌ریزی‌شده با آن‌ها نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Set the building and room of the chosen member&apos;s office; double-clicking a member does the same.</source>
        <translation type="unfinished">ساختمان و اتاق دفتر عضو انتخاب‌شده را تنظیم کنید؛ دوبار کلیک روی یک عضو هم همین کار را می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Campus…</source>
        <translation type="unfinished">&amp;ساختمان‌ها…</translation>
    </message>
    <message>
        <source>List the buildings of this legislature&apos;s capitol and which are a short walk apart.</source>
        <translation type="unfinished">ساختمان‌های مجلسِ این نهاد را فهرست کنید و بگویید کدام‌ها پیاده نزدیک هم‌اند.</translation>
    </message>
    <message>
        <source>No members of %1 in this workspace yet; they arrive with an import of the legislature&apos;s members.</source>
        <translation type="unfinished">هنوز هیچ عضوی از %1 در این فضای کاری نیست؛ با درون‌ریزی اعضای مجلس می‌آیند.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform>%n عضو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n no longer in office</source>
        <translation type="unfinished">
            <numerusform>؛ %n نفر دیگر در سمت نیستند</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no building of the capitol&apos;s campus (%2). Write the room and the building, or add the building with Campus….</source>
        <translation type="unfinished">«%1» هیچ ساختمانی از مجموعهٔ مجلس را نام نمی‌برد (%2). اتاق و ساختمان را بنویسید، یا ساختمان را با «ساختمان‌ها…» بیفزایید.</translation>
    </message>
    <message>
        <source>the capitol alone</source>
        <translation type="unfinished">تنها ساختمان مجلس</translation>
    </message>
    <message>
        <source>No members of Congress yet. Use Update from the Internet, or Import and the members built in or legislators-current.csv from the congress-legislators project.</source>
        <translation type="unfinished">هنوز عضوی از کنگره نیست. از «به‌روزرسانی از اینترنت» استفاده کنید، یا «ورود» و اعضای گنجانده‌شده یا legislators-current.csv از پروژهٔ congress-legislators.</translation>
    </message>
    <message>
        <source>Reading the Open States data…</source>
        <translation type="unfinished">در حال خواندن داده‌های Open States…</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation type="unfinished">%1

چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>The file lists no legislature&apos;s members.</source>
        <translation type="unfinished">پرونده اعضای هیچ مجلس قانون‌گذاری را فهرست نمی‌کند.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;درون‌ریزی</translation>
    </message>
    <message>
        <source>Import or update the members of a legislature. What an import changes is shown before anything is written.</source>
        <translation type="unfinished">ورود یا به‌روزرسانی اعضای یک مجلس قانون‌گذاری. آنچه ورود تغییر می‌دهد پیش از نوشتن نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Congress (Built In)</source>
        <translation type="unfinished">&amp;کنگره (گنجانده‌شده)</translation>
    </message>
    <message>
        <source>The members of Congress this version of Majlis was made with, for use with no network.</source>
        <translation type="unfinished">اعضای کنگره‌ای که این نسخه از مجلس با آن‌ها ساخته شد، برای استفاده بدون شبکه.</translation>
    </message>
    <message>
        <source>Congress from congress-legislators &amp;CSV…</source>
        <translation type="unfinished">کنگره از &amp;CSV پروژهٔ congress-legislators…</translation>
    </message>
    <message>
        <source>legislators-current.csv of the congress-legislators project.</source>
        <translation type="unfinished">legislators-current.csv از پروژهٔ congress-legislators.</translation>
    </message>
    <message>
        <source>State Legislatures from &amp;Open States Download…</source>
        <translation type="unfinished">مجالس ایالتی از بارگیری &amp;Open States…</translation>
    </message>
    <message>
        <source>The Open States people data downloaded as a .tar.gz or .zip file: every state legislature.</source>
        <translation type="unfinished">داده‌های افراد Open States بارگیری‌شده به صورت پروندهٔ ‎.tar.gz یا ‎.zip: همهٔ مجالس ایالتی.</translation>
    </message>
    <message>
        <source>State Legislatures from Open States &amp;Folder…</source>
        <translation type="unfinished">مجالس ایالتی از &amp;پوشهٔ Open States…</translation>
    </message>
    <message>
        <source>A folder of the Open States people data: the project, its data folder or one state&apos;s.</source>
        <translation type="unfinished">پوشه‌ای از داده‌های افراد Open States: پروژه، پوشهٔ data آن یا پوشهٔ یک ایالت.</translation>
    </message>
    <message>
        <source>&amp;Member List of a Parliament (CSV)…</source>
        <translation type="unfinished">فهرست &amp;اعضای یک پارلمان (CSV)…</translation>
    </message>
    <message>
        <source>Any legislature&apos;s members from a spreadsheet, one member a row, with what each column holds.</source>
        <translation type="unfinished">اعضای هر مجلس قانون‌گذاری از یک صفحه‌گسترده، هر سطر یک عضو، با آنچه هر ستون دارد.</translation>
    </message>
    <message>
        <source>Import from Open States</source>
        <translation type="unfinished">ورود از Open States</translation>
    </message>
    <message>
        <source>Open States downloads (*.tar.gz *.tgz *.zip);;All files (*)</source>
        <translation type="unfinished">بارگیری‌های Open States ‏(*.tar.gz *.tgz *.zip);;همهٔ پرونده‌ها (*)</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatureTreeModel</name>
    <message>
        <source>All chambers. The capitol is in %1 (time zone %2).</source>
        <translation type="unfinished">همهٔ مجلس‌ها. ساختمان مجلس در %1 است (منطقهٔ زمانی %2).</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">مجلس قانون‌گذاری</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">اعضا</translation>
    </message>
</context>
<context>
    <name>majlis::LetterAnswerDialog</name>
    <message>
        <source>Answer of %1</source>
        <translation type="unfinished">پاسخ %1</translation>
    </message>
    <message>
        <source>Name and title as it appears on the letter</source>
        <translation type="unfinished">نام و عنوان همان‌گونه که در نامه آمده است</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished">&amp;پاسخ:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished">&amp;در تاریخ:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished">&amp;امضاکننده:</translation>
    </message>
</context>
<context>
    <name>majlis::LetterDialog</name>
    <message>
        <source>New Sign-on Letter</source>
        <translation type="unfinished">نامهٔ امضای جمعی جدید</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">بدون مهلت</translation>
    </message>
    <message>
        <source>The text of the letter, or the part partners need to read</source>
        <translation type="unfinished">متن نامه، یا بخشی که شرکا باید بخوانند</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished">&amp;پیوند:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished">&amp;مهلت:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">&amp;متن:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;ایجاد</translation>
    </message>
</context>
<context>
    <name>majlis::MainWindow</name>
    <message>
        <source>Majlis workspaces (*.majlis);;All files (*)</source>
        <translation type="unfinished">فضاهای کاری Majlis (*.majlis);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">Majlis</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished">فضاهای کاری</translation>
    </message>
    <message>
        <source>Advocacy Days</source>
        <translation type="unfinished">روزهای حمایت‌گری</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">مخاطبان</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">شرکا</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished">رویدادها</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">گزارش‌ها</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished">&amp;فضای کاری جدید…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished">&amp;باز کردن فضای کاری…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">باز کردن &amp;موارد اخیر</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation type="unfinished">فضای کاری &amp;نمایشی جدید…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts from CSV…</source>
        <translation type="unfinished">&amp;درون‌ریزی مخاطبان از CSV…</translation>
    </message>
    <message>
        <source>Import Contacts from &amp;vCard…</source>
        <translation type="unfinished">درون‌ریزی مخاطبان از &amp;vCard…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation type="unfinished">&amp;برون‌بری مخاطبان…</translation>
    </message>
    <message>
        <source>Export Workspace &amp;Archive…</source>
        <translation type="unfinished">برون‌بری &amp;بایگانی فضای کاری…</translation>
    </message>
    <message>
        <source>Import Wor&amp;kspace Archive…</source>
        <translation type="unfinished">درون‌ریزی بایگانی &amp;فضای کاری…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;ترجیحات…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;ازنو</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished">&amp;مخاطب جدید…</translation>
    </message>
    <message>
        <source>&amp;Delete Contacts…</source>
        <translation type="unfinished">&amp;حذف مخاطبان…</translation>
    </message>
    <message>
        <source>Add &amp;Tags to Selected…</source>
        <translation type="unfinished">افزودن &amp;برچسب به موارد انتخاب‌شده…</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation type="unfinished">&amp;یافتن مخاطبان</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation type="unfinished">یافتن &amp;تکراری‌ها…</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished">تکراری‌ها</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;About Majlis</source>
        <translation type="unfinished">&amp;دربارهٔ Majlis</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished">دربارهٔ &amp;Qt</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished">هیچ فضای کاری باز نیست</translation>
    </message>
    <message>
        <source>Open a workspace with File &gt; Open Workspace (Ctrl+O), create one with File &gt; New Workspace, or explore a demo with File &gt; New Demo Workspace.</source>
        <translation type="unfinished">با «پرونده &gt; باز کردن فضای کاری» (Ctrl+O) یک فضای کاری باز کنید، با «پرونده &gt; فضای کاری جدید» یکی بسازید، یا با «پرونده &gt; فضای کاری نمایشی جدید» یک نمونهٔ نمایشی را بررسی کنید.</translation>
    </message>
    <message>
        <source>Plan Capitol advocacy days: legislators, constituent meetings, schedules and itineraries. Open or create a workspace first.</source>
        <translation type="unfinished">برنامه‌ریزی روزهای حمایت‌گری در کنگره: قانون‌گذاران، دیدارهای رأی‌دهندگان حوزه، زمان‌بندی‌ها و برنامه‌های سفر. ابتدا یک فضای کاری باز کنید یا بسازید.</translation>
    </message>
    <message>
        <source>Keep track of coalition partners, sign-on letters and the history of every relationship. Open or create a workspace first.</source>
        <translation type="unfinished">پیگیری شرکای ائتلاف، نامه‌های امضای جمعی و سابقهٔ هر رابطه. ابتدا یک فضای کاری باز کنید یا بسازید.</translation>
    </message>
    <message>
        <source>Run community events with offline check-in and voter-registration drives. Open or create a workspace first.</source>
        <translation type="unfinished">برگزاری رویدادهای اجتماعی با ثبت ورود آفلاین و پویش‌های ثبت‌نام رأی‌دهندگان. ابتدا یک فضای کاری باز کنید یا بسازید.</translation>
    </message>
    <message>
        <source>Attendance, voter registration, partners and sign-on letters in charts. Open or create a workspace first.</source>
        <translation type="unfinished">حضور، ثبت‌نام رأی‌دهندگان، شرکا و نامه‌های امضای جمعی در قالب نمودار. ابتدا یک فضای کاری باز کنید یا بسازید.</translation>
    </message>
    <message>
        <source>%1 — Majlis</source>
        <translation type="unfinished">%1 — Majlis</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished">باز کردن فضای کاری ممکن نیست</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished">فضای کاری نمایشی</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the demo workspace.</source>
        <translation type="unfinished">%1 از قبل وجود دارد. یک نام پروندهٔ جدید برای فضای کاری نمایشی انتخاب کنید.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished">ساختن فضای کاری ممکن نیست</translation>
    </message>
    <message>
        <source>Creating fictional contacts…</source>
        <translation type="unfinished">در حال ساختن مخاطبان ساختگی…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">لغو</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished">فضای کاری جدید</translation>
    </message>
    <message>
        <source>%1 already exists. To open it, use File &gt; Open Workspace.</source>
        <translation type="unfinished">%1 از قبل وجود دارد. برای باز کردن آن، از «پرونده &gt; باز کردن فضای کاری» استفاده کنید.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished">باز کردن فضای کاری</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation type="unfinished">فضای کاری نمایشی جدید</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%1 از %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <source>About Majlis</source>
        <translation type="unfinished">دربارهٔ Majlis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;An offline-first organizer for Muslim civic and advocacy organizations: contacts, advocacy days, coalition partners and community events.&lt;/p&gt;&lt;p&gt;Majlis is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;سازمان‌دهنده‌ای با اولویت کار آفلاین برای سازمان‌های مدنی و حمایت‌گری مسلمانان: مخاطبان، روزهای حمایت‌گری، شرکای ائتلاف و رویدادهای اجتماعی.&lt;/p&gt;&lt;p&gt;Majlis نرم‌افزاری آزاد است که تحت مجوز عمومی همگانی گنو (GNU General Public License)، نسخهٔ ۳ یا (به انتخاب شما) هر نسخهٔ بعدی، منتشر شده است. این نرم‌افزار هیچ ضمانتی ندارد.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 merged, %3 skipped.</source>
        <translation type="unfinished">درون‌ریزی شد: %1 جدید، %2 ادغام‌شده، %3 ردشده.</translation>
    </message>
    <message>
        <source>Import Contacts from vCard</source>
        <translation type="unfinished">درون‌ریزی مخاطبان از vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished">پرونده‌های vCard (*.vcf *.vcard);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">درون‌ریزی ممکن نیست</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">خواندن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">درون‌ریزی %1</translation>
    </message>
    <message>
        <source>%1 cards: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 with problems. Import?</source>
        <translation type="unfinished">%1 کارت: %2 مخاطب جدید، %3 ادغام‌شده با موارد موجود، %4 ردشده؛ %5 دارای مشکل. درون‌ریزی شود؟</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation type="unfinished">کارت %1: %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">درون‌ریزی انجام نشد</translation>
    </message>
    <message>
        <source>%1 archive %2.majlis</source>
        <translation type="unfinished">%1 بایگانی %2.majlis</translation>
    </message>
    <message>
        <source>Export Workspace Archive</source>
        <translation type="unfinished">برون‌بری بایگانی فضای کاری</translation>
    </message>
    <message>
        <source>Majlis workspaces (*.majlis)</source>
        <translation type="unfinished">فضاهای کاری Majlis (*.majlis)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished">برون‌بری ممکن نیست</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">بایگانی فضای کاری %1 نوشته شد.</translation>
    </message>
    <message>
        <source>Import Workspace Archive</source>
        <translation type="unfinished">درون‌ریزی بایگانی فضای کاری</translation>
    </message>
    <message>
        <source>Cannot import the archive</source>
        <translation type="unfinished">درون‌ریزی بایگانی ممکن نیست</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">بایگانی %1 درون‌ریزی شد.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished">&amp;همگام‌سازی</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation type="unfinished">همگام‌سازی &amp;اکنون</translation>
    </message>
    <message>
        <source>Sync &amp;Server…</source>
        <translation type="unfinished">&amp;سرور همگام‌سازی…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished">&amp;تعارض‌ها…</translation>
    </message>
    <message>
        <source>Sync &amp;Automatically</source>
        <translation type="unfinished">همگام‌سازی &amp;خودکار</translation>
    </message>
    <message>
        <source>E&amp;xport Everything About This Person…</source>
        <translation type="unfinished">&amp;برون‌بری همه‌چیز دربارهٔ این نفر…</translation>
    </message>
    <message>
        <source>Erase This &amp;Person…</source>
        <translation type="unfinished">پاک کردن داده‌های این &amp;شخص…</translation>
    </message>
    <message>
        <source>Show &amp;Hijri Dates</source>
        <translation type="unfinished">نمایش تاریخ‌های &amp;هجری</translation>
    </message>
    <message>
        <source>&amp;Workspace Settings…</source>
        <translation type="unfinished">تنظیمات &amp;فضای کاری…</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">پر کردن &amp;حوزه‌ها از کدهای پستی…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>کارزارها</translation>
    </message>
    <message>
        <source>Run phone banks, door knocking and get-out-the-vote drives: lists built from your contacts, scripts, and results entered offline. Open or create a workspace first.</source>
        <translation>کارزارهای تلفنی، در زدن خانه‌به‌خانه و بسیج رأی‌دهی را اداره کنید: فهرست‌هایی از مخاطبانتان، متن‌های تماس و نتایجی که بدون اینترنت وارد می‌شوند. ابتدا یک فضای کاری باز کنید یا بسازید.</translation>
    </message>
</context>
<context>
    <name>majlis::MemberField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">درون‌ریزی نشود</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished">شناسهٔ عضو</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">نام کامل</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">نام خانوادگی</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">مجلس</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation type="unfinished">حوزهٔ انتخابیه</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">حزب</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation type="unfinished">نشانی دفتر</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ایمیل</translation>
    </message>
</context>
<context>
    <name>majlis::MemberListDialog</name>
    <message>
        <source>Import a Member List</source>
        <translation type="unfinished">ورود فهرست اعضا</translation>
    </message>
    <message>
        <source>A new legislature</source>
        <translation type="unfinished">مجلس قانون‌گذاری جدید</translation>
    </message>
    <message>
        <source>such as gb-parliament</source>
        <translation type="unfinished">مانند gb-parliament</translation>
    </message>
    <message>
        <source>such as UK Parliament</source>
        <translation type="unfinished">مانند UK Parliament</translation>
    </message>
    <message>
        <source>such as GB</source>
        <translation type="unfinished">مانند GB</translation>
    </message>
    <message>
        <source>The member list to import</source>
        <translation type="unfinished">فهرست اعضایی که وارد می‌شود</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;مرور…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">صفحه‌گسترده‌ها (*.csv *.txt *.tsv);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;مجلس قانون‌گذاری:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished">&amp;کد:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;نام:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">&amp;کشور:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished">&amp;پرونده:</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">محتوای هر ستون</translation>
    </message>
    <message>
        <source>The first members, as they will be imported</source>
        <translation type="unfinished">نخستین اعضا، همان‌گونه که وارد خواهند شد</translation>
    </message>
    <message>
        <source>&amp;Review Import…</source>
        <translation type="unfinished">&amp;بازبینی ورود…</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check what each holds:</source>
        <translation type="unfinished">ستون‌های با نام آشنا از پیش جور شده‌اند؛ محتوای هر یک را بررسی کنید:</translation>
    </message>
    <message>
        <source>The first members, as they will be imported:</source>
        <translation type="unfinished">نخستین اعضا، همان‌گونه که وارد خواهند شد:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">خواندن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns.</source>
        <translation type="unfinished">%1 سطر در %2 ستون.</translation>
    </message>
    <message>
        <source>Give the new legislature a code of letters, digits and dashes, such as gb-parliament.</source>
        <translation type="unfinished">به مجلس جدید کدی از حروف، ارقام و خط تیره بدهید، مانند gb-parliament.</translation>
    </message>
    <message>
        <source>Give the new legislature its name, such as UK Parliament.</source>
        <translation type="unfinished">نام مجلس جدید را بدهید، مانند UK Parliament.</translation>
    </message>
    <message>
        <source>The workspace has %1 as %2 already; choose it in the list.</source>
        <translation type="unfinished">فضای کار از پیش %1 را با نام %2 دارد؛ آن را از فهرست برگزینید.</translation>
    </message>
    <message>
        <source>Choose the member list to import, saved as CSV.</source>
        <translation type="unfinished">فهرست اعضایی را که به صورت CSV ذخیره شده برای ورود برگزینید.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) read</source>
        <translation type="unfinished">
            <numerusform>%n عضو خوانده شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) skipped, listed when you review the import</source>
        <translation type="unfinished">
            <numerusform>؛ %n سطر نادیده گرفته شد و هنگام بازبینی ورود فهرست می‌شود</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::MergeDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation type="unfinished">ادغام مخاطبان</translation>
    </message>
    <message>
        <source>These records look like the same person. Choose the record that stays and, for each field, the value to keep. Nothing is lost: emails, phones and tags of both are kept, and the other record&apos;s history and event records move to the one that stays.</source>
        <translation type="unfinished">این سوابق به نظر مربوط به یک نفر هستند. سابقه‌ای را که باقی می‌ماند انتخاب کنید و برای هر فیلد، مقداری را که باید نگه داشته شود. چیزی از دست نمی‌رود: ایمیل‌ها، تلفن‌ها و برچسب‌های هر دو حفظ می‌شوند و سابقه و سوابق رویدادهای سابقهٔ دیگر به سابقهٔ باقی‌مانده منتقل می‌شود.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished">%1 افزوده شد</translation>
    </message>
    <message>
        <source>Record that stays</source>
        <translation type="unfinished">سابقه‌ای که باقی می‌ماند</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation type="unfinished">نگه داشتن این سابقه</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished">نگه داشتن %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">نام ترجیحی</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">نشانی</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">ایالت و حوزه</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">شعبه</translation>
    </message>
    <message>
        <source>Organization and role</source>
        <translation type="unfinished">سازمان و نقش</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">تاریخ تولد</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">یادداشت‌ها</translation>
    </message>
    <message>
        <source>Emails (both kept)</source>
        <translation type="unfinished">ایمیل‌ها (هر دو حفظ می‌شوند)</translation>
    </message>
    <message>
        <source>Phones (both kept)</source>
        <translation type="unfinished">تلفن‌ها (هر دو حفظ می‌شوند)</translation>
    </message>
    <message>
        <source>Tags (both kept)</source>
        <translation type="unfinished">برچسب‌ها (هر دو حفظ می‌شوند)</translation>
    </message>
    <message>
        <source>Languages, skills and interests (both kept)</source>
        <translation type="unfinished">زبان‌ها، مهارت‌ها و علایق (هر دو حفظ می‌شوند)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished">ادغام</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">یکی از این مخاطبان دیگر وجود ندارد؛ ممکن است در این فاصله ادغام یا حذف شده باشد.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(هیچ)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>The second record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">سابقهٔ دوم با نام «%1» و با مقادیر انتخاب‌شده در بالا باقی می‌ماند.</translation>
    </message>
    <message>
        <source>The first record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">سابقهٔ نخست با نام «%1» و با مقادیر انتخاب‌شده در بالا باقی می‌ماند.</translation>
    </message>
    <message>
        <source>The other is removed once its emails, phones, tags, consents, history and event records have moved to it. Edit &gt; Undo takes the merge back.</source>
        <translation type="unfinished">سابقهٔ دیگر پس از انتقال ایمیل‌ها، تلفن‌ها، برچسب‌ها، رضایت‌ها، سابقه و سوابق رویدادهایش حذف می‌شود. «ویرایش &gt; واگرد» ادغام را برمی‌گرداند.</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimeDialog</name>
    <message>
        <source>Office Time</source>
        <translation type="unfinished">زمان دفتر</translation>
    </message>
    <message>
        <source>Confirmed meeting time</source>
        <translation type="unfinished">زمان تأییدشدهٔ دیدار</translation>
    </message>
    <message>
        <source>Cannot meet (blackout)</source>
        <translation type="unfinished">امکان دیدار نیست (زمان مسدود)</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished">&amp;دفتر:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;نوع:</translation>
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
        <translation type="unfinished">زمان‌های دفاتر</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished">افزودن…</translation>
    </message>
    <message>
        <source>A time an office confirmed for your meeting, or a time it cannot meet.</source>
        <translation type="unfinished">زمانی که دفتری برای دیدار شما تأیید کرده، یا زمانی که امکان دیدار ندارد.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">دفتری که دیگر در فهرست نیست</translation>
    </message>
    <message>
        <source>%1: confirmed %2–%3</source>
        <translation type="unfinished">%1: تأییدشده %2–%3</translation>
    </message>
    <message>
        <source>%1: cannot meet %2–%3</source>
        <translation type="unfinished">%1: امکان دیدار نیست %2–%3</translation>
    </message>
    <message>
        <source>No confirmed times or blackouts: every office can meet all day.</source>
        <translation type="unfinished">هیچ زمان تأییدشده یا مسدودی وجود ندارد: همهٔ دفاتر در تمام روز امکان دیدار دارند.</translation>
    </message>
    <message>
        <source>Cannot add the office time</source>
        <translation type="unfinished">افزودن زمان دفتر ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot remove the office time</source>
        <translation type="unfinished">حذف زمان دفتر ممکن نیست</translation>
    </message>
</context>
<context>
    <name>majlis::Organization</name>
    <message>
        <source>Mosque or Islamic center</source>
        <translation type="unfinished">مسجد یا مرکز اسلامی</translation>
    </message>
    <message>
        <source>Interfaith</source>
        <translation type="unfinished">بین‌الادیانی</translation>
    </message>
    <message>
        <source>Civil rights</source>
        <translation type="unfinished">حقوق مدنی</translation>
    </message>
    <message>
        <source>Immigrant rights</source>
        <translation type="unfinished">حقوق مهاجران</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation type="unfinished">کارگری</translation>
    </message>
    <message>
        <source>Student association</source>
        <translation type="unfinished">انجمن دانشجویی</translation>
    </message>
    <message>
        <source>Other faith-based</source>
        <translation type="unfinished">دیگر نهادهای مذهبی</translation>
    </message>
    <message>
        <source>Government office</source>
        <translation type="unfinished">دفتر دولتی</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">رسانه</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">دیگر</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished">بالقوه</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">فعال</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished">غیرفعال</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">دیدار</translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished">تماس</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">ایمیل</translation>
    </message>
    <message>
        <source>Joint event</source>
        <translation type="unfinished">رویداد مشترک</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation type="unfinished">امضای جمعی</translation>
    </message>
</context>
<context>
    <name>majlis::Outcome</name>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">موافق</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished">مردد</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation type="unfinished">مخالف</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished">بی‌پاسخ</translation>
    </message>
</context>
<context>
    <name>majlis::OutcomeChart</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">پیامدها بر اساس درخواست</translation>
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
        <translation type="unfinished">ثبت نشده: %1</translation>
    </message>
    <message>
        <source>No outcomes reported yet.</source>
        <translation type="unfinished">هنوز پیامدی گزارش نشده است.</translation>
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
        <translation type="unfinished">چیزی ثبت نشده</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerBrowser</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">شرکا</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">نوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">وضعیت</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">شهر</translation>
    </message>
    <message>
        <source>Issue areas</source>
        <translation type="unfinished">حوزه‌های موضوعی</translation>
    </message>
    <message>
        <source>&amp;New Partner</source>
        <translation type="unfinished">&amp;شریک جدید</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;جزئیات</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished">&amp;افراد</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished">&amp;سابقه</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation type="unfinished">هنوز شریکی وجود ندارد</translation>
    </message>
    <message>
        <source>Keep track of the mosques, interfaith councils, civil-rights and labor groups you work with: click New Partner, give its name, then fill in its details, the people you know there and the history of the relationship.</source>
        <translation type="unfinished">مساجد، شوراهای بین‌الادیانی و گروه‌های حقوق مدنی و کارگری که با آن‌ها کار می‌کنید را پیگیری کنید: روی «شریک جدید» کلیک کنید، نامش را وارد کنید، سپس جزئیات آن، افرادی که آنجا می‌شناسید و سابقهٔ رابطه را تکمیل کنید.</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation type="unfinished">هیچ شریکی انتخاب نشده است</translation>
    </message>
    <message>
        <source>Choose a partner in the list to see its details, its people and its history.</source>
        <translation type="unfinished">برای دیدن جزئیات، افراد و سابقهٔ یک شریک، آن را در فهرست انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n شریک</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners match these filters.</source>
        <translation type="unfinished">هیچ شریکی با این پالایه‌ها مطابقت ندارد.</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation type="unfinished">هنوز شریکی وجود ندارد.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished">تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; first?</source>
        <translation type="unfinished">ابتدا تغییرات «%1» ذخیره شود؟</translation>
    </message>
    <message>
        <source>Cannot add the partner</source>
        <translation type="unfinished">افزودن شریک ممکن نیست</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation type="unfinished">شریک جدید</translation>
    </message>
    <message>
        <source>Name of the organization:</source>
        <translation type="unfinished">نام سازمان:</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation type="unfinished">حذف شریک</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its people and history go with it, and it leaves the sign-on letters. The contacts themselves are not touched.</source>
        <translation type="unfinished">«%1» حذف شود؟ افراد و سابقه‌اش نیز حذف می‌شوند و از نامه‌های امضای جمعی خارج می‌شود. به خود مخاطبان دست زده نمی‌شود.</translation>
    </message>
    <message>
        <source>Cannot delete the partner</source>
        <translation type="unfinished">حذف شریک ممکن نیست</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerDetailsPanel</name>
    <message>
        <source>civil rights, immigration, voting</source>
        <translation type="unfinished">حقوق مدنی، مهاجرت، رأی‌گیری</translation>
    </message>
    <message>
        <source>Separate issue areas with commas.</source>
        <translation type="unfinished">حوزه‌های موضوعی را با ویرگول جدا کنید.</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US or CA.</source>
        <translation type="unfinished">کد دوحرفی کشور، مانند US یا CA.</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">&amp;انتخاب…</translation>
    </message>
    <message>
        <source>The person in your organization who keeps this relationship.</source>
        <translation type="unfinished">فردی در سازمان شما که این رابطه را حفظ می‌کند.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished">&amp;پاک کردن</translation>
    </message>
    <message>
        <source>What matters to them, what they asked of us, what we promised</source>
        <translation type="unfinished">چه چیزی برایشان مهم است، از ما چه خواستند، ما چه قولی دادیم</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;نوع:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished">&amp;وضعیت:</translation>
    </message>
    <message>
        <source>&amp;Issue areas:</source>
        <translation type="unfinished">&amp;حوزه‌های موضوعی:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;شهر:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished">&amp;منطقه:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">&amp;کشور:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished">&amp;وب‌سایت:</translation>
    </message>
    <message>
        <source>Cha&amp;pter:</source>
        <translation type="unfinished">&amp;شعبه:</translation>
    </message>
    <message>
        <source>Relationship owner:</source>
        <translation type="unfinished">مسئول رابطه:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished">&amp;یادداشت‌ها:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;بازگرداندن</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">بدون شعبه</translation>
    </message>
    <message>
        <source>Unknown chapter</source>
        <translation type="unfinished">شعبهٔ ناشناخته</translation>
    </message>
    <message>
        <source>Cannot save the partner</source>
        <translation type="unfinished">ذخیرهٔ شریک ممکن نیست</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">هنوز کسی نیست</translation>
    </message>
    <message>
        <source>A deleted contact</source>
        <translation type="unfinished">یک مخاطب حذف‌شده</translation>
    </message>
    <message>
        <source>Relationship Owner</source>
        <translation type="unfinished">مسئول رابطه</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;انتخاب</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerFilterBar</name>
    <message>
        <source>Search name, city, website or notes</source>
        <translation type="unfinished">جستجوی نام، شهر، وب‌سایت یا یادداشت‌ها</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation type="unfinished">جستجوی شرکا</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation type="unfinished">نوع شریک</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished">همهٔ انواع</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">حوزهٔ موضوعی</translation>
    </message>
    <message>
        <source>All issue areas</source>
        <translation type="unfinished">همهٔ حوزه‌های موضوعی</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">وضعیت</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">هر وضعیتی</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">شعبه</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">همهٔ شعبه‌ها</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerHistoryPanel</name>
    <message>
        <source>&amp;Add Interaction…</source>
        <translation type="unfinished">&amp;افزودن تعامل…</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">سابقه</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">نوع</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">خلاصه</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished">چه کسانی شرکت داشتند</translation>
    </message>
    <message>
        <source>Nothing recorded yet: add meetings, calls and joint events as they happen.</source>
        <translation type="unfinished">هنوز چیزی ثبت نشده است: دیدارها، تماس‌ها و رویدادهای مشترک را همزمان با رخ دادن اضافه کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation type="unfinished">
            <numerusform>%n تعامل</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the interaction</source>
        <translation type="unfinished">افزودن تعامل ممکن نیست</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerPeoplePanel</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished">&amp;افزودن فرد…</translation>
    </message>
    <message>
        <source>&amp;Left the Organization…</source>
        <translation type="unfinished">&amp;سازمان را ترک کرد…</translation>
    </message>
    <message>
        <source>Records that the person left today; they stay in the partner&apos;s history.</source>
        <translation type="unfinished">ثبت می‌کند که این فرد امروز رفته است؛ او در سابقهٔ شریک باقی می‌ماند.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">نقش</translation>
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
            <numerusform>%n نفر اکنون آنجا هستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n who left</source>
        <translation type="unfinished">
            <numerusform>؛ %n نفر که رفته‌اند</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody recorded yet: add the people you work with there.</source>
        <translation type="unfinished">هنوز کسی ثبت نشده است: افرادی را که آنجا با آن‌ها کار می‌کنید اضافه کنید.</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation type="unfinished">افزودن فرد ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot record the departure</source>
        <translation type="unfinished">ثبت رفتن ممکن نیست</translation>
    </message>
    <message>
        <source>Add People</source>
        <translation type="unfinished">افزودن افراد</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;بعدی</translation>
    </message>
    <message>
        <source>Role at the partner (director, imam, organizer…):</source>
        <translation type="unfinished">نقش در سازمان شریک (مدیر، امام، سازمان‌دهنده…):</translation>
    </message>
    <message>
        <source>Left the Organization</source>
        <translation type="unfinished">سازمان را ترک کرد</translation>
    </message>
    <message>
        <source>Record that %1 left on %2? They stay in the partner&apos;s history.</source>
        <translation type="unfinished">ثبت شود که %1 در %2 رفته است؟ او در سابقهٔ شریک باقی می‌ماند.</translation>
    </message>
</context>
<context>
    <name>majlis::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">شرکا</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">نامه‌های امضای جمعی</translation>
    </message>
    <message>
        <source>Coalition map</source>
        <translation type="unfinished">نقشهٔ ائتلاف</translation>
    </message>
</context>
<context>
    <name>majlis::PostcodeLookup</name>
    <message>
        <source>This build of Majlis has no ZIP code to congressional district file (it is added when the program is built with MAJLIS_DISTRICT_FILE). Import one with &quot;majlis-cli districts import FILE --body us-congress --chamber house&quot;: a CSV with zip, state and district columns, such as zccd.csv of the us-zipcodes-congress project.</source>
        <translation type="unfinished">این نسخه از مجلس فایل کد ZIP به حوزه کنگره را ندارد (هنگام ساخت برنامه با MAJLIS_DISTRICT_FILE افزوده می‌شود). یکی را با &quot;majlis-cli districts import FILE --body us-congress --chamber house&quot; وارد کنید: یک CSV با ستون‌های zip، state و district، مانند zccd.csv از پروژه us-zipcodes-congress.</translation>
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
        <translation type="unfinished">استفاده از &amp;پیش‌فرض</translation>
    </message>
    <message>
        <source>&amp;Legislators download address:</source>
        <translation type="unfinished">نشانی دریافت &amp;قانون‌گذاران:</translation>
    </message>
    <message>
        <source>Advocacy Days &gt; Legislators… &gt; Update from the Internet downloads legislators-current.csv from here. It must be an https:// address.</source>
        <translation type="unfinished">«روزهای حمایت‌گری &gt; قانون‌گذاران… &gt; به‌روزرسانی از اینترنت» پروندهٔ legislators-current.csv را از این نشانی دریافت می‌کند. باید یک نشانی https:// باشد.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">زبان سیستم</translation>
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
        <translation type="unfinished">برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished">برگزارشده</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished">لغوشده</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>ask: bill number, then its title</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished">دیدارها</translation>
    </message>
    <message>
        <source>Select a meeting to report on it.</source>
        <translation type="unfinished">برای گزارش یک دیدار، آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">برگزارشده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">لغوشده</translation>
    </message>
    <message>
        <source>Name and title, e.g. Jordan Lee, legislative director</source>
        <translation type="unfinished">نام و عنوان، مثلاً Jordan Lee، مدیر امور قانون‌گذاری</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">ثبت نشده</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">عضو کنگره</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation type="unfinished">کارمند دفتر</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">&amp;وضعیت:</translation>
    </message>
    <message>
        <source>Met &amp;with:</source>
        <translation type="unfinished">دیدار &amp;با:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">&amp;نقش:</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished">پیامدها</translation>
    </message>
    <message>
        <source>The day has no asks yet. Add them on the Details tab.</source>
        <translation type="unfinished">این روز هنوز درخواستی ندارد. آن‌ها را در زبانهٔ «جزئیات» اضافه کنید.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">پیگیری‌ها</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">انجام شد</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">شرح</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">سررسید</translation>
    </message>
    <message>
        <source>Due date as year-month-day, for example %1</source>
        <translation type="unfinished">تاریخ سررسید به‌صورت سال-ماه-روز، برای نمونه %1</translation>
    </message>
    <message>
        <source>&amp;Add Follow-up</source>
        <translation type="unfinished">&amp;افزودن پیگیری</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">&amp;حذف</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">یادداشت‌ها</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;یادداشت‌ها:</translation>
    </message>
    <message>
        <source>&amp;Save Report</source>
        <translation type="unfinished">&amp;ذخیرهٔ گزارش</translation>
    </message>
    <message>
        <source>Save the report (%1)</source>
        <translation type="unfinished">ذخیرهٔ گزارش (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">&amp;بازگرداندن</translation>
    </message>
    <message>
        <source>Go back to the report as last saved</source>
        <translation type="unfinished">بازگشت به آخرین نسخهٔ ذخیره‌شدهٔ گزارش</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">هیچ روز حمایت‌گری انتخاب نشده است.</translation>
    </message>
    <message>
        <source>No meetings yet: schedule the day first on the Schedule tab.</source>
        <translation type="unfinished">هنوز دیداری وجود ندارد: ابتدا روز را در زبانهٔ «زمان‌بندی» زمان‌بندی کنید.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation type="unfinished">%1:</translation>
    </message>
    <message>
        <source>Unknown office</source>
        <translation type="unfinished">دفتر نامعلوم</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <comment>meeting list: start time, office, report status</comment>
        <translation type="unfinished">%1  %2 — %3</translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation type="unfinished">گزارش ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Save the report of the meeting with %1?</source>
        <translation type="unfinished">گزارش دیدار با %1 ذخیره شود؟</translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <comment>meeting heading: start, end, office</comment>
        <translation type="unfinished">%1–%2  %3</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (سرگروه)</translation>
    </message>
    <message>
        <source>No team assigned.</source>
        <translation type="unfinished">تیمی تعیین نشده است.</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">تیم: %1</translation>
    </message>
    <message>
        <source>Follow-up row %1: “%2” is not a date. Write due dates as year-month-day, for example %3.</source>
        <translation type="unfinished">ردیف پیگیری %1: «%2» تاریخ نیست. تاریخ‌های سررسید را به‌صورت سال-ماه-روز بنویسید، برای نمونه %3.</translation>
    </message>
    <message>
        <source>Follow-up row %1 has a due date but no description. Say what is to be done, or remove the row.</source>
        <translation type="unfinished">ردیف پیگیری %1 تاریخ سررسید دارد اما شرح ندارد. بنویسید چه کاری باید انجام شود، یا ردیف را حذف کنید.</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished">گزارش ذخیره نشد</translation>
    </message>
    <message>
        <source>Not a date. Write it as year-month-day, for example %1.</source>
        <translation type="unfinished">تاریخ نیست. آن را به‌صورت سال-ماه-روز بنویسید، برای نمونه %1.</translation>
    </message>
</context>
<context>
    <name>majlis::ReportsPage</name>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;حضور</translation>
    </message>
    <message>
        <source>Attendance per event</source>
        <translation type="unfinished">حضور در هر رویداد</translation>
    </message>
    <message>
        <source>How many registered for each event, how many came, and how many new people walked in.</source>
        <translation type="unfinished">برای هر رویداد چند نفر ثبت‌نام کردند، چند نفر آمدند و چند نفر تازه‌وارد بدون ثبت‌نام قبلی آمدند.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">رویداد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">تاریخ</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">ثبت‌نام‌شده</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">وارد شده</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation type="unfinished">مخاطبان جدید</translation>
    </message>
    <message>
        <source>People who walked in without registering and were added as new contacts</source>
        <translation type="unfinished">افرادی که بدون ثبت‌نام آمدند و به‌عنوان مخاطب جدید افزوده شدند</translation>
    </message>
    <message>
        <source>By &amp;chapter</source>
        <translation type="unfinished">بر اساس &amp;شعبه</translation>
    </message>
    <message>
        <source>Attendance per chapter by month</source>
        <translation type="unfinished">حضور هر شعبه به تفکیک ماه</translation>
    </message>
    <message>
        <source>How many people each chapter checked in at its events, month by month.</source>
        <translation type="unfinished">هر شعبه ماه به ماه ورود چند نفر را در رویدادهایش ثبت کرده است.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">ماه</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished">پویش</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">مجموع</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">متعهد</translation>
    </message>
    <message>
        <source>&amp;Voter registration</source>
        <translation type="unfinished">ثبت‌نام &amp;رأی‌دهندگان</translation>
    </message>
    <message>
        <source>Voter registration per drive</source>
        <translation type="unfinished">ثبت‌نام رأی‌دهندگان در هر پویش</translation>
    </message>
    <message>
        <source>What each voter-registration drive recorded, person by person, and how many pledged to vote.</source>
        <translation type="unfinished">آنچه هر پویش ثبت‌نام رأی‌دهندگان، فرد به فرد، ثبت کرده و چند نفر متعهد به رأی دادن شدند.</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">افرادی که متعهد به رأی دادن شدند</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished">&amp;شرکا</translation>
    </message>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">شرکا بر اساس حوزهٔ موضوعی</translation>
    </message>
    <message>
        <source>How many coalition partners work on each issue, and who they are.</source>
        <translation type="unfinished">چند شریک ائتلاف روی هر موضوع کار می‌کنند و چه کسانی هستند.</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">حوزهٔ موضوعی</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">شرکا</translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished">نام‌ها</translation>
    </message>
    <message>
        <source>&amp;Sign-on letters</source>
        <translation type="unfinished">نامه‌های &amp;امضای جمعی</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">نامه‌های امضای جمعی</translation>
    </message>
    <message>
        <source>For each letter, how many partners asked have signed, declined, or not answered yet.</source>
        <translation type="unfinished">برای هر نامه، چند شریکِ درخواست‌شده امضا کرده‌اند، رد کرده‌اند یا هنوز پاسخ نداده‌اند.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">نامه</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished">مهلت</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished">درخواست‌شده</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">امضا کرده</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">رد کرده</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished">پاسخ نداده</translation>
    </message>
    <message>
        <source>A chart of the numbers in the table below.</source>
        <translation type="unfinished">نموداری از اعداد جدول زیر.</translation>
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
            <numerusform>نمودار %n رویداد اخیر دارای حضور را نشان می‌دهد؛ جدول همهٔ رویدادها را فهرست می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see attendance here.</source>
        <translation type="unfinished">برای دیدن حضور در اینجا، ورود افراد را در رویدادها ثبت کنید.</translation>
    </message>
    <message>
        <source>No one has registered or checked in yet. Check people in at events to see attendance here.</source>
        <translation type="unfinished">هنوز کسی ثبت‌نام نکرده یا ورودش ثبت نشده است. برای دیدن حضور در اینجا، ورود افراد را در رویدادها ثبت کنید.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">بدون شعبه</translation>
    </message>
    <message>
        <source>People checked in</source>
        <translation type="unfinished">افراد واردشده</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n months; the table lists every month.</source>
        <translation type="unfinished">
            <numerusform>نمودار %n ماه گذشته را نشان می‌دهد؛ جدول همهٔ ماه‌ها را فهرست می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see each chapter&apos;s attendance by month here.</source>
        <translation type="unfinished">برای دیدن حضور ماهانهٔ هر شعبه در اینجا، ورود افراد را در رویدادها ثبت کنید.</translation>
    </message>
    <message>
        <source>People recorded</source>
        <translation type="unfinished">افراد ثبت‌شده</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest drives with records; the table lists every drive.</source>
        <translation type="unfinished">
            <numerusform>نمودار %n پویش اخیر دارای سابقه را نشان می‌دهد؛ جدول همهٔ پویش‌ها را فهرست می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record who registered at voter-registration drives to see the results here.</source>
        <translation type="unfinished">برای دیدن نتایج در اینجا، ثبت کنید چه کسانی در پویش‌های ثبت‌نام رأی‌دهندگان ثبت‌نام کردند.</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n issue areas with the most partners; the table lists every area.</source>
        <translation type="unfinished">
            <numerusform>نمودار %n حوزهٔ موضوعی با بیشترین شرکا را نشان می‌دهد؛ جدول همهٔ حوزه‌ها را فهرست می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add issue areas to partners to see the coalition by issue here.</source>
        <translation type="unfinished">برای دیدن ائتلاف بر اساس موضوع در اینجا، به شرکا حوزهٔ موضوعی اضافه کنید.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no deadline</comment>
        <translation type="unfinished">هیچ</translation>
    </message>
    <message>
        <source>Partners asked</source>
        <translation type="unfinished">شرکای درخواست‌شده</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n letters with the latest deadlines; the table lists every letter.</source>
        <translation type="unfinished">
            <numerusform>نمودار %n نامه با دیرترین مهلت‌ها را نشان می‌دهد؛ جدول همهٔ نامه‌ها را فهرست می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a sign-on letter and ask partners to sign it to see who signed here.</source>
        <translation type="unfinished">یک نامهٔ امضای جمعی بسازید و از شرکا بخواهید آن را امضا کنند تا امضاکنندگان را اینجا ببینید.</translation>
    </message>
    <message>
        <source>No partner has been asked to sign yet. Ask partners to sign a letter to see who signed here.</source>
        <translation type="unfinished">هنوز از هیچ شریکی درخواست امضا نشده است. از شرکا بخواهید نامه‌ای را امضا کنند تا امضاکنندگان را اینجا ببینید.</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation type="unfinished">&amp;کارزارها</translation>
    </message>
    <message>
        <source>Open campaigns</source>
        <translation type="unfinished">کارزارهای باز</translation>
    </message>
    <message>
        <source>How each open phone bank, door-knocking effort and get-out-the-vote drive is going: attempts, people reached and pledges to vote, in all and day by day.</source>
        <translation type="unfinished">روند هر کارزار تلفنی، در‌به‌در و تشویق به رأی‌دادنِ باز: تلاش‌ها، افرادی که به آنان رسیدیم و تعهدهای رأی، در مجموع و روزبه‌روز.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">کارزار</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">نوع</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">در فهرست</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">تلاش‌ها</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">مخاطبان</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">نرخ تماس</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">تعهدها</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">تلاش‌هایی که به خود فرد رسید</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">نتیجه‌ها</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %Ln newest open campaigns with results; the table lists every open campaign.</source>
        <translation type="unfinished">
            <numerusform>نمودار %Ln کارزار باز تازه‌تر دارای نتیجه را نشان می‌دهد؛ جدول همهٔ کارزارهای باز را دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: attempts, contacts and pledges per day</source>
        <translation type="unfinished">%1: تلاش‌ها، تماس‌ها و تعهدها در هر روز</translation>
    </message>
    <message>
        <source>Start a phone bank, door-knocking effort or get-out-the-vote drive to see its progress here.</source>
        <translation type="unfinished">یک کارزار تلفنی، در‌به‌در یا تشویق به رأی‌دادن آغاز کنید تا پیشرفتش را اینجا ببینید.</translation>
    </message>
    <message>
        <source>No results recorded yet in the open campaigns. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">هنوز نتیجه‌ای در کارزارهای باز ثبت نشده است. با ثبت نتیجه‌ها به دست داوطلبان، پیشرفت اینجا دیده می‌شود.</translation>
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
        <translation>از همهٔ فهرست‌ها هم خارج شود؟</translation>
    </message>
    <message>
        <source>Keep them on future lists</source>
        <translation>در فهرست‌های بعدی بماند</translation>
    </message>
    <message>
        <source>Opt out: refused</source>
        <translation>خروج: رد کرد</translation>
    </message>
    <message>
        <source>Opt out: hostile</source>
        <translation>خروج: خصمانه</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>نتیجه: %1</translation>
    </message>
    <message>
        <source>Result: none chosen yet</source>
        <translation>نتیجه: هنوز انتخاب نشده</translation>
    </message>
</context>
<context>
    <name>majlis::RowWriter</name>
    <message>
        <source>The record was deleted meanwhile, perhaps in another window.</source>
        <translation type="unfinished">این سابقه در این فاصله حذف شده است، شاید در پنجره‌ای دیگر.</translation>
    </message>
</context>
<context>
    <name>majlis::SaveFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">نوشتن %1 ممکن نشد: %2</translation>
    </message>
</context>
<context>
    <name>majlis::ScheduleGridModel</name>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation type="unfinished">
            <numerusform>%1 (%n نفر)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1، اتاق %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished">%1–%2</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (سرگروه)</translation>
    </message>
    <message>
        <source>Pinned: scheduling again keeps it here.</source>
        <translation type="unfinished">سنجاق‌شده: زمان‌بندی دوباره آن را همین‌جا نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished">تداخل</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">سنجاق‌شده</translation>
    </message>
</context>
<context>
    <name>majlis::SchedulePanel</name>
    <message>
        <source>Move meeting to %1</source>
        <translation type="unfinished">انتقال دیدار به %1</translation>
    </message>
    <message>
        <source>Cannot move the meeting</source>
        <translation type="unfinished">انتقال دیدار ممکن نیست</translation>
    </message>
    <message>
        <source>%1: no conflicts</source>
        <translation type="unfinished">%1: بدون تداخل</translation>
    </message>
    <message>
        <source>&amp;Build Schedule</source>
        <translation type="unfinished">&amp;ساختن زمان‌بندی</translation>
    </message>
    <message>
        <source>Place every constituent with their senators and representative. Pinned and reported meetings stay where they are. (Ctrl+R)</source>
        <translation type="unfinished">هر رأی‌دهندهٔ حوزه را با سناتورها و نماینده‌اش قرار دهید. دیدارهای سنجاق‌شده و گزارش‌شده سر جای خود می‌مانند. (Ctrl+R)</translation>
    </message>
    <message>
        <source>By office</source>
        <translation type="unfinished">بر اساس دفتر</translation>
    </message>
    <message>
        <source>By attendee</source>
        <translation type="unfinished">بر اساس شرکت‌کننده</translation>
    </message>
    <message>
        <source>By team</source>
        <translation type="unfinished">بر اساس تیم</translation>
    </message>
    <message>
        <source>Show the schedule</source>
        <translation type="unfinished">نمایش زمان‌بندی</translation>
    </message>
    <message>
        <source>&amp;Pin / Unpin</source>
        <translation type="unfinished">&amp;سنجاق کردن / برداشتن سنجاق</translation>
    </message>
    <message>
        <source>A pinned meeting keeps its time when the schedule is built again.</source>
        <translation type="unfinished">دیدار سنجاق‌شده هنگام ساختن دوبارهٔ زمان‌بندی، زمان خود را حفظ می‌کند.</translation>
    </message>
    <message>
        <source>Schedule grid: drag a meeting to another time to move it</source>
        <translation type="unfinished">جدول زمان‌بندی: برای جابه‌جایی یک دیدار، آن را به زمان دیگری بکشید</translation>
    </message>
    <message>
        <source>Time and office</source>
        <translation type="unfinished">زمان و دفتر</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">مکان</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">نقش</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished">&amp;تداخل‌ها</translation>
    </message>
    <message>
        <source>&amp;Not scheduled</source>
        <translation type="unfinished">&amp;زمان‌بندی‌نشده</translation>
    </message>
    <message>
        <source>&amp;Office times</source>
        <translation type="unfinished">زمان‌های &amp;دفاتر</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished">بدون تداخل.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">سنجاق‌شده</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">سرگروه</translation>
    </message>
    <message>
        <source>no office</source>
        <translation type="unfinished">بدون دفتر</translation>
    </message>
    <message>
        <source>%1 — %2: not scheduled yet; build the schedule to place this meeting.</source>
        <translation type="unfinished">%1 — %2: هنوز زمان‌بندی نشده است؛ برای قرار دادن این دیدار، زمان‌بندی را بسازید.</translation>
    </message>
    <message>
        <source>Register attendees on the Attendees tab, then build the schedule.</source>
        <translation type="unfinished">شرکت‌کنندگان را در زبانهٔ «شرکت‌کنندگان» ثبت‌نام کنید، سپس زمان‌بندی را بسازید.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s); </source>
        <translation type="unfinished">
            <numerusform>%n دیدار؛ </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) not scheduled.</source>
        <translation type="unfinished">
            <numerusform>%n درخواست زمان‌بندی نشده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has every meeting they can have.</source>
        <translation type="unfinished">همه تمام دیدارهای ممکن خود را دارند.</translation>
    </message>
    <message>
        <source>Cannot build the schedule</source>
        <translation type="unfinished">ساختن زمان‌بندی ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot pin the meeting</source>
        <translation type="unfinished">سنجاق کردن دیدار ممکن نیست</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">تعارض‌ها</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished">زمان‌بندی نشده</translation>
    </message>
</context>
<context>
    <name>majlis::ScriptTreeModel</name>
    <message>
        <source>Choose one</source>
        <translation>یکی را انتخاب کنید</translation>
    </message>
    <message>
        <source>Choose any</source>
        <translation>هر تعداد را انتخاب کنید</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>بله یا خیر</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>متن آزاد</translation>
    </message>
    <message>
        <source>Adds the tag %1</source>
        <translation>برچسب %1 را می‌افزاید</translation>
    </message>
    <message>
        <source>Records a pledge to vote</source>
        <translation>قول رأی دادن را ثبت می‌کند</translation>
    </message>
    <message>
        <source>Asks for a voter-registration follow-up</source>
        <translation>پیگیری ثبت‌نام رأی‌دهنده را می‌خواهد</translation>
    </message>
    <message>
        <source>Opts the person out of every list</source>
        <translation>فرد را از همهٔ فهرست‌ها خارج می‌کند</translation>
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
        <translation>پرسش و پاسخ‌ها</translation>
    </message>
    <message>
        <source>Kind, or what the answer does</source>
        <translation>نوع، یا کاری که پاسخ می‌کند</translation>
    </message>
</context>
<context>
    <name>majlis::SignOnLettersPanel</name>
    <message>
        <source>New &amp;Letter…</source>
        <translation type="unfinished">&amp;نامهٔ جدید…</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">نامه‌های امضای جمعی</translation>
    </message>
    <message>
        <source>&amp;Ask Partners…</source>
        <translation type="unfinished">&amp;درخواست از شرکا…</translation>
    </message>
    <message>
        <source>&amp;Record Answer…</source>
        <translation type="unfinished">&amp;ثبت پاسخ…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">شریک</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">پاسخ</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished">تاریخ پاسخ</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished">امضاکننده</translation>
    </message>
    <message>
        <source>No sign-on letters yet</source>
        <translation type="unfinished">هنوز نامهٔ امضای جمعی وجود ندارد</translation>
    </message>
    <message>
        <source>When a coalition circulates a letter, add it with New Letter…, ask the partners you want on it, then record who signed and who declined. Signatures go into each partner&apos;s history.</source>
        <translation type="unfinished">وقتی یک ائتلاف نامه‌ای را به گردش درمی‌آورد، آن را با «نامهٔ جدید…» اضافه کنید، از شرکایی که می‌خواهید در آن باشند درخواست کنید، سپس ثبت کنید چه کسی امضا کرد و چه کسی رد کرد. امضاها به سابقهٔ هر شریک افزوده می‌شوند.</translation>
    </message>
    <message>
        <source>No letter selected</source>
        <translation type="unfinished">هیچ نامه‌ای انتخاب نشده است</translation>
    </message>
    <message>
        <source>Choose a letter in the list to see who was asked and who answered.</source>
        <translation type="unfinished">برای دیدن اینکه از چه کسانی درخواست شد و چه کسانی پاسخ دادند، نامه‌ای را در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished">مهلت %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">بدون مهلت</translation>
    </message>
    <message>
        <source>The deadline, %1, has passed</source>
        <translation type="unfinished">مهلت، %1، گذشته است</translation>
    </message>
    <message>
        <source>Nobody asked yet: click Ask Partners… to choose who should sign.</source>
        <translation type="unfinished">هنوز از کسی درخواست نشده است: برای انتخاب امضاکنندگان، روی «درخواست از شرکا…» کلیک کنید.</translation>
    </message>
    <message>
        <source>%1 signed, %2 declined, %3 not yet answered</source>
        <translation type="unfinished">%1 امضا کرده، %2 رد کرده، %3 هنوز پاسخ نداده</translation>
    </message>
    <message>
        <source>Every partner asked has answered.</source>
        <translation type="unfinished">همهٔ شرکای درخواست‌شده پاسخ داده‌اند.</translation>
    </message>
    <message>
        <source>Not yet answered: %1</source>
        <translation type="unfinished">هنوز پاسخ نداده: %1</translation>
    </message>
    <message>
        <source>Cannot add the letter</source>
        <translation type="unfinished">افزودن نامه ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot ask the partners</source>
        <translation type="unfinished">درخواست از شرکا ممکن نیست</translation>
    </message>
    <message>
        <source>Cannot record the answer</source>
        <translation type="unfinished">ثبت پاسخ ممکن نیست</translation>
    </message>
    <message>
        <source>Change the Answer</source>
        <translation type="unfinished">تغییر پاسخ</translation>
    </message>
    <message>
        <source>%1 already answered: %2 on %3. Record a new answer instead?</source>
        <translation type="unfinished">%1 قبلاً پاسخ داده است: %2 در %3. به جای آن پاسخ جدیدی ثبت شود؟</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished">متن نامه</translation>
    </message>
    <message>
        <source>Partners&apos; answers</source>
        <translation type="unfinished">پاسخ‌های شریکان</translation>
    </message>
</context>
<context>
    <name>majlis::SyncController</name>
    <message>
        <source>This computer has no keychain Majlis can use, so the sync login is kept only until Majlis closes: the password will be asked again next time.</source>
        <translation type="unfinished">این رایانه جاکلیدی قابل‌استفاده برای Majlis ندارد، بنابراین ورود همگام‌سازی فقط تا بسته شدن Majlis حفظ می‌شود: دفعهٔ بعد دوباره گذرواژه پرسیده می‌شود.</translation>
    </message>
</context>
<context>
    <name>majlis::SyncServerDialog</name>
    <message>
        <source>Sync Server</source>
        <translation type="unfinished">سرور همگام‌سازی</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation type="unfinished">https://sync.example.org</translation>
    </message>
    <message>
        <source>How this laptop recognizes the server</source>
        <translation type="unfinished">این لپ‌تاپ چگونه سرور را می‌شناسد</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate &amp;authority</source>
        <translation type="unfinished">&amp;مرجع صدور گواهی سازمان</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="unfinished">&amp;انتخاب پرونده…</translation>
    </message>
    <message>
        <source>The server certificate&apos;s SHA-256 &amp;fingerprint</source>
        <translation type="unfinished">ا&amp;ثر انگشت SHA-256 گواهی سرور</translation>
    </message>
    <message>
        <source>AB:CD:EF:… (64 hexadecimal digits)</source>
        <translation type="unfinished">AB:CD:EF:… (64 رقم هگزادسیمال)</translation>
    </message>
    <message>
        <source>Your organization&apos;s administrator gives you one of the two.</source>
        <translation type="unfinished">مدیر سازمان شما یکی از این دو را به شما می‌دهد.</translation>
    </message>
    <message>
        <source>Majlis does not save your password: the server gives this laptop a session, which is kept in this computer&apos;s keychain.</source>
        <translation type="unfinished">Majlis گذرواژهٔ شما را ذخیره نمی‌کند: سرور یک نشست به این لپ‌تاپ می‌دهد که در جاکلیدی این رایانه نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished">&amp;ورود</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation type="unfinished">&amp;خروج</translation>
    </message>
    <message>
        <source>Forget the session on this laptop. Changes stay here until you log in again.</source>
        <translation type="unfinished">نشست را روی این لپ‌تاپ فراموش می‌کند. تغییرات تا ورود دوبارهٔ شما اینجا می‌مانند.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished">&amp;نشانی سرور:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished">نام &amp;کاربری:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">&amp;گذرواژه:</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation type="unfinished">نام کاربری خود روی سرور را وارد کنید.</translation>
    </message>
    <message>
        <source>Choose the file of the organization&apos;s certificate authority, or give the server certificate&apos;s fingerprint instead.</source>
        <translation type="unfinished">پروندهٔ مرجع صدور گواهی سازمان را انتخاب کنید، یا به جای آن اثر انگشت گواهی سرور را وارد کنید.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">خواندن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format (a text file starting with “-----BEGIN CERTIFICATE-----”).</source>
        <translation type="unfinished">%1 هیچ گواهی‌ای در قالب PEM ندارد (یک پروندهٔ متنی که با «-----BEGIN CERTIFICATE-----» آغاز می‌شود).</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished">مرجع صدور گواهی</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished">گواهی‌ها (*.pem *.crt *.cer);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished">پرونده‌ای انتخاب نشده است.</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation type="unfinished">%1، معتبر تا %2</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished">گذرواژهٔ خود را وارد کنید.</translation>
    </message>
    <message>
        <source>A sync is running. Log in once it is done, or cancel it in the status bar.</source>
        <translation type="unfinished">یک همگام‌سازی در حال اجراست. پس از پایان آن وارد شوید، یا آن را در نوار وضعیت لغو کنید.</translation>
    </message>
    <message>
        <source>Logged out. Changes stay on this laptop until you log in again.</source>
        <translation type="unfinished">خارج شدید. تغییرات تا ورود دوبارهٔ شما روی این لپ‌تاپ می‌مانند.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished">در حال ورود…</translation>
    </message>
    <message>
        <source>A sync is running; logging in is possible once it is done.</source>
        <translation type="unfinished">یک همگام‌سازی در حال اجراست؛ پس از پایان آن می‌توانید وارد شوید.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished">با نام %1 وارد شده‌اید.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation type="unfinished">وارد نشده‌اید.</translation>
    </message>
</context>
<context>
    <name>majlis::SyncStatusWidget</name>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished">همین حالا همگام‌سازی شد</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform>%n دقیقه پیش همگام‌سازی شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform>%n ساعت پیش همگام‌سازی شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation type="unfinished">در %1 همگام‌سازی شد</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation type="unfinished">آخرین همگام‌سازی: %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished">هنوز همگام‌سازی نشده است.</translation>
    </message>
    <message>
        <source>Sent: %1 · Received: %2 · Removed: %3 · New conflicts: %4 · Refused: %5</source>
        <translation type="unfinished">ارسال‌شده: %1 · دریافت‌شده: %2 · حذف‌شده: %3 · تعارض‌های جدید: %4 · پذیرفته‌نشده: %5</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation type="unfinished">همگام‌سازی: تنظیم نشده</translation>
    </message>
    <message>
        <source>This workspace is only on this laptop. Click to choose the sync server.</source>
        <translation type="unfinished">این فضای کاری فقط روی این لپ‌تاپ است. برای انتخاب سرور همگام‌سازی کلیک کنید.</translation>
    </message>
    <message>
        <source>Offline — will retry</source>
        <translation type="unfinished">آفلاین — دوباره تلاش می‌شود</translation>
    </message>
    <message>
        <source>Majlis tries again every few minutes. Click to try now.</source>
        <translation type="unfinished">Majlis هر چند دقیقه یک بار دوباره تلاش می‌کند. برای تلاش همین حالا کلیک کنید.</translation>
    </message>
    <message>
        <source>Syncing: connecting…</source>
        <translation type="unfinished">همگام‌سازی: در حال اتصال…</translation>
    </message>
    <message>
        <source>Syncing: sending…</source>
        <translation type="unfinished">همگام‌سازی: در حال ارسال…</translation>
    </message>
    <message>
        <source>Sent %1 of %2 changes.</source>
        <translation type="unfinished">%1 از %2 تغییر ارسال شد.</translation>
    </message>
    <message>
        <source>Syncing: receiving…</source>
        <translation type="unfinished">همگام‌سازی: در حال دریافت…</translation>
    </message>
    <message>
        <source>Received %1 changes so far.</source>
        <translation type="unfinished">تاکنون %1 تغییر دریافت شده است.</translation>
    </message>
    <message>
        <source>Sync: not synced yet</source>
        <translation type="unfinished">همگام‌سازی: هنوز انجام نشده</translation>
    </message>
    <message>
        <source>Majlis syncs every few minutes. Click to sync now.</source>
        <translation type="unfinished">Majlis هر چند دقیقه یک بار همگام‌سازی می‌کند. برای همگام‌سازی همین حالا کلیک کنید.</translation>
    </message>
    <message>
        <source>Sync: log in again</source>
        <translation type="unfinished">همگام‌سازی: دوباره وارد شوید</translation>
    </message>
    <message>
        <source>Your changes stay on this laptop until then. Click to log in.</source>
        <translation type="unfinished">تا آن زمان تغییرات شما روی این لپ‌تاپ می‌مانند. برای ورود کلیک کنید.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished">همگام‌سازی ناموفق بود</translation>
    </message>
    <message>
        <source>Click to try again.</source>
        <translation type="unfinished">برای تلاش دوباره کلیک کنید.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished">وضعیت همگام‌سازی</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished">پیشرفت همگام‌سازی</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">لغو</translation>
    </message>
    <message>
        <source>Stop syncing. What was already sent or received is kept.</source>
        <translation type="unfinished">همگام‌سازی را متوقف می‌کند. آنچه پیش‌تر ارسال یا دریافت شده است، حفظ می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>Values that lost to an edit made on another laptop. Click to review them.</source>
        <translation type="unfinished">مقدارهایی که در برابر ویرایشی روی لپ‌تاپ دیگر کنار گذاشته شدند. برای بررسی آن‌ها کلیک کنید.</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutPanel</name>
    <message>
        <source>Turnout per district</source>
        <translation type="unfinished">مشارکت در هر حوزه</translation>
    </message>
    <message>
        <source>Chase list: pledged, not voted yet</source>
        <translation type="unfinished">فهرست پیگیری: متعهد، هنوز رأی نداده</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">حوزه</translation>
    </message>
    <message>
        <source>Chase list</source>
        <translation type="unfinished">فهرست پیگیری</translation>
    </message>
    <message>
        <source>&amp;Mark Voted</source>
        <translation type="unfinished">&amp;ثبت رأی</translation>
    </message>
    <message>
        <source>Mark the selected people on the chase list as voted</source>
        <translation type="unfinished">ثبت رأی برای افراد انتخاب‌شده در فهرست پیگیری</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;واگرد</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation type="unfinished">واگرد آخرین ثبت</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">&amp;حوزه:</translation>
    </message>
    <message>
        <source>Find anyone</source>
        <translation type="unfinished">یافتن هر کس</translation>
    </message>
    <message>
        <source>Find by name or phone</source>
        <translation type="unfinished">یافتن با نام یا تلفن</translation>
    </message>
    <message>
        <source>Name or phone number</source>
        <translation type="unfinished">نام یا شمارهٔ تلفن</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">افراد یافته‌شده</translation>
    </message>
    <message>
        <source>Mark &amp;Voted</source>
        <translation type="unfinished">ثبت &amp;رأی</translation>
    </message>
    <message>
        <source>Mark the people found as voted</source>
        <translation type="unfinished">ثبت رأی برای افراد یافته‌شده</translation>
    </message>
    <message>
        <source>Mark &amp;Not Voted</source>
        <translation type="unfinished">&amp;برداشتن ثبت رأی</translation>
    </message>
    <message>
        <source>Take the voted mark off the people found</source>
        <translation type="unfinished">برداشتن ثبت رأی از افراد یافته‌شده</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;یافتن:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;ازنو</translation>
    </message>
    <message>
        <source>Choose an election to follow its turnout.</source>
        <translation type="unfinished">انتخاباتی را برگزینید تا مشارکت آن را دنبال کنید.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>election name, then its date</comment>
        <translation type="unfinished">%1، %2</translation>
    </message>
    <message>
        <source>Nobody has pledged to vote in this election yet. Pledges come from the answers people give to campaign scripts.</source>
        <translation type="unfinished">هنوز کسی برای رأی‌دادن در این انتخابات متعهد نشده است. تعهدها از پاسخ مردم به متن کارزارها می‌آیند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pledged to vote; %1 of them (%2) have voted.</source>
        <translation type="unfinished">
            <numerusform>%Ln نفر متعهد به رأی شدند؛ %1 نفر از آنان (%2) رأی داده‌اند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more voted without having pledged.</source>
        <translation type="unfinished">
            <numerusform>%Ln نفر دیگر بی‌آنکه متعهد شوند رأی دادند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every district</source>
        <translation type="unfinished">همهٔ حوزه‌ها</translation>
    </message>
    <message>
        <source>Nobody to chase: nobody has pledged yet.</source>
        <translation type="unfinished">کسی برای پیگیری نیست: هنوز کسی متعهد نشده است.</translation>
    </message>
    <message>
        <source>Nobody left to chase: everyone who pledged has voted.</source>
        <translation type="unfinished">کسی برای پیگیری نمانده: همهٔ متعهدان رأی داده‌اند.</translation>
    </message>
    <message>
        <source>Type a name or phone number to find anyone, pledged or not, and mark them voted.</source>
        <translation type="unfinished">نام یا شمارهٔ تلفن را بنویسید تا هر کسی را، متعهد یا نه، بیابید و رأی او را ثبت کنید.</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation type="unfinished">کسی با «%1» جور نیست.</translation>
    </message>
    <message>
        <source>Already marked voted.</source>
        <translation type="unfinished">رأی از پیش ثبت شده است.</translation>
    </message>
    <message>
        <source>Not marked voted.</source>
        <translation type="unfinished">رأی ثبت نشده است.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln people voted.</source>
        <translation type="unfinished">
            <numerusform>رأی %Ln نفر ثبت شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the voted mark off %Ln people.</source>
        <translation type="unfinished">
            <numerusform>ثبت رأی از %Ln نفر برداشته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo with %1.</source>
        <translation type="unfinished">برای واگرد: %1.</translation>
    </message>
    <message>
        <source>Cannot mark the vote</source>
        <translation type="unfinished">ثبت رأی ممکن نیست</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutRowModel</name>
    <message>
        <source>Unknown district</source>
        <translation type="unfinished">حوزهٔ نامعلوم</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">متعهد</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">رأی داده</translation>
    </message>
    <message>
        <source>Marked voted at %1</source>
        <translation type="unfinished">رأی در %1 ثبت شد</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">حوزه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">تلفن</translation>
    </message>
</context>
<context>
    <name>majlis::VolunteerModel</name>
    <message>
        <source>Volunteer (sync user name)</source>
        <translation>داوطلب (نام کاربری همگام‌سازی)</translation>
    </message>
    <message>
        <source>Languages they call in</source>
        <translation>زبان‌های تماس</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>برای تماس</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">انجام شد</translation>
    </message>
</context>
<context>
    <name>majlis::WalkListPanel</name>
    <message>
        <source>Walk list of</source>
        <translation type="unfinished">فهرست پیمایشِ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;چاپ…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">ذخیرهٔ &amp;PDF…</translation>
    </message>
    <message>
        <source>Walk list preview</source>
        <translation type="unfinished">پیش‌نمایش فهرست پیمایش</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">کل فهرست</translation>
    </message>
    <message>
        <source>Every volunteer&apos;s share (each on its own pages)</source>
        <translation type="unfinished">سهم هر داوطلب (هر کدام در صفحه‌های خود)</translation>
    </message>
    <message>
        <source>Choose a door-knocking campaign to print its walk lists.</source>
        <translation type="unfinished">کارزاری در‌به‌در برگزینید تا فهرست‌های پیمایش آن را چاپ کنید.</translation>
    </message>
    <message>
        <source>Print Walk Lists</source>
        <translation type="unfinished">چاپ فهرست‌های پیمایش</translation>
    </message>
    <message>
        <source>Save Walk Lists as PDF</source>
        <translation type="unfinished">ذخیرهٔ فهرست‌های پیمایش به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">ذخیرهٔ PDF ممکن نیست</translation>
    </message>
</context>
<context>
    <name>majlis::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation type="unfinished">تنظیمات فضای کاری</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s country</source>
        <translation type="unfinished">تنظیم نشده: کشور این رایانه</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">کشور شماره‌های تلفن</translation>
    </message>
    <message>
        <source>Time zone of events</source>
        <translation type="unfinished">منطقهٔ زمانی رویدادها</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s time zone</source>
        <translation type="unfinished">تنظیم نشده: منطقهٔ زمانی این رایانه</translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation type="unfinished">&amp;کشور شماره‌های تلفن:</translation>
    </message>
    <message>
        <source>&amp;Time zone of events:</source>
        <translation type="unfinished">&amp;منطقهٔ زمانی رویدادها:</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished">شعبه‌ها</translation>
    </message>
    <message>
        <source>C&amp;hapters</source>
        <translation type="unfinished">&amp;شعبه‌ها</translation>
    </message>
    <message>
        <source>A chapter&apos;s own country and time zone come before the workspace&apos;s for its contacts and events. Double-click a cell to change it; an empty one follows the workspace.</source>
        <translation type="unfinished">کشور و منطقهٔ زمانی خود شعبه برای مخاطبان و رویدادهایش بر تنظیم فضای کاری مقدم است. برای تغییر، روی خانه دوبار کلیک کنید؛ خانهٔ خالی از فضای کاری پیروی می‌کند.</translation>
    </message>
    <message>
        <source>The chapters could not be read: %1</source>
        <translation type="unfinished">شعبه‌ها خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>Numbers typed without + are read as numbers of %1, unless the contact or its chapter names another country.</source>
        <translation type="unfinished">شماره‌هایی که بدون + نوشته شوند شماره‌های %1 خوانده می‌شوند، مگر اینکه مخاطب یا شعبه‌اش کشور دیگری را نام ببرد.</translation>
    </message>
    <message>
        <source>In effect: %1, from this computer&apos;s language and region settings.</source>
        <translation type="unfinished">در حال اجرا: %1، از تنظیمات زبان و منطقهٔ این رایانه.</translation>
    </message>
    <message>
        <source>None in effect: this computer&apos;s settings name no country, so numbers typed without + and without a country are kept as typed. Choose one.</source>
        <translation type="unfinished">هیچ کشوری در کار نیست: تنظیمات این رایانه کشوری را نام نمی‌برد، پس شماره‌های بدون + و بدون کشور همان‌طور که نوشته شده‌اند نگه داشته می‌شوند. یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows; choose one from the list.</source>
        <translation type="unfinished">%1 منطقهٔ زمانی‌ای نیست که این رایانه بشناسد؛ یکی را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>In effect: %1, this computer&apos;s time zone.</source>
        <translation type="unfinished">در حال اجرا: %1، منطقهٔ زمانی این رایانه.</translation>
    </message>
    <message>
        <source>Events without a zone of their own or of their chapter are at %1.</source>
        <translation type="unfinished">رویدادهایی که منطقهٔ زمانی خود یا شعبه‌شان را ندارند به وقت %1 هستند.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished">چیزی تغییر نکرد. %1</translation>
    </message>
</context>
<context>
    <name>majlis::cli::Context</name>
    <message>
        <source>The chapter&apos;s city.</source>
        <translation type="unfinished">شهر شعبه.</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>State, province or region.</source>
        <translation type="unfinished">ایالت، استان یا منطقه.</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US.</source>
        <translation type="unfinished">کد دوحرفی کشور، مانند US.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">کد</translation>
    </message>
    <message>
        <source>&quot;chapters add&quot; needs the chapter&apos;s name.</source>
        <translation type="unfinished">«chapters add» به نام شعبه نیاز دارد.</translation>
    </message>
    <message>
        <source>Added chapter %1.</source>
        <translation type="unfinished">شعبهٔ %1 افزوده شد.</translation>
    </message>
    <message>
        <source>No chapters yet. Add one with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">هنوز شعبه‌ای وجود ندارد. با «majlis-cli chapters add NAME» یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>Workspace ready at %1 (format %2).</source>
        <translation type="unfinished">فضای کاری در %1 آماده است (قالب %2).</translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation type="unfinished">نام.</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation type="unfinished">نام خانوادگی.</translation>
    </message>
    <message>
        <source>Preferred name.</source>
        <translation type="unfinished">نام ترجیحی.</translation>
    </message>
    <message>
        <source>Email address; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">نشانی ایمیل؛ برای چند نشانی تکرار کنید (در ویرایش جایگزین موارد قبلی می‌شوند).</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">نشانی</translation>
    </message>
    <message>
        <source>Phone number; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">شمارهٔ تلفن؛ برای چند شماره تکرار کنید (در ویرایش جایگزین موارد قبلی می‌شوند).</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">شماره</translation>
    </message>
    <message>
        <source>Chapter name.</source>
        <translation type="unfinished">نام شعبه.</translation>
    </message>
    <message>
        <source>U.S. state, two letters.</source>
        <translation type="unfinished">ایالت آمریکا، دو حرف.</translation>
    </message>
    <message>
        <source>Congressional district (0 for at-large).</source>
        <translation type="unfinished">حوزهٔ انتخابیهٔ کنگره (0 برای کرسی فراگیر).</translation>
    </message>
    <message>
        <source>Organization.</source>
        <translation type="unfinished">سازمان.</translation>
    </message>
    <message>
        <source>Role at the organization.</source>
        <translation type="unfinished">نقش در سازمان.</translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished">نقش</translation>
    </message>
    <message>
        <source>Tag; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">برچسب؛ برای چند برچسب تکرار کنید (در ویرایش جایگزین موارد قبلی می‌شوند).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished">برچسب</translation>
    </message>
    <message>
        <source>Language spoken, such as ar; repeatable.</source>
        <translation type="unfinished">زبان گفتاری، مانند ar؛ قابل تکرار.</translation>
    </message>
    <message>
        <source>Consent given today, on the command line: email, sms, phone or photo; repeatable.</source>
        <translation type="unfinished">رضایتی که امروز در خط فرمان داده شده است: email، sms، phone یا photo؛ قابل تکرار.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished">کانال</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished">یادداشت‌ها.</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">متن</translation>
    </message>
    <message>
        <source>--district takes a number, such as 12 or 0 for at-large.</source>
        <translation type="unfinished">--district یک عدد می‌گیرد، مانند 12 یا 0 برای کرسی فراگیر.</translation>
    </message>
    <message>
        <source>Unknown consent &quot;%1&quot;; use email, sms, phone or photo.</source>
        <translation type="unfinished">رضایت ناشناختهٔ «%1»؛ از email، sms، phone یا photo استفاده کنید.</translation>
    </message>
    <message>
        <source>%1 Add it first with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">%1 ابتدا آن را با «majlis-cli chapters add NAME» اضافه کنید.</translation>
    </message>
    <message>
        <source>  id: %1</source>
        <translation type="unfinished">  شناسه: %1</translation>
    </message>
    <message>
        <source>  email: %1</source>
        <translation type="unfinished">  ایمیل: %1</translation>
    </message>
    <message>
        <source>  phone: %1</source>
        <translation type="unfinished">  تلفن: %1</translation>
    </message>
    <message>
        <source>  chapter: %1</source>
        <translation type="unfinished">  شعبه: %1</translation>
    </message>
    <message>
        <source>  district: %1</source>
        <translation type="unfinished">  حوزه: %1</translation>
    </message>
    <message>
        <source>  tags: %1</source>
        <translation type="unfinished">  برچسب‌ها: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <source>Show at most this many (default 50).</source>
        <translation type="unfinished">حداکثر این تعداد را نشان بده (پیش‌فرض 50).</translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished">تعداد</translation>
    </message>
    <message>
        <source>Only this chapter.</source>
        <translation type="unfinished">فقط این شعبه.</translation>
    </message>
    <message>
        <source>Only contacts with this tag.</source>
        <translation type="unfinished">فقط مخاطبانی که این برچسب را دارند.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished">%1 افزوده شد.</translation>
    </message>
    <message>
        <source>&quot;contacts search&quot; needs something to search for.</source>
        <translation type="unfinished">«contacts search» به عبارتی برای جستجو نیاز دارد.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished">--limit یک عدد مثبت می‌گیرد.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; needs a contact id.</source>
        <translation type="unfinished">«contacts %1» به شناسهٔ مخاطب نیاز دارد.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; takes one contact id.</source>
        <translation type="unfinished">«contacts %1» یک شناسهٔ مخاطب می‌گیرد.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">%1 ذخیره شد.</translation>
    </message>
    <message>
        <source>--date takes a date like 2027-03-04.</source>
        <translation type="unfinished">--date تاریخی مانند 2027-03-04 می‌گیرد.</translation>
    </message>
    <message>
        <source>--%1 takes a time like 09:00.</source>
        <translation type="unfinished">--%1 زمانی مانند 09:00 می‌گیرد.</translation>
    </message>
    <message>
        <source>--slot and --team-size take whole numbers.</source>
        <translation type="unfinished">--slot و --team-size عدد صحیح می‌گیرند.</translation>
    </message>
    <message>
        <source>Created advocacy day %1 (%2).</source>
        <translation type="unfinished">روز حمایت‌گری %1 (%2) ساخته شد.</translation>
    </message>
    <message>
        <source>No advocacy days yet. Create one with &quot;majlis-cli day create TITLE --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">هنوز روز حمایت‌گری وجود ندارد. با «majlis-cli day create TITLE --date YYYY-MM-DD» یکی بسازید.</translation>
    </message>
    <message>
        <source>--role is one of constituent, team_lead, note_taker, first_timer.</source>
        <translation type="unfinished">--role یکی از constituent، team_lead، note_taker، first_timer است.</translation>
    </message>
    <message>
        <source>Name the contacts to register, by id or with --tag.</source>
        <translation type="unfinished">مخاطبانی را که باید ثبت‌نام شوند، با شناسه یا با --tag نام ببرید.</translation>
    </message>
    <message numerus="yes">
        <source>Registered %n new attendee(s) for %1.</source>
        <translation type="unfinished">
            <numerusform>%n شرکت‌کنندهٔ جدید برای %1 ثبت‌نام شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet. Use &quot;majlis-cli day attendees add DAY CONTACT...&quot;.</source>
        <translation type="unfinished">هنوز کسی ثبت‌نام نشده است. از «majlis-cli day attendees add DAY CONTACT...» استفاده کنید.</translation>
    </message>
    <message>
        <source>Scheduled %1 meetings; %2 of %3 constituents have all their meetings.</source>
        <translation type="unfinished">%1 دیدار زمان‌بندی شد؛ %2 از %3 رأی‌دهندهٔ حوزه همهٔ دیدارهایشان را دارند.</translation>
    </message>
    <message>
        <source>Not scheduled:</source>
        <translation type="unfinished">زمان‌بندی‌نشده:</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished">ساختن پوشهٔ %1 ممکن نشد.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation type="unfinished">
            <numerusform>%n پرونده نوشته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;day attendees&quot; needs add or list.</source>
        <translation type="unfinished">«day attendees» به add یا list نیاز دارد.</translation>
    </message>
    <message>
        <source>The day&apos;s date, such as 2027-03-04.</source>
        <translation type="unfinished">تاریخ روز، مانند 2027-03-04.</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">تاریخ</translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished">شهر</translation>
    </message>
    <message>
        <source>The day&apos;s theme.</source>
        <translation type="unfinished">موضوع روز.</translation>
    </message>
    <message>
        <source>First meeting time (default 09:00).</source>
        <translation type="unfinished">زمان نخستین دیدار (پیش‌فرض 09:00).</translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished">زمان</translation>
    </message>
    <message>
        <source>End of the last meeting (default 17:00).</source>
        <translation type="unfinished">پایان آخرین دیدار (پیش‌فرض 17:00).</translation>
    </message>
    <message>
        <source>Minutes per meeting (default 30).</source>
        <translation type="unfinished">دقیقه برای هر دیدار (پیش‌فرض 30).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished">دقیقه</translation>
    </message>
    <message>
        <source>Most people in one team (default 8).</source>
        <translation type="unfinished">بیشترین تعداد افراد در یک تیم (پیش‌فرض 8).</translation>
    </message>
    <message>
        <source>An ask, as &quot;BILL: title&quot;; repeat for more.</source>
        <translation type="unfinished">یک درخواست، به‌صورت «BILL: title»؛ برای موارد بیشتر تکرار کنید.</translation>
    </message>
    <message>
        <source>ask</source>
        <translation type="unfinished">درخواست</translation>
    </message>
    <message>
        <source>constituent (default), team_lead, note_taker or first_timer.</source>
        <translation type="unfinished">constituent (پیش‌فرض)، team_lead، note_taker یا first_timer.</translation>
    </message>
    <message>
        <source>Register every contact with this tag.</source>
        <translation type="unfinished">همهٔ مخاطبانی که این برچسب را دارند ثبت‌نام کن.</translation>
    </message>
    <message>
        <source>Write the day as an iCalendar file.</source>
        <translation type="unfinished">روز را به‌صورت پروندهٔ iCalendar بنویس.</translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished">پرونده</translation>
    </message>
    <message>
        <source>Write the itineraries as a PDF, one per page.</source>
        <translation type="unfinished">برنامه‌های سفر را به‌صورت PDF بنویس، هر کدام در یک صفحه.</translation>
    </message>
    <message>
        <source>Write the schedule as CSV.</source>
        <translation type="unfinished">زمان‌بندی را به‌صورت CSV بنویس.</translation>
    </message>
    <message>
        <source>With --ics: one file per attendee, in the folder given.</source>
        <translation type="unfinished">با --ics: برای هر شرکت‌کننده یک پرونده، در پوشهٔ داده‌شده.</translation>
    </message>
    <message>
        <source>unknown command &quot;day %1&quot;; use create, list, attendees add, attendees list, schedule or export.</source>
        <translation type="unfinished">فرمان ناشناختهٔ «day %1»؛ از create، list، attendees add، attendees list، schedule یا export استفاده کنید.</translation>
    </message>
    <message>
        <source>&quot;day create&quot; needs the day&apos;s title.</source>
        <translation type="unfinished">«day create» به عنوان روز نیاز دارد.</translation>
    </message>
    <message>
        <source>Name the advocacy day, by the id &quot;day list&quot; shows or by its title.</source>
        <translation type="unfinished">روز حمایت‌گری را با شناسه‌ای که «day list» نشان می‌دهد یا با عنوانش نام ببرید.</translation>
    </message>
    <message>
        <source>This walk-in may already be a contact: %1. Check in that contact by id instead.</source>
        <translation type="unfinished">این مراجعه‌کننده ممکن است از قبل مخاطب باشد: %1. به جای آن، ورود همان مخاطب را با شناسه ثبت کنید.</translation>
    </message>
    <message>
        <source>Added and checked in %1.</source>
        <translation type="unfinished">%1 افزوده شد و ورودش ثبت شد.</translation>
    </message>
    <message>
        <source>Name the contacts to check in by id, or add a walk-in with --walk-in --given NAME.</source>
        <translation type="unfinished">مخاطبانی را که ورودشان باید ثبت شود با شناسه نام ببرید، یا با --walk-in --given NAME یک مراجعه‌کننده اضافه کنید.</translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation type="unfinished">ورود %1 در %2 ثبت شد.</translation>
    </message>
    <message>
        <source>When it starts, such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">زمان آغاز، مانند «2027-05-01 18:30».</translation>
    </message>
    <message>
        <source>When it ends.</source>
        <translation type="unfinished">زمان پایان.</translation>
    </message>
    <message>
        <source>voter_registration, interfaith, town_hall, training, cultural, community or other.</source>
        <translation type="unfinished">voter_registration، interfaith، town_hall، training، cultural، community یا other.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished">نوع</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation type="unfinished">مکان.</translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished">مکان</translation>
    </message>
    <message>
        <source>How many people fit (0: no limit).</source>
        <translation type="unfinished">چند نفر جا می‌شوند (0: بدون محدودیت).</translation>
    </message>
    <message>
        <source>The chapter running it.</source>
        <translation type="unfinished">شعبهٔ برگزارکننده.</translation>
    </message>
    <message>
        <source>Add a new contact at the door and check them in.</source>
        <translation type="unfinished">افزودن مخاطب جدید دمِ در و ثبت ورود او.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s given name.</source>
        <translation type="unfinished">نام مراجعه‌کننده.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s family name.</source>
        <translation type="unfinished">نام خانوادگی مراجعه‌کننده.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s email.</source>
        <translation type="unfinished">ایمیل مراجعه‌کننده.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s phone.</source>
        <translation type="unfinished">تلفن مراجعه‌کننده.</translation>
    </message>
    <message>
        <source>Write attendance as CSV to this file (- for the screen).</source>
        <translation type="unfinished">حضور را به‌صورت CSV در این پرونده بنویس (- برای صفحه‌نمایش).</translation>
    </message>
    <message>
        <source>--start takes a time such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">--start زمانی مانند «2027-05-01 18:30» می‌گیرد.</translation>
    </message>
    <message>
        <source>--end takes a time such as &quot;2027-05-01 21:00&quot;.</source>
        <translation type="unfinished">--end زمانی مانند «2027-05-01 21:00» می‌گیرد.</translation>
    </message>
    <message>
        <source>--kind is one of voter_registration, interfaith, town_hall, training, cultural, community, other.</source>
        <translation type="unfinished">--kind یکی از voter_registration، interfaith، town_hall، training، cultural، community، other است.</translation>
    </message>
    <message>
        <source>Created event %1 (%2).</source>
        <translation type="unfinished">رویداد %1 (%2) ساخته شد.</translation>
    </message>
    <message>
        <source>&quot;events calendar&quot; needs the .ics file to write.</source>
        <translation type="unfinished">«events calendar» به پروندهٔ .ics برای نوشتن نیاز دارد.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n رویداد در %1 نوشته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>No events yet. Create one with &quot;majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;&quot;.</source>
        <translation type="unfinished">هنوز رویدادی وجود ندارد. با «majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;» یکی بسازید.</translation>
    </message>
    <message>
        <source>Name the event, by the id &quot;events list&quot; shows or by its title.</source>
        <translation type="unfinished">رویداد را با شناسه‌ای که «events list» نشان می‌دهد یا با عنوانش نام ببرید.</translation>
    </message>
    <message>
        <source>Wrote the attendance of %1 to %2.</source>
        <translation type="unfinished">حضور %1 در %2 نوشته شد.</translation>
    </message>
    <message>
        <source>Imported %1 members of Congress: %2 new, %3 updated, %4 unchanged, %5 no longer in office.</source>
        <translation type="unfinished">%1 عضو کنگره درون‌ریزی شد: %2 جدید، %3 به‌روزشده، %4 بدون تغییر، %5 دیگر در سمت نیستند.</translation>
    </message>
    <message>
        <source>Only this state, such as WA.</source>
        <translation type="unfinished">فقط این ایالت، مانند WA.</translation>
    </message>
    <message>
        <source>unknown command &quot;legislators %1&quot;; use import or list.</source>
        <translation type="unfinished">فرمان ناشناختهٔ «legislators %1»؛ از import یا list استفاده کنید.</translation>
    </message>
    <message>
        <source>How many contacts (default 2000).</source>
        <translation type="unfinished">چند مخاطب (پیش‌فرض 2000).</translation>
    </message>
    <message>
        <source>--count takes a number.</source>
        <translation type="unfinished">--count یک عدد می‌گیرد.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation type="unfinished">
            <numerusform>%n مخاطب نمایشی افزوده شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>People:</source>
        <translation type="unfinished">افراد:</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation type="unfinished"> (تا %1)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished">سابقه:</translation>
    </message>
    <message>
        <source>mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media or other.</source>
        <translation type="unfinished">mosque، interfaith، civil_rights، immigrant_rights، labor، student، faith_other، government، media یا other.</translation>
    </message>
    <message>
        <source>An issue area; repeat for several.</source>
        <translation type="unfinished">یک حوزهٔ موضوعی؛ برای چند حوزه تکرار کنید.</translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished">حوزه</translation>
    </message>
    <message>
        <source>prospect, active or dormant.</source>
        <translation type="unfinished">prospect، active یا dormant.</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished">وضعیت</translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished">شهر.</translation>
    </message>
    <message>
        <source>State or region.</source>
        <translation type="unfinished">ایالت یا منطقه.</translation>
    </message>
    <message>
        <source>Web address.</source>
        <translation type="unfinished">نشانی وب.</translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished">نشانی</translation>
    </message>
    <message>
        <source>The chapter that keeps the relationship.</source>
        <translation type="unfinished">شعبه‌ای که رابطه را حفظ می‌کند.</translation>
    </message>
    <message>
        <source>Only partners whose name, city or notes contain this.</source>
        <translation type="unfinished">فقط شرکایی که نام، شهر یا یادداشت‌هایشان شامل این عبارت است.</translation>
    </message>
    <message>
        <source>unknown command &quot;partners %1&quot;; use add, list or show.</source>
        <translation type="unfinished">فرمان ناشناختهٔ «partners %1»؛ از add، list یا show استفاده کنید.</translation>
    </message>
    <message>
        <source>--kind is one of mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media, other.</source>
        <translation type="unfinished">--kind یکی از mosque، interfaith، civil_rights، immigrant_rights، labor، student، faith_other، government، media، other است.</translation>
    </message>
    <message>
        <source>--status is one of prospect, active, dormant.</source>
        <translation type="unfinished">--status یکی از prospect، active، dormant است.</translation>
    </message>
    <message>
        <source>&quot;partners show&quot; needs the partner&apos;s name or id.</source>
        <translation type="unfinished">«partners show» به نام یا شناسهٔ شریک نیاز دارد.</translation>
    </message>
    <message>
        <source>&quot;partners add&quot; needs the partner&apos;s name.</source>
        <translation type="unfinished">«partners add» به نام شریک نیاز دارد.</translation>
    </message>
    <message>
        <source>Added partner %1 (%2).</source>
        <translation type="unfinished">شریک %1 (%2) افزوده شد.</translation>
    </message>
    <message>
        <source>No partners match. Add one with &quot;majlis-cli partners add NAME --kind interfaith&quot;.</source>
        <translation type="unfinished">هیچ شریکی مطابقت ندارد. با «majlis-cli partners add NAME --kind interfaith» یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">خواندن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>--duplicates is one of merge, skip, create.</source>
        <translation type="unfinished">--duplicates یکی از merge، skip، create است.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD with a column of the file&apos;s header and a field such as email; &quot;%1&quot; is neither.</source>
        <translation type="unfinished">--map به‌صورت COLUMN=FIELD است، با ستونی از سرستون پرونده و فیلدی مانند email؛ «%1» هیچ‌کدام نیست.</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">درون‌ریزی %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read; %4 to create, %5 to merge, %6 to skip, %7 problems.</source>
        <translation type="unfinished">%1 (%2): %3 ردیف خوانده شد؛ %4 برای ساختن، %5 برای ادغام، %6 برای رد کردن، %7 مشکل.</translation>
    </message>
    <message>
        <source>  line %1, %2: %3</source>
        <translation type="unfinished">  سطر %1، %2: %3</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 merged, %3 skipped.</source>
        <translation type="unfinished">درون‌ریزی شد: %1 ساخته‌شده، %2 ادغام‌شده، %3 ردشده.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished">اجرای آزمایشی: چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>%1: %2 cards; %3 to create, %4 to merge, %5 to skip, %6 problems.</source>
        <translation type="unfinished">%1: %2 کارت؛ %3 برای ساختن، %4 برای ادغام، %5 برای رد کردن، %6 مشکل.</translation>
    </message>
    <message>
        <source>Show what would be created, merged and skipped, and write nothing.</source>
        <translation type="unfinished">نشان بده چه چیزی ساخته، ادغام یا رد می‌شود و چیزی ننویس.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD; repeatable. Fields: %1.</source>
        <translation type="unfinished">COLUMN=FIELD؛ قابل تکرار. فیلدها: %1.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished">نگاشت</translation>
    </message>
    <message>
        <source>What to do with rows that match a contact: merge (default), skip or create.</source>
        <translation type="unfinished">با ردیف‌هایی که با یک مخاطب مطابقت دارند چه شود: merge (پیش‌فرض)، skip یا create.</translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished">اقدام</translation>
    </message>
    <message>
        <source>Put every imported contact in this chapter.</source>
        <translation type="unfinished">همهٔ مخاطبان درون‌ریزی‌شده را در این شعبه قرار بده.</translation>
    </message>
    <message>
        <source>Write the problems found, row by row, to this CSV file.</source>
        <translation type="unfinished">مشکلات یافته‌شده را ردیف به ردیف در این پروندهٔ CSV بنویس.</translation>
    </message>
    <message>
        <source>unknown command &quot;import %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">فرمان ناشناختهٔ «import %1»؛ از csv، vcard یا archive استفاده کنید.</translation>
    </message>
    <message>
        <source>&quot;import %1&quot; needs the file to import.</source>
        <translation type="unfinished">«import %1» به پرونده‌ای برای درون‌ریزی نیاز دارد.</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">بایگانی %1 درون‌ریزی شد.</translation>
    </message>
    <message>
        <source>Only contacts matching this search.</source>
        <translation type="unfinished">فقط مخاطبانی که با این جستجو مطابقت دارند.</translation>
    </message>
    <message>
        <source>vCard version: 4.0 (default), 3.0 or 2.1.</source>
        <translation type="unfinished">نسخهٔ vCard: 4.0 (پیش‌فرض)، 3.0 یا 2.1.</translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished">نسخه</translation>
    </message>
    <message>
        <source>unknown command &quot;export %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">فرمان ناشناختهٔ «export %1»؛ از csv، vcard یا archive استفاده کنید.</translation>
    </message>
    <message>
        <source>&quot;export %1&quot; needs the file to write.</source>
        <translation type="unfinished">«export %1» به پرونده‌ای برای نوشتن نیاز دارد.</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">بایگانی فضای کاری %1 نوشته شد.</translation>
    </message>
    <message>
        <source>No contacts match; nothing was written.</source>
        <translation type="unfinished">هیچ مخاطبی مطابقت ندارد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>--version is one of 4.0, 3.0, 2.1.</source>
        <translation type="unfinished">--version یکی از 4.0، 3.0، 2.1 است.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n مخاطب به %1 برون‌بری شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server address, such as https://sync.example.org.</source>
        <translation type="unfinished">نشانی سرور، مانند https://sync.example.org.</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation type="unfinished">نام کاربری روی سرور.</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate authority (PEM file).</source>
        <translation type="unfinished">مرجع صدور گواهی سازمان (پروندهٔ PEM).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate.</source>
        <translation type="unfinished">اثر انگشت SHA-256 گواهی سرور.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished">گذرواژه را از ورودی استاندارد بخوان.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished">خواندن %1 ممکن نیست.</translation>
    </message>
    <message>
        <source>Give --server and --user the first time.</source>
        <translation type="unfinished">بار نخست، --server و --user را بدهید.</translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation type="unfinished">گذرواژه را با --password-stdin در ورودی استاندارد بدهید.</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 received, %3 removed, %4 conflict(s), %5 refused.</source>
        <translation type="unfinished">همگام‌سازی شد: %1 تغییر ارسال‌شده، %2 دریافت‌شده، %3 حذف‌شده، %4 تعارض، %5 پذیرفته‌نشده.</translation>
    </message>
    <message>
        <source>&quot;contacts export-data&quot; takes a contact id and the file to write.</source>
        <translation type="unfinished">&quot;contacts export-data&quot; یک شناسهٔ مخاطب و پرونده‌ای برای نوشتن می‌گیرد.</translation>
    </message>
    <message>
        <source>Wrote everything this workspace holds about the contact to %1.</source>
        <translation type="unfinished">همهٔ آنچه این فضای کاری دربارهٔ مخاطب نگه می‌دارد در %1 نوشته شد.</translation>
    </message>
    <message>
        <source>Confirm that the erasure cannot be undone.</source>
        <translation type="unfinished">تأیید کنید که پاک کردن برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>&quot;contacts erase&quot; takes one contact id.</source>
        <translation type="unfinished">&quot;contacts erase&quot; شناسه‌ی یک مخاطب را می‌گیرد.</translation>
    </message>
    <message>
        <source>Erasing a person removes everything held about them, here and at the next sync on every laptop, and cannot be undone. Export it first with &quot;contacts export-data&quot; if they asked for a copy, then run the command again with --yes.</source>
        <translation type="unfinished">پاک کردن یک شخص همه‌ی آنچه درباره‌ی او نگه داشته شده را، اینجا و در همگام‌سازی بعدی روی همه‌ی لپ‌تاپ‌ها، حذف می‌کند و برگشت‌پذیر نیست. اگر نسخه‌ای خواسته است، اول با &quot;contacts export-data&quot; صادر کنید، سپس فرمان را با --yes دوباره اجرا کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the contact and %n row(s) about them. The erasure reaches other laptops at their next sync.</source>
        <translation type="unfinished">
            <numerusform>مخاطب و %n ردیف درباره‌ی او پاک شد. پاک‌سازی در همگام‌سازی بعدی به لپ‌تاپ‌های دیگر می‌رسد.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;contacts %1&quot;; use add, list, search, show, edit, delete, merge, export-data or erase.</source>
        <translation type="unfinished">فرمان ناشناخته‌ی &quot;contacts %1&quot;؛ از add، list، search، show، edit، delete، merge، export-data یا erase استفاده کنید.</translation>
    </message>
    <message>
        <source>&quot;contacts merge&quot; takes the id of the contact to keep and of the one to merge into it.</source>
        <translation type="unfinished">&quot;contacts merge&quot; شناسه‌ی مخاطبی که می‌ماند و شناسه‌ی مخاطبی که در آن ادغام می‌شود را می‌گیرد.</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation type="unfinished">در %1 ادغام شد.</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation type="unfinished">نشانی خیابان.</translation>
    </message>
    <message>
        <source>City or town.</source>
        <translation type="unfinished">شهر یا شهرک.</translation>
    </message>
    <message>
        <source>State, province or region of the address.</source>
        <translation type="unfinished">ایالت، استان یا منطقهٔ نشانی.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation type="unfinished">کد پستی.</translation>
    </message>
    <message>
        <source>Country, two letters such as DE or GB; phone numbers without + are read as numbers of this country.</source>
        <translation type="unfinished">کشور، دو حرف مانند DE یا GB؛ شماره‌تلفن‌های بدون + شماره‌های این کشور در نظر گرفته می‌شوند.</translation>
    </message>
    <message>
        <source>--country takes a two-letter country code such as DE, GB, FR, CA or TR.</source>
        <translation type="unfinished">--country یک کد دوحرفی کشور می‌گیرد، مانند DE، GB، FR، CA یا TR.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a value and its label, such as an email and home</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>  given name: %1</source>
        <translation type="unfinished">  نام: %1</translation>
    </message>
    <message>
        <source>  family name: %1</source>
        <translation type="unfinished">  نام خانوادگی: %1</translation>
    </message>
    <message>
        <source>  preferred name: %1</source>
        <translation type="unfinished">  نام ترجیحی: %1</translation>
    </message>
    <message>
        <source>  address: %1</source>
        <translation type="unfinished">  نشانی: %1</translation>
    </message>
    <message>
        <source>  organization: %1</source>
        <translation type="unfinished">  سازمان: %1</translation>
    </message>
    <message>
        <source>  role: %1</source>
        <translation type="unfinished">  نقش: %1</translation>
    </message>
    <message>
        <source>  languages: %1</source>
        <translation type="unfinished">  زبان‌ها: %1</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation type="unfinished">داده شده در %1</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation type="unfinished">رد شده در %1</translation>
    </message>
    <message>
        <source>  consent to %1: %2</source>
        <translation type="unfinished">  رضایت برای %1: %2</translation>
    </message>
    <message>
        <source>  skills: %1</source>
        <translation type="unfinished">  مهارت‌ها: %1</translation>
    </message>
    <message>
        <source>  interests: %1</source>
        <translation type="unfinished">  علایق: %1</translation>
    </message>
    <message>
        <source>  birthday: %1</source>
        <translation type="unfinished">  تاریخ تولد: %1</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation type="unfinished">  یادداشت‌ها: %1</translation>
    </message>
    <message>
        <source>No workspace country: numbers without + and without a country are kept as typed.</source>
        <translation type="unfinished">فضای کار کشوری ندارد: شماره‌های بدون + و بدون کشور همان‌طور که نوشته شده‌اند نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Workspace country: %1</source>
        <translation type="unfinished">کشور فضای کار: %1</translation>
    </message>
    <message>
        <source>Choose one of --ics, --pdf, --html or --csv, with the file to write.</source>
        <translation type="unfinished">یکی از --ics، --pdf، --html یا --csv را همراه با پرونده‌ای که باید نوشته شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>With --pdf or --html: one page per team instead of per attendee.</source>
        <translation type="unfinished">با --pdf یا --html: برای هر تیم یک صفحه به‌جای هر شرکت‌کننده.</translation>
    </message>
    <message>
        <source>Write the itineraries as a web page, to send or open in a browser.</source>
        <translation type="unfinished">برنامه‌های سفر را به‌صورت صفحهٔ وب بنویسید تا بفرستید یا در مرورگر باز کنید.</translation>
    </message>
    <message>
        <source>&quot;chapters time-zone&quot; takes one zone, such as Europe/London.</source>
        <translation type="unfinished">&quot;chapters time-zone&quot; یک منطقهٔ زمانی می‌گیرد، مانند Europe/London.</translation>
    </message>
    <message>
        <source>Workspace time zone: %1</source>
        <translation type="unfinished">منطقهٔ زمانی فضای کار: %1</translation>
    </message>
    <message>
        <source>Time zone of %1: %2</source>
        <translation type="unfinished">منطقهٔ زمانی %1: %2</translation>
    </message>
    <message>
        <source>The IANA time zone of the chapter&apos;s events, such as Europe/London.</source>
        <translation type="unfinished">منطقهٔ زمانی IANA رویدادهای شاخه، مانند Europe/London.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished">منطقه</translation>
    </message>
    <message>
        <source>The chapter to show or set.</source>
        <translation type="unfinished">شاخه‌ای که باید نمایش داده یا تنظیم شود.</translation>
    </message>
    <message>
        <source>unknown command &quot;chapters %1&quot;; use add, list, region or time-zone.</source>
        <translation type="unfinished">فرمان ناشناخته &quot;chapters %1&quot;؛ از add، list، region یا time-zone استفاده کنید.</translation>
    </message>
    <message>
        <source>Also print the Hijri date (Islamic civil calendar).</source>
        <translation type="unfinished">تاریخ هجری را هم چاپ کن (تقویم مدنی اسلامی).</translation>
    </message>
    <message>
        <source>The IANA time zone of its place, such as Europe/London (default: the chapter&apos;s).</source>
        <translation type="unfinished">منطقهٔ زمانی IANA محل آن، مانند Europe/London (پیش‌فرض: منطقهٔ شاخه).</translation>
    </message>
    <message>
        <source>unknown command &quot;events %1&quot;; use create, list, show, checkin, attendance or calendar.</source>
        <translation type="unfinished">فرمان ناشناخته &quot;events %1&quot;؛ از create، list، show، checkin، attendance یا calendar استفاده کنید.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished">نوع: %1</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation type="unfinished">شروع: %1</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation type="unfinished">پایان: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished">منطقهٔ زمانی: %1</translation>
    </message>
    <message>
        <source>%1 (the chapter&apos;s or the workspace&apos;s)</source>
        <translation type="unfinished">%1 (منطقهٔ شاخه یا فضای کار)</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished">مکان: %1</translation>
    </message>
    <message>
        <source>--encoding &quot;%1&quot; is not one Majlis reads; use one of %2.</source>
        <translation type="unfinished">--encoding &quot;%1&quot; رمزگذاری‌ای نیست که مجلس بخواند؛ یکی از این‌ها را به کار ببرید: %2.</translation>
    </message>
    <message>
        <source>%1, detected</source>
        <translation type="unfinished">%1، تشخیص‌داده‌شده</translation>
    </message>
    <message>
        <source>%1, as chosen</source>
        <translation type="unfinished">%1، به انتخاب شما</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding, when detection guesses wrong: %1.</source>
        <translation type="unfinished">رمزگذاری متن پرونده، وقتی تشخیص اشتباه می‌کند: %1.</translation>
    </message>
    <message>
        <source>&quot;chapters region&quot; takes one country code, such as DE.</source>
        <translation type="unfinished">&quot;chapters region&quot; یک کد کشور می‌گیرد، مانند DE.</translation>
    </message>
    <message>
        <source>Country of %1: %2</source>
        <translation type="unfinished">کشور %1: %2</translation>
    </message>
    <message>
        <source>--building takes a name, and after = the group it is a short walk from, such as &quot;Binsfeld Office Building=offices&quot;.</source>
        <translation type="unfinished">--building یک نام می‌گیرد و پس از = گروهی که پیاده به آن نزدیک است، مانند &quot;Binsfeld Office Building=offices&quot;.</translation>
    </message>
    <message>
        <source>%1: the U.S. Capitol&apos;s buildings, as Majlis knows them.</source>
        <translation type="unfinished">%1: ساختمان‌های Capitol آمریکا، آن‌گونه که مجلس می‌شناسد.</translation>
    </message>
    <message>
        <source>%1: one building, the capitol.</source>
        <translation type="unfinished">%1: یک ساختمان، خود مجلس.</translation>
    </message>
    <message>
        <source>With campus: a building of the capitol as NAME=GROUP; buildings of one group are a short walk apart. Repeat for each; the list replaces the campus.</source>
        <translation type="unfinished">با campus: یک ساختمانِ مجلس به صورت NAME=GROUP؛ ساختمان‌های یک گروه پیاده نزدیک هم‌اند. برای هر ساختمان تکرار کنید؛ فهرست جایگزین ساختمان‌های قبلی می‌شود.</translation>
    </message>
    <message>
        <source>building</source>
        <translation type="unfinished">ساختمان</translation>
    </message>
    <message>
        <source>unknown command &quot;bodies %1&quot;; use list or campus.</source>
        <translation type="unfinished">فرمان ناشناخته &quot;bodies %1&quot;؛ از list یا campus استفاده کنید.</translation>
    </message>
    <message>
        <source>&quot;bodies campus&quot; needs the body&apos;s code, such as us-mi.</source>
        <translation type="unfinished">&quot;bodies campus&quot; به کد مجلس نیاز دارد، مانند us-mi.</translation>
    </message>
    <message>
        <source>The legislature the day lobbies, by code or name (default: the U.S. Congress).</source>
        <translation type="unfinished">مجلسی که روز برای آن حمایت‌گری می‌کند، با کد یا نام (پیش‌فرض: کنگرهٔ آمریکا).</translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished">مجلس</translation>
    </message>
    <message>
        <source>The day&apos;s time zone, such as America/Detroit (default: the capitol&apos;s).</source>
        <translation type="unfinished">منطقهٔ زمانی روز، مانند America/Detroit (پیش‌فرض: منطقهٔ زمانیِ مجلس).</translation>
    </message>
    <message>
        <source>Only this legislature, by its code or name (default: every one; see &quot;bodies list&quot;).</source>
        <translation type="unfinished">فقط این مجلس، با کد یا نامش (پیش‌فرض: همه؛ نگاه کنید به &quot;bodies list&quot;).</translation>
    </message>
    <message>
        <source>Only this chamber: upper, lower or unicameral (senate and house also work).</source>
        <translation type="unfinished">فقط این مجلس: upper، lower یا unicameral (senate و house هم کار می‌کنند).</translation>
    </message>
    <message>
        <source>chamber</source>
        <translation type="unfinished">مجلس</translation>
    </message>
    <message>
        <source>--chamber is one of upper, lower or unicameral.</source>
        <translation type="unfinished">--chamber یکی از upper، lower یا unicameral است.</translation>
    </message>
    <message>
        <source>No members match. Import a legislature&apos;s members with &quot;majlis-cli legislators import FILE&quot;.</source>
        <translation type="unfinished">هیچ عضوی منطبق نیست. اعضای یک مجلس را با &quot;majlis-cli legislators import FILE&quot; درون‌ریزی کنید.</translation>
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
        <translation type="unfinished">&quot;districts lookup&quot; به یک کد ZIP نیاز دارد: --zip 48126.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a legislature, its chamber and a district</comment>
        <translation type="unfinished">%1 (%2): %3</translation>
    </message>
    <message>
        <source>No district file knows ZIP %1 (ZIP codes of post office boxes only have no area).</source>
        <translation type="unfinished">هیچ فایل حوزه‌ای کد ZIP ‏%1 را نمی‌شناسد (کدهای ZIP که فقط برای صندوق پستی‌اند محدوده‌ای ندارند).</translation>
    </message>
    <message>
        <source>ZIP %1 spans several districts; the address decides which:</source>
        <translation type="unfinished">کد ZIP ‏%1 چند حوزه را در بر می‌گیرد؛ نشانی تعیین می‌کند کدام:</translation>
    </message>
    <message>
        <source>&quot;districts import&quot; takes one CSV file, --body CODE and --chamber senate|house|unicameral.</source>
        <translation type="unfinished">&quot;districts import&quot; یک فایل CSV، --body CODE و --chamber senate|house|unicameral می‌گیرد.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished">سطر %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 postcodes in %2 rows for %3 (%4); %5 rows left out.</source>
        <translation type="unfinished">%1 کد پستی در %2 ردیف برای %3 (%4) وارد شد؛ %5 ردیف کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>The ZIP code, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">کد ZIP، مانند 48126 یا 48126-1234.</translation>
    </message>
    <message>
        <source>zip</source>
        <translation type="unfinished">zip</translation>
    </message>
    <message>
        <source>The legislature&apos;s code, such as us-mi.</source>
        <translation type="unfinished">کد مجلس، مانند us-mi.</translation>
    </message>
    <message>
        <source>senate, house or unicameral.</source>
        <translation type="unfinished">senate، house یا unicameral.</translation>
    </message>
    <message>
        <source>unknown command &quot;districts %1&quot;; use lookup or import.</source>
        <translation type="unfinished">فرمان ناشناخته &quot;districts %1&quot;؛ از lookup یا import استفاده کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Would fill %n district(s) from postcodes (dry run: nothing was written).</source>
        <translation type="unfinished">
            <numerusform>%n حوزه از کدهای پستی پر می‌شد (آزمایشی: چیزی نوشته نشد).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postcodes.</source>
        <translation type="unfinished">
            <numerusform>%n حوزه از کدهای پستی پر شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already filled, %2 kept (entered by hand or confirmed), %3 without a postcode, of %4 contacts.</source>
        <translation type="unfinished">%1 از پیش پر شده، %2 نگه داشته شده (دستی یا تأییدشده)، %3 بدون کد پستی، از %4 مخاطب.</translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts; choose with &quot;contacts districts ID --set DISTRICT&quot;:</source>
        <translation type="unfinished">
            <numerusform>%n کد پستی چند حوزه را در بر می‌گیرد؛ با &quot;contacts districts ID --set DISTRICT&quot; انتخاب کنید:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows:</source>
        <translation type="unfinished">
            <numerusform>%n کد پستی که هیچ فایل حوزه‌ای آن را نمی‌شناسد:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s; check the address:</source>
        <translation type="unfinished">
            <numerusform>%n کد ZIP فقط در ایالتی جز ایالت مخاطب است؛ نشانی را بررسی کنید:</numerusform>
        </translation>
    </message>
    <message>
        <source>candidates: %1</source>
        <translation type="unfinished">گزینه‌ها: %1</translation>
    </message>
    <message>
        <source>No districts yet; &quot;contacts districts --fill&quot; finds them from postcodes.</source>
        <translation type="unfinished">هنوز حوزه‌ای نیست؛ &quot;contacts districts --fill&quot; آن‌ها را از کدهای پستی پیدا می‌کند.</translation>
    </message>
    <message>
        <source>Fill districts from postcodes.</source>
        <translation type="unfinished">حوزه‌ها را از کدهای پستی پر کنید.</translation>
    </message>
    <message>
        <source>List who still has districts to choose.</source>
        <translation type="unfinished">کسانی را که هنوز حوزه‌شان باید انتخاب شود فهرست کنید.</translation>
    </message>
    <message>
        <source>Only this advocacy day&apos;s attendees.</source>
        <translation type="unfinished">فقط شرکت‌کنندگان این روز حمایت‌گری.</translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished">روز</translation>
    </message>
    <message>
        <source>Only this legislature, such as us-congress or us-mi.</source>
        <translation type="unfinished">فقط این مجلس، مانند us-congress یا us-mi.</translation>
    </message>
    <message>
        <source>senate, house or unicameral (default house).</source>
        <translation type="unfinished">senate، house یا unicameral (پیش‌فرض house).</translation>
    </message>
    <message>
        <source>Report what would be filled; write nothing.</source>
        <translation type="unfinished">گزارش بده چه چیزی پر می‌شد؛ چیزی ننویس.</translation>
    </message>
    <message>
        <source>Choose the district, such as MI-12 for the U.S. House.</source>
        <translation type="unfinished">حوزه را انتخاب کنید، مانند MI-12 برای مجلس نمایندگان آمریکا.</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">حوزه</translation>
    </message>
    <message>
        <source>The district held is right.</source>
        <translation type="unfinished">حوزه ثبت‌شده درست است.</translation>
    </message>
    <message>
        <source>Mark the district to be checked.</source>
        <translation type="unfinished">حوزه را برای بررسی علامت بزنید.</translation>
    </message>
    <message>
        <source>Give one of --fill, --ambiguous, --set, --confirm and --check-later.</source>
        <translation type="unfinished">یکی از --fill، --ambiguous، --set، --confirm و --check-later را بدهید.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose.</source>
        <translation type="unfinished">
            <numerusform>%n حوزه برای انتخاب.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;contacts districts&quot; takes one contact id, or --fill or --ambiguous.</source>
        <translation type="unfinished">&quot;contacts districts&quot; یک شناسه مخاطب، یا --fill یا --ambiguous می‌گیرد.</translation>
    </message>
    <message>
        <source>--chamber takes senate, house or unicameral.</source>
        <translation type="unfinished">--chamber یکی از senate، house یا unicameral را می‌گیرد.</translation>
    </message>
    <message>
        <source>Count what would be added, updated and marked departed, and write nothing.</source>
        <translation type="unfinished">بشمار چه افزوده، به‌روز و رفته علامت‌گذاری می‌شود، و چیزی ننویس.</translation>
    </message>
    <message>
        <source>Read PATH as a member list (CSV) of this legislature, by its code, such as gb-parliament.</source>
        <translation type="unfinished">PATH را به‌عنوان فهرست اعضای (CSV) این مجلس بخوان، با کد آن، مانند gb-parliament.</translation>
    </message>
    <message>
        <source>The legislature&apos;s name, for a new one, such as &quot;UK Parliament&quot;.</source>
        <translation type="unfinished">نام مجلس، برای مجلس تازه، مانند «UK Parliament».</translation>
    </message>
    <message>
        <source>The legislature&apos;s country, such as GB.</source>
        <translation type="unfinished">کشور مجلس، مانند GB.</translation>
    </message>
    <message>
        <source>The name of its upper chamber.</source>
        <translation type="unfinished">نام مجلس علیای آن.</translation>
    </message>
    <message>
        <source>The name of its lower chamber, where members go when the list names none.</source>
        <translation type="unfinished">نام مجلس سفلای آن، که اعضا وقتی فهرست مجلسی نام نبرد در آن قرار می‌گیرند.</translation>
    </message>
    <message>
        <source>The time zone of its capital, such as Europe/London.</source>
        <translation type="unfinished">منطقه زمانی پایتخت آن، مانند Europe/London.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs, comma-separated, for the columns a guess misses. Fields: %1.</source>
        <translation type="unfinished">جفت‌های FIELD=COLUMN، جداشده با ویرگول، برای ستون‌هایی که حدس از قلم می‌اندازد. فیلدها: %1.</translation>
    </message>
    <message>
        <source>--body takes a legislature&apos;s code, letters, digits and dashes such as gb-parliament; &quot;%1&quot; is none in this workspace.</source>
        <translation type="unfinished">--body کد یک مجلس را می‌گیرد، از حروف، ارقام و خط تیره مانند gb-parliament؛ «%1» در این فضای کار چنین نیست.</translation>
    </message>
    <message>
        <source>%1 is a new legislature: give its name with --body-name.</source>
        <translation type="unfinished">%1 مجلس تازه‌ای است: نامش را با --body-name بدهید.</translation>
    </message>
    <message>
        <source>--time-zone takes a zone such as Europe/London; &quot;%1&quot; is none.</source>
        <translation type="unfinished">--time-zone منطقه‌ای زمانی مانند Europe/London می‌گیرد؛ «%1» چنین نیست.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 members; %4 new, %5 updated, %6 unchanged, %7 no longer in office.</source>
        <translation type="unfinished">%1 (%2): %3 عضو؛ %4 تازه، %5 به‌روزشده، %6 بدون تغییر، %7 دیگر در سمت نیستند.</translation>
    </message>
    <message>
        <source>&quot;legislators import&quot; needs one path: legislators-current.csv, an Open States folder or download, or a member list with --body.</source>
        <translation type="unfinished">«legislators import» به یک مسیر نیاز دارد: legislators-current.csv، پوشه یا بارگیری Open States، یا فهرست اعضا با --body.</translation>
    </message>
    <message>
        <source>--map reads a member list: say whose with --body.</source>
        <translation type="unfinished">--map فهرست اعضا را می‌خواند: با --body بگویید از کدام مجلس.</translation>
    </message>
    <message>
        <source>Where (default: the legislature&apos;s capital, such as Washington, DC).</source>
        <translation type="unfinished">مکان (پیش‌فرض: پایتخت مجلس، مانند Washington, DC).</translation>
    </message>
    <message>
        <source>Import the members of Congress built into this program instead of a file.</source>
        <translation type="unfinished">ورود اعضای کنگرهٔ گنجانده‌شده در این برنامه به جای یک پرونده.</translation>
    </message>
    <message>
        <source>--bundled imports the members of Congress built in: give no path, --body or --map with it.</source>
        <translation type="unfinished">‎--bundled اعضای کنگرهٔ گنجانده‌شده را وارد می‌کند: همراه آن مسیر، ‎--body یا ‎--map ندهید.</translation>
    </message>
    <message>
        <source>Say who is calling with --caller NAME: this workspace syncs with no server, so there is no user name to call as.</source>
        <translation type="unfinished">با --caller NAME بگویید چه کسی تماس می‌گیرد: این فضای کار با هیچ کارسازی همگام نمی‌شود، پس نام کاربری‌ای برای تماس وجود ندارد.</translation>
    </message>
    <message>
        <source>--answer takes QUESTION=ANSWER, such as plan=yes (&quot;%1&quot; is not).</source>
        <translation type="unfinished">--answer به صورت پرسش=پاسخ است، مانند plan=yes («%1» این‌طور نیست).</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; takes one answer, and was given two.</source>
        <translation type="unfinished">پرسش «%1» یک پاسخ می‌گیرد، اما دو پاسخ داده شد.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">تلفن: %1</translation>
    </message>
    <message>
        <source>%1 (as typed; check it)</source>
        <translation type="unfinished">%1 (همان‌طور که نوشته شده؛ بررسی کنید)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished">زبان‌ها: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished">نشانی: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s) before in this campaign.</source>
        <translation type="unfinished">
            <numerusform>پیش از این %n بار در این کارزار تلاش شده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">آخرین تماس: %1، %2 (%3)</translation>
    </message>
    <message>
        <source>Last contact: never</source>
        <translation type="unfinished">آخرین تماس: هرگز</translation>
    </message>
    <message>
        <source>Still to call: %1, this one included.</source>
        <translation type="unfinished">باقی‌مانده برای تماس: %1، با احتساب همین نفر.</translation>
    </message>
    <message>
        <source>Record it with: majlis-cli campaigns record %1 %2 --result CODE [--answer QUESTION=ANSWER]</source>
        <translation type="unfinished">با این فرمان ثبت کنید: majlis-cli campaigns record %1 %2 --result CODE [--answer پرسش=پاسخ]</translation>
    </message>
    <message>
        <source>Nobody is left for %1 to call on %2.</source>
        <translation type="unfinished">در %2 کسی برای تماس %1 باقی نمانده است.</translation>
    </message>
    <message>
        <source>&quot;campaigns record&quot; needs the campaign and the person: campaigns record CAMPAIGN CONTACT --result CODE.</source>
        <translation type="unfinished">«campaigns record» به کارزار و شخص نیاز دارد: campaigns record کارزار مخاطب --result CODE.</translation>
    </message>
    <message>
        <source>--result is one of %1.</source>
        <translation type="unfinished">--result یکی از این‌هاست: %1.</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; for %2 by %3.</source>
        <translation type="unfinished">«%1» برای %2 به دست %3 ثبت شد.</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2</source>
        <translation type="unfinished">در فهرست: %1؛ پایان‌یافته: %2</translation>
    </message>
    <message>
        <source>Attempts: %1; reached: %2 (%3%); pledges: %4; follow-ups: %5; opt-outs: %6</source>
        <translation type="unfinished">تلاش‌ها: %1؛ تماس برقرار شد: %2 (%3٪)؛ تعهدها: %4؛ پیگیری‌ها: %5؛ عدم تماس: %6</translation>
    </message>
    <message>
        <source>Per volunteer:</source>
        <translation type="unfinished">به تفکیک داوطلب:</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3 (%4%), pledges %5, from %6 to %7</source>
        <translation type="unfinished">  %1: تلاش‌ها %2، تماس برقرار شد %3 (%4٪)، تعهدها %5، از %6 تا %7</translation>
    </message>
    <message>
        <source>    check: %1</source>
        <translation type="unfinished">    بررسی شود: %1</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished">پاسخ‌ها:</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation type="unfinished">به تفکیک روز:</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3, pledges %4</source>
        <translation type="unfinished">  %1: تلاش‌ها %2، تماس برقرار شد %3، تعهدها %4</translation>
    </message>
    <message>
        <source>--caller names the volunteer whose results to withdraw.</source>
        <translation type="unfinished">--caller داوطلبی را نام می‌برد که نتایجش پس گرفته می‌شود.</translation>
    </message>
    <message>
        <source>--%1 takes a time such as 2026-11-01T14:00 (this computer&apos;s time, or end it with Z for UTC) or a day such as 2026-11-01.</source>
        <translation type="unfinished">--%1 زمانی مانند 2026-11-01T14:00 (به وقت این رایانه، یا برای UTC با Z در پایان) یا روزی مانند 2026-11-01 می‌گیرد.</translation>
    </message>
    <message>
        <source>--from must come before --to.</source>
        <translation type="unfinished">--from باید پیش از --to باشد.</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %n result(s) by %1 from %2; those people can be called again.</source>
        <translation type="unfinished">
            <numerusform>%n نتیجهٔ %1 در %2 پس گرفته شد؛ می‌توان دوباره با آن افراد تماس گرفت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is calling (default: the user this workspace syncs as).</source>
        <translation type="unfinished">چه کسی تماس می‌گیرد (پیش‌فرض: کاربری که این فضای کار با آن همگام می‌شود).</translation>
    </message>
    <message>
        <source>Pass over this person for now; repeatable.</source>
        <translation type="unfinished">فعلاً از این شخص بگذر؛ تکرارپذیر.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished">مخاطب</translation>
    </message>
    <message>
        <source>What came of it: %1.</source>
        <translation type="unfinished">نتیجه چه شد: %1.</translation>
    </message>
    <message>
        <source>QUESTION=ANSWER from the script; repeatable. Several answers to a multiple-choice question: QUESTION=A,B.</source>
        <translation type="unfinished">پرسش=پاسخ از متن؛ تکرارپذیر. چند پاسخ به یک پرسش چندگزینه‌ای: پرسش=A,B.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished">پاسخ</translation>
    </message>
    <message>
        <source>refused or hostile: the person is never contacted again.</source>
        <translation type="unfinished">refused یا hostile: دیگر هرگز با این شخص تماس گرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished">دلیل</translation>
    </message>
    <message>
        <source>The number dialled, when not the card&apos;s (marked bad by wrong_number or disconnected).</source>
        <translation type="unfinished">شماره‌ای که گرفته شد، اگر شمارهٔ کارت نباشد (wrong_number یا disconnected آن را نامعتبر علامت می‌زنند).</translation>
    </message>
    <message>
        <source>The volunteer whose results to withdraw.</source>
        <translation type="unfinished">داوطلبی که نتایجش پس گرفته می‌شود.</translation>
    </message>
    <message>
        <source>Only results recorded from this time on.</source>
        <translation type="unfinished">فقط نتایج ثبت‌شده از این زمان به بعد.</translation>
    </message>
    <message>
        <source>Only results recorded up to this time.</source>
        <translation type="unfinished">فقط نتایج ثبت‌شده تا این زمان.</translation>
    </message>
    <message>
        <source>Election day, such as 2026-11-03.</source>
        <translation type="unfinished">روز انتخابات، مانند 2026-11-03.</translation>
    </message>
    <message>
        <source>Where it is held, such as Michigan or Dearborn.</source>
        <translation type="unfinished">جایی که برگزار می‌شود، مانند Michigan یا Dearborn.</translation>
    </message>
    <message>
        <source>The chapter mobilizing for it.</source>
        <translation type="unfinished">شعبه‌ای که برای آن بسیج می‌کند.</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns elections %1&quot;; use add or list.</source>
        <translation type="unfinished">فرمان ناشناخته «campaigns elections %1»؛ از add یا list استفاده کنید.</translation>
    </message>
    <message>
        <source>--date takes the election day, such as 2026-11-03.</source>
        <translation type="unfinished">--date روز انتخابات را می‌گیرد، مانند 2026-11-03.</translation>
    </message>
    <message>
        <source>Added the election %1 on %2 (%3).</source>
        <translation type="unfinished">انتخابات %1 در %2 افزوده شد (%3).</translation>
    </message>
    <message>
        <source>No elections yet. Add one with &quot;majlis-cli campaigns elections add NAME --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">هنوز انتخاباتی نیست. با «majlis-cli campaigns elections add NAME --date YYYY-MM-DD» یکی بیفزایید.</translation>
    </message>
    <message>
        <source>phone (a phone bank), door (door knocking) or gotv (get out the vote).</source>
        <translation type="unfinished">phone (کارزار تلفنی)، door (در‌به‌در) یا gotv (تشویق به رأی‌دادن).</translation>
    </message>
    <message>
        <source>The script: a YAML or JSON file with the introduction and questions.</source>
        <translation type="unfinished">متن: یک پروندهٔ YAML یا JSON با مقدمه و پرسش‌ها.</translation>
    </message>
    <message>
        <source>The election it is for, by name or id.</source>
        <translation type="unfinished">انتخاباتی که برای آن است، با نام یا شناسه.</translation>
    </message>
    <message>
        <source>election</source>
        <translation type="unfinished">انتخابات</translation>
    </message>
    <message>
        <source>The chapter running it (default: the whole organization).</source>
        <translation type="unfinished">شعبه‌ای که آن را پیش می‌برد (پیش‌فرض: کل سازمان).</translation>
    </message>
    <message>
        <source>First day, such as 2026-10-01.</source>
        <translation type="unfinished">روز نخست، مانند 2026-10-01.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished">روز پایانی.</translation>
    </message>
    <message>
        <source>Give the campaign a name: &quot;campaigns create NAME --kind phone --script FILE&quot;.</source>
        <translation type="unfinished">برای کارزار نامی بگذارید: «campaigns create NAME --kind phone --script FILE».</translation>
    </message>
    <message>
        <source>--kind is one of phone, door, gotv.</source>
        <translation type="unfinished">--kind یکی از phone، door، gotv است.</translation>
    </message>
    <message>
        <source>--script names the script file (YAML or JSON).</source>
        <translation type="unfinished">--script پروندهٔ متن را نام می‌برد (YAML یا JSON).</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-10-01.</source>
        <translation type="unfinished">--%1 تاریخی مانند 2026-10-01 می‌گیرد.</translation>
    </message>
    <message>
        <source>Cannot read the script %1: %2</source>
        <translation type="unfinished">متن %1 خوانده نشد: %2</translation>
    </message>
    <message>
        <source>The script %1: %2</source>
        <translation type="unfinished">متن %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 (%2). Kind: %3; %n question(s) in its script.</source>
        <translation type="unfinished">
            <numerusform>%1 (%2) ساخته شد. نوع: %3؛ %n پرسش در متن آن.</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished">بسته</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">باز</translation>
    </message>
    <message>
        <source>No campaigns yet. Create one with &quot;majlis-cli campaigns create NAME --kind phone --script FILE.yaml&quot;.</source>
        <translation type="unfinished">هنوز کارزاری نیست. با «majlis-cli campaigns create NAME --kind phone --script FILE.yaml» یکی بسازید.</translation>
    </message>
    <message>
        <source>Election: %1 on %2</source>
        <translation type="unfinished">انتخابات: %1 در %2</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation type="unfinished">تاریخ‌ها: از %1 تا %2</translation>
    </message>
    <message>
        <source>Closed: it takes no more results.</source>
        <translation type="unfinished">بسته: دیگر نتیجه‌ای نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2; attempts: %3; reached: %4</source>
        <translation type="unfinished">در فهرست: %1؛ پایان‌یافته: %2؛ تلاش‌ها: %3؛ تماس برقرار شد: %4</translation>
    </message>
    <message>
        <source>  still to call for %1: %2</source>
        <translation type="unfinished">  باقی‌مانده برای تماس %1: %2</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished">(هنوز هیچ‌کس)</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation type="unfinished">متن:</translation>
    </message>
    <message>
        <source>People with this tag; repeat for any of several.</source>
        <translation type="unfinished">افرادی که این برچسب را دارند؛ برای هر یک از چند برچسب تکرار کنید.</translation>
    </message>
    <message>
        <source>People of this chapter.</source>
        <translation type="unfinished">افراد این شعبه.</translation>
    </message>
    <message>
        <source>People who speak this language, such as ar.</source>
        <translation type="unfinished">افرادی که به این زبان سخن می‌گویند، مانند ar.</translation>
    </message>
    <message>
        <source>People in this U.S. state, two letters.</source>
        <translation type="unfinished">افراد در این ایالت آمریکا، دو حرف.</translation>
    </message>
    <message>
        <source>With --district: the legislature, such as us-mi.</source>
        <translation type="unfinished">با --district: مجلس قانون‌گذاری، مانند us-mi.</translation>
    </message>
    <message>
        <source>People in this district of --body.</source>
        <translation type="unfinished">افراد در این حوزهٔ --body.</translation>
    </message>
    <message>
        <source>People who checked in at this event.</source>
        <translation type="unfinished">افرادی که در این رویداد حضور ثبت کردند.</translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished">رویداد</translation>
    </message>
    <message>
        <source>People with this voter-registration status at any drive: %1.</source>
        <translation type="unfinished">افرادی با این وضعیت ثبت‌نام رأی‌دهنده در هر کارزار: %1.</translation>
    </message>
    <message>
        <source>With --question and --answer: people who gave that answer in this campaign.</source>
        <translation type="unfinished">با --question و --answer: افرادی که در این کارزار آن پاسخ را دادند.</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished">کارزار</translation>
    </message>
    <message>
        <source>The question&apos;s key.</source>
        <translation type="unfinished">کلید پرسش.</translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished">کلید</translation>
    </message>
    <message>
        <source>The answer&apos;s key.</source>
        <translation type="unfinished">کلید پاسخ.</translation>
    </message>
    <message>
        <source>With --pledged or --not-voted: the election.</source>
        <translation type="unfinished">با --pledged یا --not-voted: انتخابات.</translation>
    </message>
    <message>
        <source>People who pledged to vote in --election.</source>
        <translation type="unfinished">افرادی که متعهد شدند در --election رأی دهند.</translation>
    </message>
    <message>
        <source>People not yet marked as voted in --election.</source>
        <translation type="unfinished">افرادی که هنوز در --election علامت «رأی داده» ندارند.</translation>
    </message>
    <message>
        <source>Say how many would be added, and add nobody.</source>
        <translation type="unfinished">بگو چند نفر افزوده می‌شوند، و کسی را نیفزا.</translation>
    </message>
    <message>
        <source>--state takes two letters, such as MI.</source>
        <translation type="unfinished">--state دو حرف می‌گیرد، مانند MI.</translation>
    </message>
    <message>
        <source>--body and --district go together: the district of which legislature.</source>
        <translation type="unfinished">--body و --district با هم می‌آیند: حوزهٔ کدام مجلس.</translation>
    </message>
    <message>
        <source>--voter-status is one of %1.</source>
        <translation type="unfinished">--voter-status یکی از این‌هاست: %1.</translation>
    </message>
    <message>
        <source>--answered, --question and --answer go together: who gave which answer where.</source>
        <translation type="unfinished">--answered، --question و --answer با هم می‌آیند: چه کسی کجا چه پاسخی داد.</translation>
    </message>
    <message>
        <source>--election goes with --pledged or --not-voted.</source>
        <translation type="unfinished">--election با --pledged یا --not-voted می‌آید.</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n person(s) to the list of %1; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform>%n نفر به فهرست %1 افزوده می‌شد؛ چیزی تغییر نکرد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) to the list of %1.</source>
        <translation type="unfinished">
            <numerusform>%n نفر به فهرست %1 افزوده شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">انجام شد</translation>
    </message>
    <message>
        <source>Nobody is on the list yet. Add people with &quot;majlis-cli campaigns build %1 --tag TAG&quot;.</source>
        <translation type="unfinished">هنوز کسی در فهرست نیست. با «majlis-cli campaigns build %1 --tag TAG» افراد را بیفزایید.</translation>
    </message>
    <message>
        <source>Split the list with --to a,b,c (by count) or --by-language NAME=LANG,LANG (repeat per volunteer), not both.</source>
        <translation type="unfinished">فهرست را با --to a,b,c (بر اساس تعداد) یا --by-language NAME=LANG,LANG (برای هر داوطلب تکرار شود) تقسیم کنید، نه هر دو.</translation>
    </message>
    <message>
        <source>--by-language takes NAME=LANG,LANG, such as amina=ar,en.</source>
        <translation type="unfinished">--by-language به صورت NAME=LANG,LANG است، مانند amina=ar,en.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n person(s) on the list of %1.</source>
        <translation type="unfinished">
            <numerusform>%n نفر از فهرست %1 واگذار شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n to call</source>
        <translation type="unfinished">
            <numerusform>  %1: %n نفر برای تماس</numerusform>
        </translation>
    </message>
    <message>
        <source>--out names the CSV file to write.</source>
        <translation type="unfinished">--out پروندهٔ CSV را که باید نوشته شود نام می‌برد.</translation>
    </message>
    <message>
        <source>--volunteer goes with --list: one volunteer&apos;s share of the list.</source>
        <translation type="unfinished">--volunteer با --list می‌آید: سهم یک داوطلب از فهرست.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to call or visit to %1.</source>
        <translation type="unfinished">
            <numerusform>%n نفر برای تماس یا دیدار در %1 نوشته شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n result(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n نتیجه در %1 نوشته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the campaign, by the id &quot;campaigns list&quot; shows or by its name.</source>
        <translation type="unfinished">کارزار را با شناسه‌ای که «campaigns list» نشان می‌دهد یا با نامش مشخص کنید.</translation>
    </message>
    <message>
        <source>Volunteers to split the list among by count, such as amina,bilal.</source>
        <translation type="unfinished">داوطلبانی که فهرست بر اساس تعداد میانشان تقسیم می‌شود، مانند amina,bilal.</translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished">نام‌ها</translation>
    </message>
    <message>
        <source>A volunteer and the languages they call in, such as amina=ar,en; repeat per volunteer.</source>
        <translation type="unfinished">یک داوطلب و زبان‌هایی که با آن‌ها تماس می‌گیرد، مانند amina=ar,en؛ برای هر داوطلب تکرار کنید.</translation>
    </message>
    <message>
        <source>name=languages</source>
        <translation type="unfinished">نام=زبان‌ها</translation>
    </message>
    <message>
        <source>Take back only this volunteer&apos;s share.</source>
        <translation type="unfinished">فقط سهم این داوطلب را پس بگیر.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished">پروندهٔ CSV که باید نوشته شود.</translation>
    </message>
    <message>
        <source>Write the list to call or walk instead of the results.</source>
        <translation type="unfinished">به جای نتایج، فهرست تماس یا گشت را بنویس.</translation>
    </message>
    <message>
        <source>With --list: only this volunteer&apos;s share.</source>
        <translation type="unfinished">با --list: فقط سهم این داوطلب.</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns %1&quot;; use elections, create, list, show, build, entries, assign, release, next, record, progress, rollback, close or export.</source>
        <translation type="unfinished">فرمان ناشناخته «campaigns %1»؛ از elections، create، list، show، build، entries، assign، release، next، record، progress، rollback، close یا export استفاده کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from every volunteer.</source>
        <translation type="unfinished">
            <numerusform>%n نفر از همهٔ داوطلبان پس گرفته شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from %1.</source>
        <translation type="unfinished">
            <numerusform>%n نفر از %1 پس گرفته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1: it takes no more results, and its assignments have ended.</source>
        <translation type="unfinished">%1 بسته شد: دیگر نتیجه‌ای نمی‌پذیرد و واگذاری‌هایش پایان یافت.</translation>
    </message>
    <message>
        <source>(district unknown)</source>
        <translation type="unfinished">(حوزه نامعلوم)</translation>
    </message>
    <message>
        <source>Pledged: %1; of them voted: %2; everyone marked voted: %3</source>
        <translation type="unfinished">متعهدان: %1؛ از آنان رأی داده‌اند: %2؛ همهٔ علامت‌خورده‌ها به «رأی داده»: %3</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 pledged have voted</source>
        <translation type="unfinished">  %1: %2 از %3 متعهد رأی داده‌اند</translation>
    </message>
    <message>
        <source>Everyone who pledged to vote in %1 has voted (or nobody pledged yet).</source>
        <translation type="unfinished">همهٔ کسانی که متعهد شدند در %1 رأی دهند رأی داده‌اند (یا هنوز کسی متعهد نشده است).</translation>
    </message>
    <message>
        <source>Name the people who voted, by contact id: gotv voted ELECTION ID...</source>
        <translation type="unfinished">کسانی را که رأی داده‌اند با شناسهٔ مخاطب نام ببرید: gotv voted ELECTION ID...</translation>
    </message>
    <message numerus="yes">
        <source>Took back the vote of %n person(s) in %1.</source>
        <translation type="unfinished">
            <numerusform>علامت رأی %n نفر در %1 برداشته شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n person(s) as having voted in %1.</source>
        <translation type="unfinished">
            <numerusform>%n نفر در %1 علامت «رأی داده» خوردند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the mark back: they have not voted after all.</source>
        <translation type="unfinished">علامت را بردار: در نهایت رأی نداده‌اند.</translation>
    </message>
    <message>
        <source>unknown command &quot;gotv %1&quot;; use summary, chase or voted.</source>
        <translation type="unfinished">فرمان ناشناخته «gotv %1»؛ از summary، chase یا voted استفاده کنید.</translation>
    </message>
    <message>
        <source>Name the election, by the id &quot;campaigns elections list&quot; shows or by its name.</source>
        <translation type="unfinished">انتخابات را با شناسه‌ای که «campaigns elections list» نشان می‌دهد یا با نامش مشخص کنید.</translation>
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
