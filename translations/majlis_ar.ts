<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ChapterRepository</name>
    <message>
        <source>A chapter needs a name.</source>
        <translation type="unfinished">يحتاج الفرع إلى اسم.</translation>
    </message>
    <message>
        <source>There is already a chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">يوجد فرع باسم "%1" بالفعل.</translation>
    </message>
    <message>
        <source>There is no chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">لا يوجد فرع باسم "%1".</translation>
    </message>
    <message>
        <source>The chapter no longer exists.</source>
        <translation type="unfinished">لم يعد هذا الفرع موجودًا.</translation>
    </message>
</context>
<context>
    <name>ContactDirectory</name>
    <message>
        <source>&quot;%1&quot; is not a contact id; use the id shown by &quot;contacts list&quot; (at least 4 characters).</source>
        <translation type="unfinished">"%1" ليس معرّف جهة اتصال؛ استخدم المعرّف الذي يعرضه "contacts list" (4 أحرف على الأقل).</translation>
    </message>
    <message>
        <source>No contact has the id %1.</source>
        <translation type="unfinished">لا توجد جهة اتصال بالمعرّف %1.</translation>
    </message>
    <message>
        <source>More than one contact has an id starting with %1; give more of it.</source>
        <translation type="unfinished">أكثر من جهة اتصال يبدأ معرّفها بـ %1؛ اكتب جزءًا أطول منه.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>Contact %1 (%2): %3</source>
        <translation type="unfinished">جهة الاتصال %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cancelled; no contacts were added.</source>
        <translation type="unfinished">أُلغيت العملية؛ لم تُضف أي جهة اتصال.</translation>
    </message>
    <message>
        <source>Enter at least one tag.</source>
        <translation type="unfinished">أدخل وسمًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>The contact was deleted meanwhile; nothing was saved.</source>
        <translation type="unfinished">حُذفت جهة الاتصال في هذه الأثناء؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">لم تعد جهة الاتصال موجودة؛ ربما حُذفت.</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>The email address is empty.</source>
        <translation type="unfinished">عنوان البريد الإلكتروني فارغ.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains a space.</source>
        <translation type="unfinished">عنوان البريد الإلكتروني "%1" يحتوي على مسافة.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no @ sign; it should look like name@example.org.</source>
        <translation type="unfinished">عنوان البريد الإلكتروني "%1" لا يحتوي على العلامة @؛ يجب أن يكون مثل name@example.org.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing before the @ sign.</source>
        <translation type="unfinished">لا يوجد شيء قبل العلامة @ في عنوان البريد الإلكتروني "%1".</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has more than one @ sign.</source>
        <translation type="unfinished">عنوان البريد الإلكتروني "%1" يحتوي على أكثر من علامة @.</translation>
    </message>
    <message>
        <source>The part after @ in &quot;%1&quot; is not a valid domain such as example.org.</source>
        <translation type="unfinished">الجزء الذي بعد @ في "%1" ليس نطاقًا صالحًا مثل example.org.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished">رقم الهاتف فارغ.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may contain only digits, spaces, + ( ) - . and /.</source>
        <translation type="unfinished">رقم الهاتف "%1" يمكن أن يحتوي فقط على أرقام ومسافات و + ( ) - . و /.</translation>
    </message>
    <message>
        <source>The international number &quot;%1&quot; should have 8 to 15 digits after the +.</source>
        <translation type="unfinished">يجب أن يحتوي الرقم الدولي "%1" على 8 إلى 15 رقمًا بعد +.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is too short.</source>
        <translation type="unfinished">رقم الهاتف "%1" قصير جدًا.</translation>
    </message>
    <message>
        <source>%1 digits</source>
        <translation type="unfinished">%1 أرقام</translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation type="unfinished">من %1 إلى %2 رقمًا</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; does not look like a number in %2: expected %3, or write it with + and the country code.</source>
        <translation type="unfinished">رقم الهاتف "%1" لا يبدو رقمًا في %2: المتوقع %3، أو اكتبه مع + ورمز البلد.</translation>
    </message>
    <message>
        <source>Enter a given name, a family name or a preferred name.</source>
        <translation type="unfinished">أدخل الاسم الأول أو اسم العائلة أو الاسم المفضّل.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a U.S. state code; use two letters such as MI or CA.</source>
        <translation type="unfinished">"%1" ليس رمز ولاية أمريكية؛ استخدم حرفين مثل MI أو CA.</translation>
    </message>
    <message>
        <source>A congressional district needs a state.</source>
        <translation type="unfinished">تحتاج الدائرة الانتخابية إلى ولاية.</translation>
    </message>
    <message>
        <source>District %1 does not exist; use 0 for an at-large seat or 1 to %2.</source>
        <translation type="unfinished">الدائرة %1 غير موجودة؛ استخدم 0 لمقعد على مستوى الولاية أو من 1 إلى %2.</translation>
    </message>
</context>
<context>
    <name>CreateContactCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished">إضافة %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder. Choose a workspace file instead.</source>
        <translation type="unfinished">%1 مجلد. اختر ملف مساحة عمل بدلًا منه.</translation>
    </message>
    <message>
        <source>Majlis cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished">لا يستطيع مجلس قراءة %1: %2. تحقّق من صلاحيات الملف.</translation>
    </message>
    <message>
        <source>%1 is not a Majlis workspace (it is not an SQLite database). Choose another file.</source>
        <translation type="unfinished">%1 ليس مساحة عمل لمجلس (ليس قاعدة بيانات SQLite). اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation type="unfinished">%1 للقراءة فقط. انسخه إلى مجلد يمكنك الكتابة فيه، أو غيّر صلاحياته.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, and Majlis needs to write beside the workspace. Move the file to a writable folder.</source>
        <translation type="unfinished">المجلد %1 للقراءة فقط، ويحتاج مجلس إلى الكتابة بجانب مساحة العمل. انقل الملف إلى مجلد قابل للكتابة.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation type="unfinished">لا توجد مساحة عمل في %1.</translation>
    </message>
    <message>
        <source>Majlis cannot create the folder %1. Choose a location you can write to.</source>
        <translation type="unfinished">لا يستطيع مجلس إنشاء المجلد %1. اختر موقعًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>Majlis cannot create a workspace in %1: %2. Choose a location you can write to.</source>
        <translation type="unfinished">لا يستطيع مجلس إنشاء مساحة عمل في %1: %2. اختر موقعًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 تالف ولا يمكن فتحه. استعده من نسخة احتياطية أو من نسخة متزامنة.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">%1 تالف (%2). استعده من نسخة احتياطية أو من نسخة متزامنة.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database from another program, not a Majlis workspace. Choose another file.</source>
        <translation type="unfinished">%1 قاعدة بيانات SQLite من برنامج آخر، وليس مساحة عمل لمجلس. اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Majlis (workspace format %2; this version reads up to %3). Update Majlis to open it.</source>
        <translation type="unfinished">كُتب %1 بإصدار أحدث من مجلس (تنسيق مساحة العمل %2؛ هذا الإصدار يقرأ حتى %3). حدّث مجلس لفتحه.</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>حذف %n جهة اتصال</numerusform>
            <numerusform>حذف %n جهة اتصال</numerusform>
            <numerusform>حذف %n جهتا اتصال</numerusform>
            <numerusform>حذف %n جهات اتصال</numerusform>
            <numerusform>حذف %n جهة اتصال</numerusform>
            <numerusform>حذف %n جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished">تعديل %1</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The workspace is in use by another program or another Majlis window. Close it there and try again.</source>
        <translation type="unfinished">مساحة العمل مستخدمة في برنامج آخر أو نافذة أخرى لمجلس. أغلقها هناك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written. Check that the file and its folder are writable.</source>
        <translation type="unfinished">لا يمكن الكتابة في ملف مساحة العمل. تحقّق من أن الملف ومجلده قابلان للكتابة.</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup or a synced copy.</source>
        <translation type="unfinished">ملف مساحة العمل تالف. استعده من نسخة احتياطية أو من نسخة متزامنة.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished">القرص ممتلئ. حرّر بعض المساحة وحاول مرة أخرى؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation type="unfinished">تعذّرت قراءة مساحة العمل أو الكتابة فيها: %1</translation>
    </message>
</context>
<context>
    <name>TagContactsCommand</name>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>وسم %n جهة اتصال</numerusform>
            <numerusform>وسم %n جهة اتصال</numerusform>
            <numerusform>وسم %n جهتا اتصال</numerusform>
            <numerusform>وسم %n جهات اتصال</numerusform>
            <numerusform>وسم %n جهة اتصال</numerusform>
            <numerusform>وسم %n جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first organizer for civic and advocacy organizations.</source>
        <translation type="unfinished">منظِّم يعمل دون اتصال للمنظمات المدنية ومنظمات المناصرة.</translation>
    </message>
    <message>
        <source>Open this workspace file (default: %1).</source>
        <translation type="unfinished">افتح ملف مساحة العمل هذا (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">المسار</translation>
    </message>
    <message>
        <source>Open a fictional demo workspace, creating it if needed.</source>
        <translation type="unfinished">افتح مساحة عمل تجريبية ببيانات خيالية، وأنشئها عند الحاجة.</translation>
    </message>
    <message>
        <source>Language, such as ar or en.</source>
        <translation type="unfinished">اللغة، مثل ar أو en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">الرمز</translation>
    </message>
</context>
<context>
    <name>majlis-cli</name>
    <message>
        <source>majlis-cli: error: %1</source>
        <translation type="unfinished">majlis-cli: خطأ: %1</translation>
    </message>
    <message>
        <source>majlis-cli: %1</source>
        <translation type="unfinished">majlis-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;majlis-cli --help&quot; for the commands.</source>
        <translation type="unfinished">شغّل "majlis-cli --help" لعرض الأوامر.</translation>
    </message>
    <message>
        <source>Commands:
  init                        create or upgrade the workspace
  contacts add [options]      add a contact (--given, --family, --email, --phone, --chapter, ...)
  contacts list               list contacts (--chapter, --tag, --limit)
  contacts search TEXT        find contacts by name, email, phone, tag, organization or notes
  contacts show ID            show one contact
  contacts edit ID [options]  change a contact
  contacts delete ID...       delete contacts
  chapters add NAME           add a chapter (--city, --region, --country)
  chapters list               list chapters
  demo [--count N]            fill the workspace with fictional demo data
Run &quot;majlis-cli COMMAND VERB --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished">الأوامر:
  init                        إنشاء مساحة العمل أو ترقيتها
  contacts add [options]      إضافة جهة اتصال (--given, --family, --email, --phone, --chapter, ...)
  contacts list               عرض جهات الاتصال (--chapter, --tag, --limit)
  contacts search TEXT        البحث عن جهات الاتصال بالاسم أو البريد أو الهاتف أو الوسم أو المنظمة أو الملاحظات
  contacts show ID            عرض جهة اتصال واحدة
  contacts edit ID [options]  تعديل جهة اتصال
  contacts delete ID...       حذف جهات اتصال
  chapters add NAME           إضافة فرع (--city, --region, --country)
  chapters list               عرض الفروع
  demo [--count N]            ملء مساحة العمل ببيانات تجريبية خيالية
شغّل "majlis-cli COMMAND VERB --help" لعرض خيارات أمر ما.</translation>
    </message>
    <message>
        <source>Workspace file (default: %1).</source>
        <translation type="unfinished">ملف مساحة العمل (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished">المسار</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished">اطبع JSON قابلًا للقراءة آليًا.</translation>
    </message>
    <message>
        <source>Language of messages, such as ar.</source>
        <translation type="unfinished">لغة الرسائل، مثل ar.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">الرمز</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished">اعرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished">اعرض الإصدار.</translation>
    </message>
    <message>
        <source>init, contacts, chapters or demo</source>
        <translation type="unfinished">init أو contacts أو chapters أو demo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a verb, such as list.</source>
        <translation type="unfinished">يحتاج "%1" إلى فعل، مثل list.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished">أمر غير معروف "%1".</translation>
    </message>
</context>
<context>
    <name>majlis::ContactDetailPane</name>
    <message>
        <source>Added to Majlis</source>
        <translation type="unfinished">أُضيفت إلى مجلس</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">حُذفت</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished">استُعيدت</translation>
    </message>
    <message>
        <source>Tagged: %1</source>
        <translation type="unfinished">وُسمت: %1</translation>
    </message>
    <message>
        <source>Tags removed: %1</source>
        <translation type="unfinished">أُزيلت الوسوم: %1</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation type="unfinished">عُدّلت: %1</translation>
    </message>
    <message>
        <source>Select a contact to see and edit it here,
or press Ctrl+N to add one.</source>
        <translation type="unfinished">اختر جهة اتصال لعرضها وتعديلها هنا،
أو اضغط Ctrl+N لإضافة واحدة.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;حفظ</translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation type="unfinished">حفظ التغييرات (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">ت&amp;راجع</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">السجل</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>history entry: date, what happened</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>emails</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished">الهواتف</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">الدائرة</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation type="unfinished">الفرع</translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished">اللغات</translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished">المنظمة</translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished">الوسوم</translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished">الموافقة</translation>
    </message>
    <message>
        <source>skills and interests</source>
        <translation type="unfinished">المهارات والاهتمامات</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished">الملاحظات</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditor</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished">الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">اسم العائلة</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">الاسم المفضّل</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation type="unfinished">الاسم الذي يحب أن يُنادى به</translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished">المنزل</translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished">العمل</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">آخر</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation type="unfinished">إضافة بريد إلكتروني</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished">الجوال</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished">إضافة هاتف</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">رقم الهاتف</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">الفرع</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">الشارع</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">المدينة</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="unfinished">الولاية أو المنطقة</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">الرمز البريدي</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <source>Two letters, such as US</source>
        <translation type="unfinished">حرفان، مثل US</translation>
    </message>
    <message>
        <source>U.S. state</source>
        <translation type="unfinished">الولاية الأمريكية</translation>
    </message>
    <message>
        <source>MI</source>
        <translation type="unfinished">MI</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">الدائرة الانتخابية</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">غير معروفة</translation>
    </message>
    <message>
        <source>0 for an at-large seat</source>
        <translation type="unfinished">0 لمقعد على مستوى الولاية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">اللغات</translation>
    </message>
    <message>
        <source>Comma-separated, such as ar, en</source>
        <translation type="unfinished">مفصولة بفواصل، مثل ar, en</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">المنظمة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">الدور</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">الوسوم</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation type="unfinished">مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Volunteer skills</source>
        <translation type="unfinished">مهارات التطوع</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">الاهتمامات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">ملاحظات</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished">المشكلات</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished">الاسم ال&amp;أول:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished">اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished">الاسم ال&amp;مفضّل:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation type="unfinished">ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation type="unfinished">ال&amp;هواتف:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">ال&amp;فرع:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished">الدائرة:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished">الشارع:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished">المدينة:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">المنطقة:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished">الرمز البريدي:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished">البلد:</translation>
    </message>
    <message>
        <source>U.S. &amp;state:</source>
        <translation type="unfinished">ال&amp;ولاية الأمريكية:</translation>
    </message>
    <message>
        <source>Address and district</source>
        <translation type="unfinished">العنوان والدائرة</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished">ال&amp;لغات:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished">المن&amp;ظمة:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">ال&amp;دور:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">ال&amp;وسوم:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation type="unfinished">الم&amp;هارات:</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation type="unfinished">الا&amp;هتمامات:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">الموافقة</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished">المسجَّل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">التاريخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">المصدر</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation type="unfinished">الرسائل النصية</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation type="unfinished">المكالمات الهاتفية</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished">الصور</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">غير مسجَّلة</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished">ممنوحة</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">مرفوضة</translation>
    </message>
    <message>
        <source>Consent to %1</source>
        <translation type="unfinished">الموافقة على %1</translation>
    </message>
    <message>
        <source>Date of consent to %1</source>
        <translation type="unfinished">تاريخ الموافقة على %1</translation>
    </message>
    <message>
        <source>Sign-up form, event, call…</source>
        <translation type="unfinished">استمارة تسجيل، فعالية، مكالمة…</translation>
    </message>
    <message>
        <source>Source of consent to %1</source>
        <translation type="unfinished">مصدر الموافقة على %1</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">بلا فرع</translation>
    </message>
</context>
<context>
    <name>majlis::ContactEditorDialog</name>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation type="unfinished">لم تُحفظ جهة الاتصال</translation>
    </message>
</context>
<context>
    <name>majlis::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">الفرع</translation>
    </message>
    <message>
        <source>District</source>
        <comment>congressional district</comment>
        <translation type="unfinished">الدائرة</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">المنظمة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">الوسوم</translation>
    </message>
</context>
<context>
    <name>majlis::ContactsPage</name>
    <message>
        <source>Search names, emails, phones, tags, notes… (Ctrl+F)</source>
        <translation type="unfinished">ابحث في الأسماء والبريد والهواتف والوسوم والملاحظات… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished">البحث في جهات الاتصال</translation>
    </message>
    <message>
        <source>Filter by chapter</source>
        <translation type="unfinished">التصفية حسب الفرع</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished">التصفية حسب الوسم</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished">جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation type="unfinished">إضافة جهة اتصال (Ctrl+N)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">جهات الاتصال</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">كل الفروع</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished">كل الوسوم</translation>
    </message>
    <message>
        <source>No contacts match the search and filters.</source>
        <translation type="unfinished">لا توجد جهات اتصال تطابق البحث وعوامل التصفية.</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add the first one, or try File &gt; New Demo Workspace to explore Majlis with fictional data.</source>
        <translation type="unfinished">لا توجد جهات اتصال بعد.
اضغط Ctrl+N لإضافة أول جهة، أو جرّب ملف &gt; مساحة عمل تجريبية جديدة لاستكشاف مجلس ببيانات خيالية.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished">هل تريد حفظ التغييرات على %1؟</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished">هل تريد حذف %1؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)?</source>
        <translation type="unfinished">
            <numerusform>هل تريد حذف %n جهة اتصال؟</numerusform>
            <numerusform>هل تريد حذف %n جهة اتصال؟</numerusform>
            <numerusform>هل تريد حذف %n جهتا اتصال؟</numerusform>
            <numerusform>هل تريد حذف %n جهات اتصال؟</numerusform>
            <numerusform>هل تريد حذف %n جهة اتصال؟</numerusform>
            <numerusform>هل تريد حذف %n جهة اتصال؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation type="unfinished">حذف جهات الاتصال</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation type="unfinished">يمكنك التراجع عن ذلك من تحرير &gt; تراجع (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation type="unfinished">إضافة وسوم</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n contact(s), separated by commas:</source>
        <translation type="unfinished">
            <numerusform>الوسوم المراد إضافتها إلى %n جهة اتصال، مفصولة بفواصل:</numerusform>
            <numerusform>الوسوم المراد إضافتها إلى %n جهة اتصال، مفصولة بفواصل:</numerusform>
            <numerusform>الوسوم المراد إضافتها إلى %n جهتا اتصال، مفصولة بفواصل:</numerusform>
            <numerusform>الوسوم المراد إضافتها إلى %n جهات اتصال، مفصولة بفواصل:</numerusform>
            <numerusform>الوسوم المراد إضافتها إلى %n جهة اتصال، مفصولة بفواصل:</numerusform>
            <numerusform>الوسوم المراد إضافتها إلى %n جهة اتصال، مفصولة بفواصل:</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">مجلس</translation>
    </message>
</context>
<context>
    <name>majlis::LabeledListEdit</name>
    <message>
        <source>Label</source>
        <translation type="unfinished">التسمية</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">إزالة</translation>
    </message>
</context>
<context>
    <name>majlis::MainWindow</name>
    <message>
        <source>Majlis workspaces (*.majlis);;All files (*)</source>
        <translation type="unfinished">مساحات عمل مجلس (*.majlis);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">مجلس</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished">مساحات العمل</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">جهات الاتصال</translation>
    </message>
    <message>
        <source>Advocacy Days</source>
        <translation type="unfinished">أيام المناصرة</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">الشركاء</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished">الفعاليات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished">مساحة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished">&amp;فتح مساحة عمل…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">فتح مساحة &amp;حديثة</translation>
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation type="unfinished">مساحة عمل &amp;تجريبية جديدة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished">جهة اتصال &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Delete Contacts…</source>
        <translation type="unfinished">&amp;حذف جهات الاتصال…</translation>
    </message>
    <message>
        <source>Add &amp;Tags to Selected…</source>
        <translation type="unfinished">إضافة &amp;وسوم إلى المحدد…</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation type="unfinished">ال&amp;بحث في جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Majlis</source>
        <translation type="unfinished">&amp;عن مجلس</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished">عن &amp;Qt</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished">لا توجد مساحة عمل مفتوحة</translation>
    </message>
    <message>
        <source>Open a workspace with File &gt; Open Workspace (Ctrl+O), create one with File &gt; New Workspace, or explore a demo with File &gt; New Demo Workspace.</source>
        <translation type="unfinished">افتح مساحة عمل من ملف &gt; فتح مساحة عمل (Ctrl+O)، أو أنشئ واحدة من ملف &gt; مساحة عمل جديدة، أو استكشف نسخة تجريبية من ملف &gt; مساحة عمل تجريبية جديدة.</translation>
    </message>
    <message>
        <source>Plan Capitol advocacy days here: legislators, constituent meetings, schedules and itineraries. This workspace is coming in a later version.</source>
        <translation type="unfinished">خطّط هنا لأيام المناصرة في الكابيتول: المشرّعون ولقاءات الناخبين والجداول وخطط الزيارات. ستتوفر مساحة العمل هذه في إصدار لاحق.</translation>
    </message>
    <message>
        <source>Keep track of coalition partners, sign-on letters and the history of every relationship. This workspace is coming in a later version.</source>
        <translation type="unfinished">تابع شركاء التحالف ورسائل التوقيع المشترك وتاريخ كل علاقة. ستتوفر مساحة العمل هذه في إصدار لاحق.</translation>
    </message>
    <message>
        <source>Run community events with offline check-in and voter-registration drives. This workspace is coming in a later version.</source>
        <translation type="unfinished">أدِر فعاليات المجتمع مع تسجيل الحضور دون اتصال وحملات تسجيل الناخبين. ستتوفر مساحة العمل هذه في إصدار لاحق.</translation>
    </message>
    <message>
        <source>%1 — Majlis</source>
        <translation type="unfinished">%1 — مجلس</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished">تعذّر فتح مساحة العمل</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished">مساحة العمل التجريبية</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the demo workspace.</source>
        <translation type="unfinished">%1 موجود بالفعل. اختر اسم ملف جديدًا لمساحة العمل التجريبية.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished">تعذّر إنشاء مساحة العمل</translation>
    </message>
    <message>
        <source>Creating fictional contacts…</source>
        <translation type="unfinished">جارٍ إنشاء جهات اتصال خيالية…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished">مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>%1 already exists. To open it, use File &gt; Open Workspace.</source>
        <translation type="unfinished">%1 موجود بالفعل. لفتحه، استخدم ملف &gt; فتح مساحة عمل.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished">فتح مساحة عمل</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation type="unfinished">مساحة عمل تجريبية جديدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهتا اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform>%1 من %Ln جهة اتصال</numerusform>
            <numerusform>%1 من %Ln جهة اتصال</numerusform>
            <numerusform>%1 من %Ln جهتا اتصال</numerusform>
            <numerusform>%1 من %Ln جهات اتصال</numerusform>
            <numerusform>%1 من %Ln جهة اتصال</numerusform>
            <numerusform>%1 من %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>About Majlis</source>
        <translation type="unfinished">عن مجلس</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Majlis %1&lt;/h3&gt;&lt;p&gt;An offline-first organizer for Muslim civic and advocacy organizations: contacts, advocacy days, coalition partners and community events.&lt;/p&gt;&lt;p&gt;Majlis is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;مجلس %1&lt;/h3&gt;&lt;p&gt;منظِّم يعمل دون اتصال للمنظمات الإسلامية المدنية ومنظمات المناصرة: جهات الاتصال وأيام المناصرة وشركاء التحالف وفعاليات المجتمع.&lt;/p&gt;&lt;p&gt;مجلس برنامج حر، مرخّص بموجب رخصة جنو العمومية، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق. يأتي دون أي ضمان.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>majlis::cli::Context</name>
    <message>
        <source>The chapter&apos;s city.</source>
        <translation type="unfinished">مدينة الفرع.</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>State, province or region.</source>
        <translation type="unfinished">الولاية أو المقاطعة أو المنطقة.</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US.</source>
        <translation type="unfinished">رمز البلد من حرفين، مثل US.</translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished">الرمز</translation>
    </message>
    <message>
        <source>unknown command &quot;chapters %1&quot;; use add or list.</source>
        <translation type="unfinished">أمر غير معروف "chapters %1"؛ استخدم add أو list.</translation>
    </message>
    <message>
        <source>&quot;chapters add&quot; needs the chapter&apos;s name.</source>
        <translation type="unfinished">يحتاج "chapters add" إلى اسم الفرع.</translation>
    </message>
    <message>
        <source>Added chapter %1.</source>
        <translation type="unfinished">أُضيف الفرع %1.</translation>
    </message>
    <message>
        <source>No chapters yet. Add one with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">لا توجد فروع بعد. أضف واحدًا باستخدام "majlis-cli chapters add NAME".</translation>
    </message>
    <message>
        <source>Workspace ready at %1 (format %2).</source>
        <translation type="unfinished">مساحة العمل جاهزة في %1 (التنسيق %2).</translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation type="unfinished">الاسم الأول.</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation type="unfinished">اسم العائلة.</translation>
    </message>
    <message>
        <source>Preferred name.</source>
        <translation type="unfinished">الاسم المفضّل.</translation>
    </message>
    <message>
        <source>Email address; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">عنوان البريد الإلكتروني؛ كرّره لعدة عناوين (يستبدلها عند التعديل).</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>Phone number; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">رقم الهاتف؛ كرّره لعدة أرقام (يستبدلها عند التعديل).</translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished">الرقم</translation>
    </message>
    <message>
        <source>Chapter name.</source>
        <translation type="unfinished">اسم الفرع.</translation>
    </message>
    <message>
        <source>U.S. state, two letters.</source>
        <translation type="unfinished">الولاية الأمريكية، حرفان.</translation>
    </message>
    <message>
        <source>Congressional district (0 for at-large).</source>
        <translation type="unfinished">الدائرة الانتخابية (0 لمقعد على مستوى الولاية).</translation>
    </message>
    <message>
        <source>Organization.</source>
        <translation type="unfinished">المنظمة.</translation>
    </message>
    <message>
        <source>Role at the organization.</source>
        <translation type="unfinished">الدور في المنظمة.</translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished">الدور</translation>
    </message>
    <message>
        <source>Tag; repeat for several (replaces them on edit).</source>
        <translation type="unfinished">وسم؛ كرّره لعدة وسوم (يستبدلها عند التعديل).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished">الوسم</translation>
    </message>
    <message>
        <source>Language spoken, such as ar; repeatable.</source>
        <translation type="unfinished">لغة محكية، مثل ar؛ يمكن تكرارها.</translation>
    </message>
    <message>
        <source>Consent given today, on the command line: email, sms, phone or photo; repeatable.</source>
        <translation type="unfinished">موافقة مُنحت اليوم عبر سطر الأوامر: email أو sms أو phone أو photo؛ يمكن تكرارها.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished">القناة</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished">ملاحظات.</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">النص</translation>
    </message>
    <message>
        <source>--district takes a number, such as 12 or 0 for at-large.</source>
        <translation type="unfinished">يأخذ --district رقمًا، مثل 12 أو 0 لمقعد على مستوى الولاية.</translation>
    </message>
    <message>
        <source>Unknown consent &quot;%1&quot;; use email, sms, phone or photo.</source>
        <translation type="unfinished">موافقة غير معروفة "%1"؛ استخدم email أو sms أو phone أو photo.</translation>
    </message>
    <message>
        <source>%1 Add it first with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">%1 أضفه أولًا باستخدام "majlis-cli chapters add NAME".</translation>
    </message>
    <message>
        <source>  id: %1</source>
        <translation type="unfinished">  المعرّف: %1</translation>
    </message>
    <message>
        <source>  email: %1</source>
        <translation type="unfinished">  البريد: %1</translation>
    </message>
    <message>
        <source>  phone: %1</source>
        <translation type="unfinished">  الهاتف: %1</translation>
    </message>
    <message>
        <source>  chapter: %1</source>
        <translation type="unfinished">  الفرع: %1</translation>
    </message>
    <message>
        <source>  district: %1</source>
        <translation type="unfinished">  الدائرة: %1</translation>
    </message>
    <message>
        <source>  tags: %1</source>
        <translation type="unfinished">  الوسوم: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهتا اتصال</numerusform>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Show at most this many (default 50).</source>
        <translation type="unfinished">اعرض هذا العدد على الأكثر (الافتراضي 50).</translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished">العدد</translation>
    </message>
    <message>
        <source>Only this chapter.</source>
        <translation type="unfinished">هذا الفرع فقط.</translation>
    </message>
    <message>
        <source>Only contacts with this tag.</source>
        <translation type="unfinished">جهات الاتصال التي تحمل هذا الوسم فقط.</translation>
    </message>
    <message>
        <source>unknown command &quot;contacts %1&quot;; use add, list, search, show, edit or delete.</source>
        <translation type="unfinished">أمر غير معروف "contacts %1"؛ استخدم add أو list أو search أو show أو edit أو delete.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished">أُضيف %1.</translation>
    </message>
    <message>
        <source>&quot;contacts search&quot; needs something to search for.</source>
        <translation type="unfinished">يحتاج "contacts search" إلى نص للبحث عنه.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished">يأخذ --limit رقمًا موجبًا.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; needs a contact id.</source>
        <translation type="unfinished">يحتاج "contacts %1" إلى معرّف جهة اتصال.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; takes one contact id.</source>
        <translation type="unfinished">يأخذ "contacts %1" معرّف جهة اتصال واحدًا.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">حُفظ %1.</translation>
    </message>
    <message>
        <source>How many contacts (default 2000).</source>
        <translation type="unfinished">عدد جهات الاتصال (الافتراضي 2000).</translation>
    </message>
    <message>
        <source>--count takes a number.</source>
        <translation type="unfinished">يأخذ --count رقمًا.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation type="unfinished">
            <numerusform>أُضيفت %n جهة اتصال تجريبية.</numerusform>
            <numerusform>أُضيفت %n جهة اتصال تجريبية.</numerusform>
            <numerusform>أُضيفت %n جهتا اتصال تجريبية.</numerusform>
            <numerusform>أُضيفت %n جهات اتصال تجريبية.</numerusform>
            <numerusform>أُضيفت %n جهة اتصال تجريبية.</numerusform>
            <numerusform>أُضيفت %n جهة اتصال تجريبية.</numerusform>
        </translation>
    </message>
</context>
</TS>
