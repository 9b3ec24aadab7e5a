<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Could not open %1 as an archive: %2</source>
        <translation type="unfinished">تعذّر فتح %1 كأرشيف: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not an archive Majlis reads (.tar.gz or .zip): %2</source>
        <translation type="unfinished">%1 تالف أو ليس أرشيفًا يقرؤه Majlis (.tar.gz أو .zip): %2</translation>
    </message>
    <message>
        <source>%1 was refused: its entry &quot;%2&quot; points outside the folder it would be unpacked into. Nothing was imported; download the data set again from its source.</source>
        <translation type="unfinished">رُفض %1: العنصر «%2» فيه يشير إلى خارج المجلد الذي سيُفك فيه. لم يُستورد شيء؛ نزّل مجموعة البيانات مرة أخرى من مصدرها.</translation>
    </message>
    <message>
        <source>%1 was refused: its file &quot;%2&quot; is larger than any file of a member list.</source>
        <translation type="unfinished">رُفض %1: ملفه «%2» أكبر من أي ملف لقائمة أعضاء.</translation>
    </message>
    <message>
        <source>%1 is damaged: its file &quot;%2&quot; cannot be read (%3).</source>
        <translation type="unfinished">%1 تالف: لا يمكن قراءة ملفه «%2» (%3).</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>That legislature is not in this workspace.</source>
        <translation type="unfinished">هذه الهيئة التشريعية ليست في مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>No legislature &quot;%1&quot; in this workspace; `majlis-cli bodies list` shows the codes, and importing a legislature&apos;s members adds it.</source>
        <translation type="unfinished">لا توجد هيئة تشريعية &quot;%1&quot; في مساحة العمل هذه؛ يعرض `majlis-cli bodies list` الرموز، واستيراد أعضاء هيئة تشريعية يضيفها.</translation>
    </message>
    <message>
        <source>A legislature needs a code and a name.</source>
        <translation type="unfinished">تحتاج الهيئة التشريعية إلى رمز واسم.</translation>
    </message>
    <message>
        <source>A building of the group &quot;%1&quot; has no name; name it or leave its group empty.</source>
        <translation type="unfinished">مبنى في المجموعة «%1» بلا اسم؛ سمِّه أو اترك مجموعته فارغة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; a building belongs to one group.</source>
        <translation type="unfinished">«%1» مذكور مرتين؛ المبنى ينتمي إلى مجموعة واحدة.</translation>
    </message>
</context>
<context>
    <name>BundledCongress</name>
    <message>
        <source>This build of Majlis was made without the members of Congress; import legislators-current.csv from the congress-legislators project instead.</source>
        <translation type="unfinished">بُنيت نسخة مجلس هذه دون أعضاء الكونغرس؛ استورد legislators-current.csv من مشروع congress-legislators بدلاً من ذلك.</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Say which campaign the answer was given in.</source>
        <translation>حدّد الحملة التي أُعطيت فيها الإجابة.</translation>
    </message>
    <message>
        <source>Say which election the pledges or votes are for.</source>
        <translation>حدّد الانتخابات التي تخصّها التعهدات أو الأصوات.</translation>
    </message>
    <message>
        <source>Say which legislature the district is of.</source>
        <translation>حدّد الهيئة التشريعية التي تتبعها الدائرة.</translation>
    </message>
    <message>
        <source>Name at least one volunteer to give the list to.</source>
        <translation>اذكر متطوعًا واحدًا على الأقل لتُسند إليه القائمة.</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>The campaign &quot;%1&quot; is closed.</source>
        <translation>الحملة «%1» مغلقة.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is closed and takes no more results.</source>
        <translation>الحملة «%1» مغلقة ولا تقبل نتائج أخرى.</translation>
    </message>
    <message>
        <source>Answers are recorded only for a person who was reached.</source>
        <translation>تُسجَّل الإجابات فقط لشخص تم الوصول إليه.</translation>
    </message>
    <message>
        <source>A refusal opts out as &quot;refused&quot; or &quot;hostile&quot;.</source>
        <translation>يكون الانسحاب عند الرفض «refused» أو «hostile».</translation>
    </message>
    <message>
        <source>This person is not on the campaign&apos;s list.</source>
        <translation>هذا الشخص ليس في قائمة الحملة.</translation>
    </message>
</context>
<context>
    <name>CampaignExport</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">المتصل</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">النتيجة</translation>
    </message>
    <message>
        <source>Result Name</source>
        <translation type="unfinished">النتيجة (نصًّا)</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation type="unfinished">وقت التسجيل (UTC)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished">متابعة</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished">رفض التواصل</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished">الترتيب</translation>
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
        <source>Postal Code</source>
        <translation type="unfinished">الرمز البريدي</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">اللغات</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">المتطوع</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">المحاولات</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">منجزة</translation>
    </message>
    <message>
        <source>Last Result</source>
        <translation type="unfinished">آخر نتيجة</translation>
    </message>
</context>
<context>
    <name>CampaignProgress</name>
    <message numerus="yes">
        <source>%n results entered within one minute</source>
        <translation>
            <numerusform>أُدخلت %n نتيجة خلال دقيقة واحدة</numerusform>
            <numerusform>أُدخلت %n نتيجة خلال دقيقة واحدة</numerusform>
            <numerusform>أُدخلت %n نتيجة خلال دقيقة واحدة</numerusform>
            <numerusform>أُدخلت %n نتيجة خلال دقيقة واحدة</numerusform>
            <numerusform>أُدخلت %n نتيجة خلال دقيقة واحدة</numerusform>
            <numerusform>أُدخلت %n نتيجة خلال دقيقة واحدة</numerusform>
        </translation>
    </message>
    <message>
        <source>reached %1% of the people called; most phone banks reach far fewer</source>
        <translation>وصل إلى %1% ممن اتصل بهم؛ ومعظم بنوك الهاتف تصل إلى عدد أقل بكثير</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>Give the election a name.</source>
        <translation>أعطِ الانتخابات اسمًا.</translation>
    </message>
    <message>
        <source>The election no longer exists.</source>
        <translation>لم تعد هذه الانتخابات موجودة.</translation>
    </message>
    <message>
        <source>No election is called &quot;%1&quot;.</source>
        <translation>لا توجد انتخابات باسم «%1».</translation>
    </message>
    <message>
        <source>More than one election&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>يبدأ معرّف أكثر من انتخابات بـ«%1»؛ اكتب جزءًا أطول منه.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>أعطِ الحملة اسمًا.</translation>
    </message>
    <message>
        <source>The campaign must end on or after the day it starts.</source>
        <translation>يجب أن تنتهي الحملة في يوم بدئها أو بعده.</translation>
    </message>
    <message>
        <source>A get-out-the-vote drive needs the election it is for.</source>
        <translation>تحتاج حملة الحث على التصويت إلى الانتخابات التي تخصّها.</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>لم تعد هذه الحملة موجودة.</translation>
    </message>
    <message>
        <source>No campaign is called &quot;%1&quot;.</source>
        <translation>لا توجد حملة باسم «%1».</translation>
    </message>
    <message>
        <source>More than one campaign&apos;s id starts with &quot;%1&quot;; give more of it.</source>
        <translation>يبدأ معرّف أكثر من حملة بـ«%1»؛ اكتب جزءًا أطول منه.</translation>
    </message>
</context>
<context>
    <name>CampaignScriptFormat</name>
    <message>
        <source>The script is not valid YAML (line %1): %2</source>
        <translation>النص ليس YAML صالحًا (السطر %1): %2</translation>
    </message>
    <message>
        <source>A script starts with &quot;introduction:&quot; and &quot;questions:&quot;.</source>
        <translation>يبدأ النص بـ«introduction:» و«questions:».</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list of questions.</source>
        <translation>يجب أن تكون «questions» قائمة أسئلة.</translation>
    </message>
    <message>
        <source>Question %1 needs a key of letters, digits, &apos;_&apos; or &apos;-&apos; (at most 40).</source>
        <translation>يحتاج السؤال %1 إلى مفتاح من حروف وأرقام و&apos;_&apos; أو &apos;-&apos; (40 على الأكثر).</translation>
    </message>
    <message>
        <source>Two questions have the key &quot;%1&quot;.</source>
        <translation>لسؤالين المفتاح نفسه «%1».</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has no text to read.</source>
        <translation>السؤال «%1» بلا نص يُقرأ.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has the kind &quot;%2&quot;; use single, multiple, yes_no or text.</source>
        <translation>نوع السؤال «%1» هو «%2»؛ استخدم single أو multiple أو yes_no أو text.</translation>
    </message>
    <message>
        <source>An answer of question &quot;%1&quot; needs a key of letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>تحتاج إجابة في السؤال «%1» إلى مفتاح من حروف وأرقام و&apos;_&apos; أو &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has two answers with the key &quot;%2&quot;.</source>
        <translation>للسؤال «%1» إجابتان بالمفتاح «%2».</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; of question &quot;%2&quot; has the action &quot;%3&quot;; use pledge, follow_up, do_not_contact or tag:NAME.</source>
        <translation>للإجابة «%1» في السؤال «%2» الإجراء «%3»؛ استخدم pledge أو follow_up أو do_not_contact أو tag:NAME.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes free text and cannot list answers.</source>
        <translation>السؤال «%1» يأخذ نصًا حرًا ولا يمكنه سرد إجابات.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; lists no answers to choose from.</source>
        <translation>السؤال «%1» لا يسرد إجابات للاختيار منها.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has more than nine answers; a caller picks them with keys 1 to 9.</source>
        <translation>للسؤال «%1» أكثر من تسع إجابات؛ والمتصل يختارها بالمفاتيح 1 إلى 9.</translation>
    </message>
    <message>
        <source>The script has no question &quot;%1&quot;.</source>
        <translation>لا يحتوي النص على السؤال «%1».</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes text.</source>
        <translation>السؤال «%1» يأخذ نصًا.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes a list of answers.</source>
        <translation>السؤال «%1» يأخذ قائمة إجابات.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer of question &quot;%2&quot;.</source>
        <translation>«%1» ليست إجابة للسؤال «%2».</translation>
    </message>
</context>
<context>
    <name>ChapterRepository</name>
    <message>
        <source>A chapter needs a name.</source>
        <translation type="unfinished">يحتاج الفرع إلى اسم.</translation>
    </message>
    <message>
        <source>There is already a chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">يوجد فرع باسم &quot;%1&quot; بالفعل.</translation>
    </message>
    <message>
        <source>There is no chapter named &quot;%1&quot;.</source>
        <translation type="unfinished">لا يوجد فرع باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The chapter no longer exists.</source>
        <translation type="unfinished">لم يعد هذا الفرع موجودًا.</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>same email</source>
        <translation type="unfinished">البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished">رقم الهاتف نفسه</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">الاسم نفسه</translation>
    </message>
</context>
<context>
    <name>ConflictLog</name>
    <message>
        <source>This conflict is no longer in the log.</source>
        <translation type="unfinished">لم يعد هذا التعارض موجودًا في السجل.</translation>
    </message>
    <message>
        <source>This conflict names a field Majlis does not know, so it cannot be restored.</source>
        <translation type="unfinished">يشير هذا التعارض إلى حقل لا يعرفه مجلس، لذا لا يمكن استعادة قيمته.</translation>
    </message>
    <message>
        <source>The record this value belonged to has been deleted since.</source>
        <translation type="unfinished">حُذف السجل الذي كانت تنتمي إليه هذه القيمة منذ ذلك الحين.</translation>
    </message>
</context>
<context>
    <name>ConflictLogModel</name>
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
        <source>Street</source>
        <translation type="unfinished">الشارع</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">المدينة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">المنطقة</translation>
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
        <source>State</source>
        <translation type="unfinished">الولاية</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">الدائرة</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">الفرع</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">اللغات</translation>
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
        <source>Skills</source>
        <translation type="unfinished">المهارات</translation>
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
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">حُذفت</translation>
    </message>
</context>
<context>
    <name>ContactChoice</name>
    <message>
        <source>One Person</source>
        <translation type="unfinished">شخص واحد</translation>
    </message>
    <message>
        <source>Tick only one person.</source>
        <translation type="unfinished">حدّد شخصًا واحدًا فقط.</translation>
    </message>
</context>
<context>
    <name>ContactDirectory</name>
    <message>
        <source>&quot;%1&quot; is not a contact id; use the id shown by &quot;contacts list&quot; (at least 4 characters).</source>
        <translation type="unfinished">&quot;%1&quot; ليس معرّف جهة اتصال؛ استخدم المعرّف الذي يعرضه &quot;contacts list&quot; (4 أحرف على الأقل).</translation>
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
    <name>ContactDistricts</name>
    <message>
        <source>That contact is not in this workspace.</source>
        <translation type="unfinished">جهة الاتصال هذه ليست في مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished">أُدخلت يدويًا</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">مؤكدة</translation>
    </message>
    <message>
        <source>estimated from the postcode</source>
        <translation type="unfinished">مقدّرة من الرمز البريدي</translation>
    </message>
    <message>
        <source>to choose</source>
        <translation type="unfinished">للاختيار</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot; with districts.</source>
        <translation type="unfinished">لا توجد في %1 غرفة &quot;%2&quot; ذات دوائر.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it with its state, such as MI-12 (MI-0 or MI-AL at-large).</source>
        <translation type="unfinished">&quot;%1&quot; ليس مقعدًا في مجلس النواب؛ اكتبه مع ولايته، مثل MI-12 (MI-0 أو MI-AL للمقعد العام).</translation>
    </message>
    <message>
        <source>Name the district to choose.</source>
        <translation type="unfinished">سمِّ الدائرة المراد اختيارها.</translation>
    </message>
    <message>
        <source>The contact has no district there to confirm yet; choose one first (--set).</source>
        <translation type="unfinished">ليست لجهة الاتصال دائرة هناك لتأكيدها بعد؛ اختر واحدة أولًا (--set).</translation>
    </message>
    <message>
        <source>The contact has no district there to check.</source>
        <translation type="unfinished">ليست لجهة الاتصال دائرة هناك للتحقق منها.</translation>
    </message>
    <message>
        <source>No current member of the %1 of %2 holds district &quot;%3&quot;. Check the district, or import the current members if the districts were redrawn.</source>
        <translation type="unfinished">لا يشغل أي عضو حالي في %1 من %2 الدائرة «%3». تحقّق من الدائرة، أو استورد الأعضاء الحاليين إن أُعيد رسم الدوائر.</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">البريد الإلكتروني نفسه: %1</translation>
    </message>
    <message>
        <source>same email as line %1 of this file</source>
        <translation type="unfinished">البريد الإلكتروني نفسه الوارد في السطر %1 من هذا الملف</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">رقم الهاتف نفسه: %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">الاسم والرمز البريدي نفسهما</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds.</source>
        <translation type="unfinished">اختر ما يحتويه كل عمود في الملف.</translation>
    </message>
    <message>
        <source>No column holds a name: map at least one column to a name field.</source>
        <translation type="unfinished">لا يحتوي أي عمود على اسم: اربط عمودًا واحدًا على الأقل بأحد حقول الاسم.</translation>
    </message>
    <message>
        <source>The line has more fields than the header; the extra fields were left out.</source>
        <translation type="unfinished">يحتوي السطر على حقول أكثر من سطر العناوين؛ أُهملت الحقول الزائدة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district number; it was left out.</source>
        <translation type="unfinished">&quot;%1&quot; ليس رقم دائرة انتخابية؛ لذا أُهمل.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; the birthday was left out.</source>
        <translation type="unfinished">&quot;%1&quot; ليس تاريخًا؛ لذا أُهمل تاريخ الميلاد.</translation>
    </message>
    <message>
        <source>Line %1 could not be merged: %2</source>
        <translation type="unfinished">تعذّر دمج السطر %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished">أُلغي الاستيراد؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">السطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">المشكلة</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished">أُلغي؛ لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>ContactMerger</name>
    <message>
        <source>A record the merge needs is missing (%1 %2).</source>
        <translation type="unfinished">أحد السجلات التي يحتاج إليها الدمج مفقود (%1 %2).</translation>
    </message>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation type="unfinished">اختر جهتي اتصال مختلفتين لدمجهما.</translation>
    </message>
    <message>
        <source>%1 or %2 changed after they were merged, so the merge cannot be undone without losing that change.</source>
        <translation type="unfinished">طرأ تغيير على %1 أو %2 بعد دمجهما، لذا لا يمكن التراجع عن الدمج دون فقدان هذا التغيير.</translation>
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
        <translation type="unfinished">عنوان البريد الإلكتروني &quot;%1&quot; يحتوي على مسافة.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no @ sign; it should look like name@example.org.</source>
        <translation type="unfinished">عنوان البريد الإلكتروني &quot;%1&quot; لا يحتوي على العلامة @؛ يجب أن يكون مثل name@example.org.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing before the @ sign.</source>
        <translation type="unfinished">لا يوجد شيء قبل العلامة @ في عنوان البريد الإلكتروني &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has more than one @ sign.</source>
        <translation type="unfinished">عنوان البريد الإلكتروني &quot;%1&quot; يحتوي على أكثر من علامة @.</translation>
    </message>
    <message>
        <source>The part after @ in &quot;%1&quot; is not a valid domain such as example.org.</source>
        <translation type="unfinished">الجزء الذي بعد @ في &quot;%1&quot; ليس نطاقًا صالحًا مثل example.org.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished">رقم الهاتف فارغ.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may contain only digits, spaces, + ( ) - . and /.</source>
        <translation type="unfinished">رقم الهاتف &quot;%1&quot; يمكن أن يحتوي فقط على أرقام ومسافات و + ( ) - . و /.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is too short.</source>
        <translation type="unfinished">رقم الهاتف &quot;%1&quot; قصير جدًا.</translation>
    </message>
    <message>
        <source>Enter a given name, a family name or a preferred name.</source>
        <translation type="unfinished">أدخل الاسم الأول أو اسم العائلة أو الاسم المفضّل.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a U.S. state code; use two letters such as MI or CA.</source>
        <translation type="unfinished">&quot;%1&quot; ليس رمز ولاية أمريكية؛ استخدم حرفين مثل MI أو CA.</translation>
    </message>
    <message>
        <source>A congressional district needs a state.</source>
        <translation type="unfinished">تحتاج الدائرة الانتخابية إلى ولاية.</translation>
    </message>
    <message>
        <source>District %1 does not exist; use 0 for an at-large seat or 1 to %2.</source>
        <translation type="unfinished">الدائرة %1 غير موجودة؛ استخدم 0 لمقعد على مستوى الولاية أو من 1 إلى %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: check the country code and the number of digits after it.</source>
        <translation type="unfinished">&quot;%1&quot; ليس رقم هاتف: تحقّق من رمز البلد وعدد الأرقام التي تليه.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; does not look like a whole number in %2: check the digits and the area code, or write it with + and the country code.</source>
        <translation type="unfinished">رقم الهاتف &quot;%1&quot; لا يبدو رقمًا كاملًا في %2: تحقّق من الأرقام ورمز المنطقة، أو اكتبه مع + ورمز البلد.</translation>
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
    <name>CsvTable</name>
    <message>
        <source>The file ends inside a quoted field that starts on line %1; it may be cut short.</source>
        <translation type="unfinished">ينتهي الملف داخل حقل محاط بعلامات اقتباس يبدأ في السطر %1؛ قد يكون الملف مبتورًا.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished">الملف فارغ: لا يحتوي على سطر العناوين.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header names only %3.</source>
        <translation type="unfinished">يحتوي السطر %1 على %2 من الحقول، لكن سطر العناوين لا يسمّي إلا %3.</translation>
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
    <name>DateText</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A Gregorian date or time, then the same day in the Hijri calendar: &quot;13 March 2026 (24 Ramadan 1447)&quot;</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Hijri dates follow the Islamic civil (tabular) calendar. Where months begin with the sighting of the moon, or by the Umm al-Qura calendar, the date announced locally may differ by a day.</source>
        <translation type="unfinished">تتبع التواريخ الهجرية التقويم الإسلامي المدني (الحسابي). حيث تبدأ الشهور برؤية الهلال أو بتقويم أم القرى، قد يختلف التاريخ المعلن محليًا بيوم واحد.</translation>
    </message>
</context>
<context>
    <name>DayExport</name>
    <message>
        <source>Meeting with %1</source>
        <translation type="unfinished">لقاء مع %1</translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1، الغرفة %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished">المكان: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">الفريق: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">قائد الفريق: %1</translation>
    </message>
    <message>
        <source>The asks:</source>
        <translation type="unfinished">المطالب:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">النهاية</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">المكتب</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">المجلس</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">المقعد</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">المبنى</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">الغرفة</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">قائد الفريق</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">الفريق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">مثبّت</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">عُقد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">أُلغي</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">مخطط له</translation>
    </message>
    <message>
        <source>Senate</source>
        <translation type="unfinished">مجلس الشيوخ</translation>
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished">مجلس النواب</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
</context>
<context>
    <name>DayPlanner</name>
    <message>
        <source>There are no members of %1 in this workspace yet; import its current members first.</source>
        <translation type="unfinished">لا يوجد أعضاء في %1 في مساحة العمل هذه بعد؛ استورد أعضاءها الحاليين أولًا.</translation>
    </message>
</context>
<context>
    <name>DayRepository</name>
    <message>
        <source>Give the day a title.</source>
        <translation type="unfinished">أدخل عنوانًا ليوم المناصرة.</translation>
    </message>
    <message>
        <source>Choose the day&apos;s date.</source>
        <translation type="unfinished">اختر تاريخ يوم المناصرة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation type="unfinished">&quot;%1&quot; ليست منطقة زمنية يعرفها هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The meeting window must start before it ends, within the day.</source>
        <translation type="unfinished">يجب أن تبدأ فترة اللقاءات قبل أن تنتهي، ضمن اليوم نفسه.</translation>
    </message>
    <message>
        <source>A meeting slot must be at least 5 minutes and fit in the window.</source>
        <translation type="unfinished">يجب ألا تقل مدة اللقاء عن 5 دقائق وأن تتسع لها فترة اللقاءات.</translation>
    </message>
    <message>
        <source>A team needs room for at least one person.</source>
        <translation type="unfinished">يجب أن يتسع الفريق لشخص واحد على الأقل.</translation>
    </message>
    <message>
        <source>Walking times cannot be negative.</source>
        <translation type="unfinished">لا يمكن أن تكون أوقات المشي سالبة.</translation>
    </message>
    <message>
        <source>The advocacy day no longer exists.</source>
        <translation type="unfinished">لم يعد يوم المناصرة هذا موجودًا.</translation>
    </message>
    <message>
        <source>There is no advocacy day &quot;%1&quot;.</source>
        <translation type="unfinished">لا يوجد يوم مناصرة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 advocacy days; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; يطابق %2 من أيام المناصرة؛ اكتب جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
        <source>A contact to register no longer exists; nothing was added.</source>
        <translation type="unfinished">إحدى جهات الاتصال المراد تسجيلها لم تعد موجودة؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>The time must end after it starts.</source>
        <translation type="unfinished">يجب أن يكون وقت الانتهاء بعد وقت البدء.</translation>
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
    <name>DemoAdvocacy</name>
    <message>
        <source>Capitol Advocacy Day (demo)</source>
        <translation type="unfinished">يوم المناصرة في الكابيتول (تجريبي)</translation>
    </message>
    <message>
        <source>Civil rights and community safety</source>
        <translation type="unfinished">الحقوق المدنية وسلامة المجتمع</translation>
    </message>
    <message>
        <source>Protect travellers from profiling by religion or origin</source>
        <translation type="unfinished">حماية المسافرين من التنميط بسبب الدين أو الأصل</translation>
    </message>
    <message>
        <source>Share a story of a family stopped at the border; ask the office to speak up.</source>
        <translation type="unfinished">شارك قصة عائلة أُوقفت على الحدود؛ واطلب من المكتب أن يرفع صوته.</translation>
    </message>
    <message>
        <source>Fund community violence-prevention grants</source>
        <translation type="unfinished">تمويل منح الوقاية من العنف المجتمعي</translation>
    </message>
    <message>
        <source>Name the programmes in your district that the grants keep open.</source>
        <translation type="unfinished">اذكر البرامج في دائرتك التي تبقيها المنح مفتوحة.</translation>
    </message>
</context>
<context>
    <name>DistrictFill</name>
    <message>
        <source>No postcode file was imported for %1; import one with &quot;majlis-cli districts import FILE --body %2 --chamber house&quot; (or senate).</source>
        <translation type="unfinished">لم يُستورد ملف رموز بريدية لـ %1؛ استورد واحدًا بـ &quot;majlis-cli districts import FILE --body %2 --chamber house&quot; (أو senate).</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same email %1</source>
        <translation type="unfinished">البريد الإلكتروني نفسه: %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="unfinished">رقم الهاتف نفسه: %1</translation>
    </message>
    <message>
        <source>same name and postal code</source>
        <translation type="unfinished">الاسم والرمز البريدي نفسهما</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished">الاسم نفسه</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation type="unfinished">أُلغي البحث عن جهات الاتصال المكرّرة.</translation>
    </message>
    <message>
        <source>The contact no longer exists; it may have been deleted.</source>
        <translation type="unfinished">لم تعد جهة الاتصال موجودة؛ ربما حُذفت.</translation>
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
    <name>EventRepository</name>
    <message>
        <source>Give the event a title.</source>
        <translation type="unfinished">أدخل عنوانًا للفعالية.</translation>
    </message>
    <message>
        <source>Give the date and time the event starts.</source>
        <translation type="unfinished">أدخل تاريخ بدء الفعالية ووقته.</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation type="unfinished">يجب أن تنتهي الفعالية بعد أن تبدأ.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation type="unfinished">لم تعد هذه الفعالية موجودة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 events; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; يطابق %2 من الفعاليات؛ اكتب جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;.</source>
        <translation type="unfinished">لا توجد فعالية &quot;%1&quot;.</translation>
    </message>
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
        <source>Registered</source>
        <translation type="unfinished">مسجَّل</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">حاضر دون تسجيل مسبق</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">تسجيل الحضور</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished">يجب أن يبدأ عنوان الخادم بـ https://‏.</translation>
    </message>
    <message>
        <source>No certificate or fingerprint is set for this server, so it cannot be trusted.</source>
        <translation type="unfinished">لم تُضبط شهادة أو بصمة لهذا الخادم، لذا لا يمكن الوثوق به.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one set for this organization.</source>
        <translation type="unfinished">شهادة الخادم ليست الشهادة المضبوطة لهذه المنظمة.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted for this organization (%1).</source>
        <translation type="unfinished">شهادة الخادم غير موثوقة لهذه المنظمة (%1).</translation>
    </message>
    <message>
        <source>The sync server answered with a redirect to another address; Majlis does not follow it. Check the server address.</source>
        <translation type="unfinished">ردّ خادم المزامنة بإعادة توجيه إلى عنوان آخر؛ ولا يتبعها مجلس. تحقّق من عنوان الخادم.</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Line %1 is not an iCalendar line (NAME:value): &quot;%2&quot;.</source>
        <translation type="unfinished">السطر %1 ليس سطر iCalendar بالصيغة (NAME:value): &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, which is not the open component.</source>
        <translation type="unfinished">السطر %1 يُنهي %2، وهو ليس المكوّن المفتوح.</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation type="unfinished">السطر %1 خارج أي كتلة BEGIN:VCALENDAR … END:VCALENDAR.</translation>
    </message>
    <message>
        <source>%1 opened on line %2 is never closed; the file may be cut short.</source>
        <translation type="unfinished">المكوّن %1 المفتوح في السطر %2 لم يُغلق أبدًا؛ قد يكون الملف مبتورًا.</translation>
    </message>
    <message>
        <source>The file holds no calendar.</source>
        <translation type="unfinished">لا يحتوي الملف على أي تقويم.</translation>
    </message>
    <message>
        <source>%1 names the time zone &quot;%2&quot;, which this computer does not know; its time %3 is kept as written, without a zone.</source>
        <translation type="unfinished">يذكر %1 المنطقة الزمنية &quot;%2&quot;، التي لا يعرفها هذا الحاسوب؛ يُحتفظ بوقته %3 كما كُتب، دون منطقة زمنية.</translation>
    </message>
</context>
<context>
    <name>InteractionLog</name>
    <message>
        <source>Give the date of the interaction.</source>
        <translation type="unfinished">أدخل تاريخ التفاعل.</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation type="unfinished">اذكر في كلمات قليلة ما جرى.</translation>
    </message>
</context>
<context>
    <name>Itineraries</name>
    <message>
        <source>Team for %1</source>
        <translation type="unfinished">فريق اللقاء مع %1</translation>
    </message>
    <message>
        <source>No meetings are scheduled yet.</source>
        <translation type="unfinished">لم تُجدوَل أي لقاءات بعد.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">الوقت</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">المكتب</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">المبنى</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">الغرفة</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished">الفريق</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished">قائد الفريق: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">أُلغي</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">المطالب</translation>
    </message>
</context>
<context>
    <name>ItineraryPdf</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">تعذّرت الكتابة في %1: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorFile</name>
    <message>
        <source>This is not a congress-legislators file: it has no &quot;%1&quot; column.</source>
        <translation type="unfinished">هذا ليس ملف congress-legislators: لا يحتوي على العمود &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: it needs a bioguide id, a state and a type of &quot;sen&quot; or &quot;rep&quot;.</source>
        <translation type="unfinished">تم تخطّي السطر %1: يحتاج إلى معرّف bioguide وولاية ونوع &quot;sen&quot; أو &quot;rep&quot;.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: %2 is listed twice.</source>
        <translation type="unfinished">تم تخطّي السطر %1: %2 مدرج مرتين.</translation>
    </message>
    <message>
        <source>%1 has no Capitol office building in the address &quot;%2&quot;; add it by hand before scheduling meetings with this office.</source>
        <translation type="unfinished">لا يذكر عنوان %1 &quot;%2&quot; أي مبنى مكاتب في الكابيتول؛ أضفه يدويًا قبل جدولة لقاءات مع هذا المكتب.</translation>
    </message>
    <message>
        <source>The file lists no members of Congress.</source>
        <translation type="unfinished">لا يتضمن الملف أي عضو في الكونغرس.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">تعذّرت قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>LegislatorRepository</name>
    <message>
        <source>No member of Congress has the bioguide id &quot;%1&quot;; import the current legislators first.</source>
        <translation type="unfinished">لا يوجد عضو في الكونغرس بمعرّف bioguide &quot;%1&quot;؛ استورد قائمة المشرّعين الحاليين أولًا.</translation>
    </message>
    <message>
        <source>A member of %1 has no id, so a later import could not find them again.</source>
        <translation type="unfinished">لأحد أعضاء %1 لا معرّف له، فلن يجده استيراد لاحق.</translation>
    </message>
    <message>
        <source>%1 is listed twice for %2; nothing was imported.</source>
        <translation type="unfinished">%1 مدرج مرتين لـ %2؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>That legislator is not in this workspace.</source>
        <translation type="unfinished">هذا المشرّع ليس في مساحة العمل هذه.</translation>
    </message>
</context>
<context>
    <name>MarkVotedCommand</name>
    <message>
        <source>Mark %1 Voted</source>
        <translation type="unfinished">تسجيل تصويت %1</translation>
    </message>
    <message>
        <source>Mark %1 Not Voted</source>
        <translation type="unfinished">إلغاء تسجيل تصويت %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Voted</source>
        <translation type="unfinished">
            <numerusform>تسجيل تصويت %Ln شخص</numerusform>
            <numerusform>تسجيل تصويت %Ln شخص</numerusform>
            <numerusform>تسجيل تصويت %Ln شخصين</numerusform>
            <numerusform>تسجيل تصويت %Ln أشخاص</numerusform>
            <numerusform>تسجيل تصويت %Ln شخصًا</numerusform>
            <numerusform>تسجيل تصويت %Ln شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln People Not Voted</source>
        <translation type="unfinished">
            <numerusform>إلغاء تسجيل تصويت %Ln شخص</numerusform>
            <numerusform>إلغاء تسجيل تصويت %Ln شخص</numerusform>
            <numerusform>إلغاء تسجيل تصويت %Ln شخصين</numerusform>
            <numerusform>إلغاء تسجيل تصويت %Ln أشخاص</numerusform>
            <numerusform>إلغاء تسجيل تصويت %Ln شخصًا</numerusform>
            <numerusform>إلغاء تسجيل تصويت %Ln شخص</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation type="unfinished">لم يعد هذا اللقاء موجودًا.</translation>
    </message>
    <message>
        <source>A meeting must end after it starts.</source>
        <translation type="unfinished">يجب أن ينتهي اللقاء بعد أن يبدأ.</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>&quot;%1&quot; does not map a field to a column: write FIELD=COLUMN, a field being one of %2 and a column one of the file&apos;s header (%3).</source>
        <translation type="unfinished">«%1» لا يربط حقلًا بعمود: اكتب FIELD=COLUMN، حيث الحقل أحد %2 والعمود أحد عناوين الملف (%3).</translation>
    </message>
    <message>
        <source>The member list needs a column of names and one of constituencies; its header is: %1.</source>
        <translation type="unfinished">تحتاج قائمة الأعضاء إلى عمود للأسماء وآخر للدوائر الانتخابية؛ عناوينها هي: %1.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: a member needs a name and a constituency.</source>
        <translation type="unfinished">تُخطّي السطر %1: يحتاج العضو إلى اسم ودائرة انتخابية.</translation>
    </message>
    <message>
        <source>Line %1 was skipped: &quot;%2&quot; is not a chamber of %3.</source>
        <translation type="unfinished">تُخطّي السطر %1: «%2» ليس مجلسًا من مجالس %3.</translation>
    </message>
    <message>
        <source>Lines %1 and %2 both list %3 (%4); a member list names each member once. Nothing was imported.</source>
        <translation type="unfinished">السطران %1 و%2 كلاهما يذكر %3 (%4)؛ تذكر قائمة الأعضاء كل عضو مرة واحدة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The member list has no member with a name and a constituency.</source>
        <translation type="unfinished">لا تضم قائمة الأعضاء أي عضو له اسم ودائرة انتخابية.</translation>
    </message>
</context>
<context>
    <name>MergeContactsCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished">دمج %1 في %2</translation>
    </message>
</context>
<context>
    <name>OpenStates</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: this is not valid YAML (%3). Nothing was imported.</source>
        <translation type="unfinished">%1، السطر %2: هذا ليس YAML صالحًا (%3). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1, line %2: this is not an Open States person file (%3). Nothing was imported.</source>
        <translation type="unfinished">%1، السطر %2: هذا ليس ملف شخص من Open States (%3). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: it has no &quot;%2&quot;. Nothing was imported.</source>
        <translation type="unfinished">%1 ليس ملف شخص من Open States: لا يحتوي على «%2». لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 is not an Open States person file: its id, name or roles are not what the people schema writes. Nothing was imported.</source>
        <translation type="unfinished">%1 ليس ملف شخص من Open States: معرّفه أو اسمه أو أدواره ليست كما يكتبها مخطط الأشخاص. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 (%2) was skipped: no current role in a state legislature.</source>
        <translation type="unfinished">تُخطّي %1 (%2): لا دور حاليًا له في هيئة تشريعية لولاية.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished">%1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 holds no Open States legislators: they are YAML files in data/&lt;state&gt;/legislature/.</source>
        <translation type="unfinished">لا يحتوي %1 على مشرّعين من Open States: فهم ملفات YAML في data/&lt;state&gt;/legislature/.</translation>
    </message>
    <message>
        <source>%1 and %2 both describe the person %3; remove one and import again. Nothing was imported.</source>
        <translation type="unfinished">يصف %1 و%2 كلاهما الشخص %3؛ احذف أحدهما واستورد مرة أخرى. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Congress in data/us was skipped (%1 files): import Congress from congress-legislators&apos; legislators-current.csv.</source>
        <translation type="unfinished">تُخطّي الكونغرس في data/us (%1 ملفًا): استورد الكونغرس من legislators-current.csv الخاص بـ congress-legislators.</translation>
    </message>
    <message>
        <source>The Open States data names no current member of a state legislature.</source>
        <translation type="unfinished">لا تذكر بيانات Open States أي عضو حالي في هيئة تشريعية لولاية.</translation>
    </message>
</context>
<context>
    <name>OptOuts</name>
    <message>
        <source>&quot;%1&quot; is not a reason; use requested, refused, hostile or deceased.</source>
        <translation>«%1» ليس سببًا؛ استخدم requested أو refused أو hostile أو deceased.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>لم تعد جهة الاتصال موجودة.</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>A partner needs a name.</source>
        <translation type="unfinished">يحتاج الشريك إلى اسم.</translation>
    </message>
    <message>
        <source>There is already a partner named &quot;%1&quot;.</source>
        <translation type="unfinished">يوجد شريك باسم &quot;%1&quot; بالفعل.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation type="unfinished">لم يعد هذا الشريك موجودًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 partners; give more of the id.</source>
        <translation type="unfinished">&quot;%1&quot; يطابق %2 من الشركاء؛ اكتب جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
        <source>There is no partner &quot;%1&quot;.</source>
        <translation type="unfinished">لا يوجد شريك &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose the person who belongs to the partner.</source>
        <translation type="unfinished">اختر الشخص الذي ينتمي إلى الشريك.</translation>
    </message>
    <message>
        <source>%1 is already listed at this partner; record that they left before adding them again.</source>
        <translation type="unfinished">%1 مدرج بالفعل لدى هذا الشريك؛ سجّل مغادرته قبل إضافته مرة أخرى.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation type="unfinished">لم تعد جهة الاتصال هذه موجودة.</translation>
    </message>
</context>
<context>
    <name>PersonRows</name>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation type="unfinished">لا توجد جهة اتصال بالمعرّف %1.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This number could not be read as a phone number; it is kept as typed.</source>
        <translation type="unfinished">تعذّرت قراءة هذا الرقم كرقم هاتف؛ وهو محفوظ كما كُتب.</translation>
    </message>
    <message>
        <source>This number could not be read as a phone number of %1; it is kept as typed.</source>
        <translation type="unfinished">تعذّرت قراءة هذا الرقم كرقم هاتف في %1؛ وهو محفوظ كما كُتب.</translation>
    </message>
</context>
<context>
    <name>PhoneRegion</name>
    <message>
        <source>&quot;%1&quot; is not a country code Majlis knows; use two letters such as DE, GB or CA.</source>
        <translation type="unfinished">&quot;%1&quot; ليس رمز بلد يعرفه مجلس؛ استخدم حرفين مثل DE أو GB أو CA.</translation>
    </message>
</context>
<context>
    <name>PostcodeFile</name>
    <message>
        <source>The file needs a postcode column (postcode, zip or zcta) and a district column (district or cd) in its first line; it has: %1.</source>
        <translation type="unfinished">يحتاج الملف في سطره الأول إلى عمود للرمز البريدي (postcode أو zip أو zcta) وعمود للدائرة (district أو cd)؛ لديه: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postcode; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; ليس رمزًا بريديًا؛ تُرك الصف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ZIP code; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; ليس رمز ZIP؛ تُرك الصف.</translation>
    </message>
    <message>
        <source>Postcode %1 has no district; the row was left out.</source>
        <translation type="unfinished">الرمز البريدي %1 بلا دائرة؛ تُرك الصف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no House seat; write it as MI-12, or give the state in a state column; the row was left out.</source>
        <translation type="unfinished">&quot;%1&quot; ليس مقعدًا في مجلس النواب؛ اكتبه MI-12، أو ضع الولاية في عمود state؛ تُرك الصف.</translation>
    </message>
</context>
<context>
    <name>PostcodeImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chamber; use senate (the upper chamber), house (the lower one) or unicameral.</source>
        <translation type="unfinished">&quot;%1&quot; ليست غرفة؛ استخدم senate (الغرفة العليا) أو house (الدنيا) أو unicameral.</translation>
    </message>
    <message>
        <source>Senators of the U.S. Congress represent a whole state; a postcode file is for the House.</source>
        <translation type="unfinished">يمثل أعضاء مجلس الشيوخ الأمريكي ولاية كاملة؛ ملف الرموز البريدية لمجلس النواب.</translation>
    </message>
    <message>
        <source>%1 has no chamber &quot;%2&quot;.</source>
        <translation type="unfinished">لا توجد في %1 غرفة &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file has no usable rows, so the districts held for %1 were left as they were.</source>
        <translation type="unfinished">ليس في الملف صفوف صالحة، فبقيت الدوائر المحفوظة لـ %1 كما كانت.</translation>
    </message>
    <message>
        <source>No current member of %1 holds district %2 (postcode %3); the row was imported.</source>
        <translation type="unfinished">لا يشغل أي عضو حالي في %1 الدائرة %2 (الرمز البريدي %3)؛ استُورد الصف.</translation>
    </message>
</context>
<context>
    <name>PostcodeLookup</name>
    <message>
        <source>&quot;%1&quot; is not a U.S. ZIP code; give five digits, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">&quot;%1&quot; ليس رمز ZIP أمريكيًا؛ أعطِ خمسة أرقام، مثل 48126 أو 48126-1234.</translation>
    </message>
</context>
<context>
    <name>ScheduleCheck</name>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">مكتب لم يعد مدرجًا</translation>
    </message>
    <message>
        <source>someone no longer registered</source>
        <translation type="unfinished">شخص لم يعد مسجّلًا</translation>
    </message>
    <message>
        <source>%1 to %2 is outside the day&apos;s meeting window.</source>
        <translation type="unfinished">الفترة من %1 إلى %2 خارج فترة لقاءات اليوم.</translation>
    </message>
    <message>
        <source>The team has %1 people; the day allows %2.</source>
        <translation type="unfinished">عدد أفراد الفريق %1، والحد الأقصى المسموح به في هذا اليوم %2.</translation>
    </message>
    <message>
        <source>%1 cannot meet from %2 to %3.</source>
        <translation type="unfinished">%1 غير متاح للقاء من %2 إلى %3.</translation>
    </message>
    <message>
        <source>%1 confirmed other times for meetings.</source>
        <translation type="unfinished">أكّد %1 أوقاتًا أخرى للقاءات.</translation>
    </message>
    <message>
        <source>%1 has another meeting at %2.</source>
        <translation type="unfinished">لدى %1 لقاء آخر في الساعة %2.</translation>
    </message>
    <message>
        <source>%1 is also meeting %2 at %3.</source>
        <translation type="unfinished">لدى %1 أيضًا لقاء مع %2 في الساعة %3.</translation>
    </message>
    <message>
        <source>%1 needs %2 minutes to walk here from %3, which ends at %4.</source>
        <translation type="unfinished">يحتاج %1 إلى %2 دقيقة للمشي إلى هنا من لقاء %3 الذي ينتهي في الساعة %4.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>The office has no free time left in the day&apos;s window, its blackouts and its confirmed times.</source>
        <translation type="unfinished">لم يبقَ لدى المكتب وقت متاح ضمن فترة لقاءات اليوم بعد احتساب أوقاته غير المتاحة وأوقاته المؤكدة.</translation>
    </message>
    <message>
        <source>Whenever the office is free, the attendee is in another meeting or could not walk there in time.</source>
        <translation type="unfinished">في كل وقت يكون فيه المكتب متاحًا، يكون المشارك في لقاء آخر أو لا يستطيع المشي إليه في الوقت المناسب.</translation>
    </message>
    <message>
        <source>The contact has no U.S. state, or lives outside the legislature&apos;s state, so their members are unknown.</source>
        <translation type="unfinished">ليست لجهة الاتصال ولاية أمريكية، أو تسكن خارج ولاية الهيئة التشريعية، فأعضاؤها غير معروفين.</translation>
    </message>
    <message>
        <source>The contact has no district for this chamber, so their member is unknown; fill districts from ZIP codes or enter it.</source>
        <translation type="unfinished">ليست لجهة الاتصال دائرة لهذه الغرفة، فممثلها غير معروف؛ املأ الدوائر من رموز ZIP أو أدخلها.</translation>
    </message>
    <message>
        <source>No current member holds this seat.</source>
        <translation type="unfinished">لا يشغل أي عضو حالي هذا المقعد.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Enter the server address, such as https://sync.example.org.</source>
        <translation type="unfinished">أدخل عنوان الخادم، مثل https://sync.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It looks like https://sync.example.org.</source>
        <translation type="unfinished">«%1» ليس عنوان خادم. يبدو عنوان الخادم هكذا: https://sync.example.org.</translation>
    </message>
    <message>
        <source>The server address must start with https://, so the password and the workspace travel encrypted. Plain http:// is only for a server on this computer (localhost).</source>
        <translation type="unfinished">يجب أن يبدأ عنوان الخادم بـ https://‏ حتى تنتقل كلمة المرور ومساحة العمل مشفّرتين. أما http://‏ العادي فهو فقط لخادم على هذا الحاسوب (localhost).</translation>
    </message>
    <message>
        <source>The fingerprint must be the SHA-256 of the server&apos;s certificate: 64 hexadecimal digits (0–9 and A–F), colons allowed.</source>
        <translation type="unfinished">يجب أن تكون البصمة قيمة SHA-256 لشهادة الخادم: 64 رقمًا ست عشريًا (0–9 وA–F)، ويُسمح بالنقطتين الرأسيتين.</translation>
    </message>
</context>
<context>
    <name>SignOnLetters</name>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished">لم يُجب بعد</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">وقّع</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">اعتذر</translation>
    </message>
    <message>
        <source>A sign-on letter needs a title.</source>
        <translation type="unfinished">تحتاج رسالة التوقيع المشترك إلى عنوان.</translation>
    </message>
    <message>
        <source>That partner was not asked to sign this letter.</source>
        <translation type="unfinished">لم يُطلب من هذا الشريك توقيع هذه الرسالة.</translation>
    </message>
    <message>
        <source>Signed &quot;%1&quot;</source>
        <translation type="unfinished">وقّع &quot;%1&quot;</translation>
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
    <name>SyncClient</name>
    <message>
        <source>The sync server could not be reached: %1</source>
        <translation type="unfinished">تعذّر الوصول إلى خادم المزامنة: %1</translation>
    </message>
    <message>
        <source>The server did not accept the login. Log in again.</source>
        <translation type="unfinished">لم يقبل الخادم تسجيل الدخول. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished">رفض الخادم الطلب: %1</translation>
    </message>
    <message>
        <source>The sync server needs a newer Majlis. Update Majlis on this laptop, then sync again.</source>
        <translation type="unfinished">يحتاج خادم المزامنة إلى إصدار أحدث من مجلس. حدّث مجلس على هذا الحاسوب المحمول، ثم زامن مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation type="unfinished">محاولات كثيرة جدًا. انتظر بضع دقائق، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The sync server answered %1: %2</source>
        <translation type="unfinished">ردّ خادم المزامنة بالرمز %1: %2</translation>
    </message>
    <message>
        <source>This workspace syncs with another server. Open a new workspace to sync with this one.</source>
        <translation type="unfinished">تُزامَن مساحة العمل هذه مع خادم آخر. افتح مساحة عمل جديدة للمزامنة مع هذا الخادم.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished">اسم المستخدم أو كلمة المرور غير صحيح.</translation>
    </message>
    <message>
        <source>The sync server keeps refusing to acknowledge this laptop&apos;s changes.</source>
        <translation type="unfinished">يواصل خادم المزامنة رفض تأكيد استلام تغييرات هذا الحاسوب المحمول.</translation>
    </message>
    <message>
        <source>The server refused this workspace&apos;s new device id as well. Try again later.</source>
        <translation type="unfinished">رفض الخادم أيضًا معرّف الجهاز الجديد لمساحة العمل هذه. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Ask for at least one person.</source>
        <translation>اطلب شخصًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>The server has no such campaign in your chapters. Sync, then choose the campaign again.</source>
        <translation>لا توجد على الخادم حملة كهذه في فروعك. زامِن، ثم اختر الحملة من جديد.</translation>
    </message>
    <message>
        <source>This campaign is closed: nobody can take people from its list.</source>
        <translation>هذه الحملة مغلقة: لا يمكن لأحد أخذ أشخاص من قائمتها.</translation>
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
    <name>TextEncodings</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished">يونيكود (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 little-endian)</source>
        <translation type="unfinished">يونيكود (UTF-16 ذو البايت الأصغر أولاً)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation type="unfinished">يونيكود (UTF-16 ذو البايت الأكبر أولاً)</translation>
    </message>
    <message>
        <source>Arabic (Windows-1256)</source>
        <translation type="unfinished">عربي (Windows-1256)</translation>
    </message>
    <message>
        <source>Arabic (ISO-8859-6)</source>
        <translation type="unfinished">عربي (ISO-8859-6)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished">أوروبي غربي (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation type="unfinished">أوروبي غربي (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Line %1 has bytes (%2) that are not %3 text; the file is written in another encoding. Choose the one it was saved in.</source>
        <translation type="unfinished">السطر %1 فيه بايتات (%2) ليست نصاً بترميز %3؛ الملف مكتوب بترميز آخر. اختر الترميز الذي حُفظ به.</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; use an IANA name such as Europe/London, America/New_York or Asia/Karachi.</source>
        <translation type="unfinished">&quot;%1&quot; ليست منطقة زمنية يعرفها هذا الحاسوب؛ استخدم اسمًا من IANA مثل Europe/London أو America/New_York أو Asia/Karachi.</translation>
    </message>
</context>
<context>
    <name>Turnout</name>
    <message>
        <source>A person to mark is no longer in the workspace.</source>
        <translation>شخص مطلوب تعليمه لم يعد في مساحة العمل.</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>Line %1 is not a vCard line (NAME:value) and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">السطر %1 ليس سطر vCard بالصيغة (NAME:value)، وقد تم تخطّيه: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 was not imported</source>
        <translation type="unfinished">%1: لم تُستورد الخاصية %2</translation>
    </message>
    <message>
        <source>%1: another %2 (&quot;%3&quot;) was not imported; Majlis keeps one</source>
        <translation type="unfinished">%1: لم تُستورد قيمة %2 أخرى (&quot;%3&quot;)؛ يحتفظ مجلس بقيمة واحدة</translation>
    </message>
    <message>
        <source>%1: BDAY %2 has no year, so the birthday was not imported</source>
        <translation type="unfinished">%1: القيمة BDAY %2 بلا سنة، لذا لم يُستورد تاريخ الميلاد</translation>
    </message>
    <message>
        <source>%1: BDAY &quot;%2&quot; is not a date Majlis can read, so the birthday was not imported</source>
        <translation type="unfinished">%1: القيمة BDAY &quot;%2&quot; ليست تاريخًا يستطيع مجلس قراءته، لذا لم يُستورد تاريخ الميلاد</translation>
    </message>
    <message>
        <source>%1: the %2 nested inside it on line %3 was not imported</source>
        <translation type="unfinished">%1: لم يُستورد المكوّن %2 المضمَّن فيها في السطر %3</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped.</source>
        <translation type="unfinished">البطاقة %1، التي تبدأ في السطر %2، بلا اسم (N أو FN)، وقد تم تخطّيها.</translation>
    </message>
    <message>
        <source>Card %1, begun on line %2, has no name (N or FN) and was skipped: %3</source>
        <translation type="unfinished">البطاقة %1، التي تبدأ في السطر %2، بلا اسم (N أو FN)، وقد تم تخطّيها: %3</translation>
    </message>
    <message>
        <source>%1: ADR was not imported for %2; Majlis keeps one address per contact</source>
        <translation type="unfinished">%1: لم يُستورد ADR الخاص بـ %2؛ يحتفظ مجلس بعنوان واحد لكل جهة اتصال</translation>
    </message>
    <message>
        <source>%1: ROLE (&quot;%2&quot;) was not imported; the role comes from TITLE</source>
        <translation type="unfinished">%1: لم يُستورد ROLE (&quot;%2&quot;)؛ يُؤخذ الدور من TITLE</translation>
    </message>
    <message>
        <source>%1: the name parts &quot;%2&quot; in N were not imported</source>
        <translation type="unfinished">%1: لم تُستورد أجزاء الاسم &quot;%2&quot; الواردة في N</translation>
    </message>
    <message>
        <source>Card %1 (%2)</source>
        <translation type="unfinished">البطاقة %1 (%2)</translation>
    </message>
    <message>
        <source>The file is empty; there is no vCard in it.</source>
        <translation type="unfinished">الملف فارغ؛ لا يحتوي على أي بطاقة vCard.</translation>
    </message>
    <message>
        <source>Line %1 is &quot;%2&quot; where a vCard should begin with BEGIN:VCARD; this does not look like a vCard (.vcf) file.</source>
        <translation type="unfinished">السطر %1 هو &quot;%2&quot; في حين يجب أن تبدأ بطاقة vCard بـ BEGIN:VCARD؛ لا يبدو أن هذا ملف vCard (.vcf).</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but no vCard is open there.</source>
        <translation type="unfinished">السطر %1 يُنهي %2، لكن لا توجد بطاقة vCard مفتوحة عنده.</translation>
    </message>
    <message>
        <source>Line %1 is outside any BEGIN:VCARD … END:VCARD and was skipped: &quot;%2&quot;</source>
        <translation type="unfinished">السطر %1 خارج أي كتلة BEGIN:VCARD … END:VCARD، وقد تم تخطّيه: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the %3 begun on line %4 is still open.</source>
        <translation type="unfinished">السطر %1 يُنهي %2، لكن المكوّن %3 الذي بدأ في السطر %4 لا يزال مفتوحًا.</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but the vCard begun on line %3 is still open.</source>
        <translation type="unfinished">السطر %1 يُنهي %2، لكن بطاقة vCard التي بدأت في السطر %3 لا تزال مفتوحة.</translation>
    </message>
    <message>
        <source>The vCard begun on line %1 is never closed (END:VCARD is missing); the file may be cut short.</source>
        <translation type="unfinished">بطاقة vCard التي بدأت في السطر %1 لم تُغلق أبدًا (END:VCARD مفقود)؛ قد يكون الملف مبتورًا.</translation>
    </message>
    <message>
        <source>Line %1 names the character set &quot;%2&quot;, but its text cannot be read in it; it was read as %3 (detected) and may look wrong.</source>
        <translation type="unfinished">السطر %1 يسمّي مجموعة المحارف &quot;%2&quot;، لكن نصه لا يُقرأ بها؛ فقُرئ بترميز %3 (مكتشَف) وقد يبدو خاطئاً.</translation>
    </message>
</context>
<context>
    <name>WalkList</name>
    <message>
        <source>Only a door-knocking campaign has a walk list; &quot;%1&quot; is not one.</source>
        <translation type="unfinished">قائمة الجولة لحملات طرق الأبواب وحدها، و«%1» ليست منها.</translation>
    </message>
</context>
<context>
    <name>WalkListDocument</name>
    <message>
        <source>Walk list: %1</source>
        <translation type="unfinished">قائمة الجولة: %1</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">القائمة كاملة</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation type="unfinished">حصة %1</translation>
    </message>
    <message>
        <source>Not given to anyone yet</source>
        <translation type="unfinished">لم تُسند إلى أحد بعد</translation>
    </message>
    <message>
        <source>%1: %2 on %3, printed %4</source>
        <comment>share, doors, streets, date</comment>
        <translation type="unfinished">%1: %2 في %3، طُبعت في %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doors</source>
        <translation type="unfinished">
            <numerusform>%Ln باب</numerusform>
            <numerusform>باب واحد (%Ln)</numerusform>
            <numerusform>بابان (%Ln)</numerusform>
            <numerusform>%Ln أبواب</numerusform>
            <numerusform>%Ln بابًا</numerusform>
            <numerusform>%Ln باب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln streets</source>
        <translation type="unfinished">
            <numerusform>%Ln شارع</numerusform>
            <numerusform>شارع واحد (%Ln)</numerusform>
            <numerusform>شارعان (%Ln)</numerusform>
            <numerusform>%Ln شوارع</numerusform>
            <numerusform>%Ln شارعًا</numerusform>
            <numerusform>%Ln شارع</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick one result at each door. Write a short answer for each question the person answered; the answers are entered afterwards.</source>
        <translation type="unfinished">ضع علامة على نتيجة واحدة عند كل باب. اكتب جوابًا قصيرًا لكل سؤال أجاب عنه الشخص؛ تُدخَل الإجابات لاحقًا.</translation>
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
        <translation type="unfinished">لم يبقَ أحد لزيارته هنا.</translation>
    </message>
    <message>
        <source>Street without a name</source>
        <translation type="unfinished">شارع بلا اسم</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>street, then town and postal code</comment>
        <translation type="unfinished">%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln doors)</source>
        <translation type="unfinished">
            <numerusform>%1 (%Ln باب)</numerusform>
            <numerusform>%1 (باب واحد %Ln)</numerusform>
            <numerusform>%1 (بابان %Ln)</numerusform>
            <numerusform>%1 (%Ln أبواب)</numerusform>
            <numerusform>%1 (%Ln بابًا)</numerusform>
            <numerusform>%1 (%Ln باب)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>question number</comment>
        <translation type="unfinished">س%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Walk list %1</source>
        <comment>file name: the campaign</comment>
        <translation type="unfinished">قائمة الجولة %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceArchive</name>
    <message>
        <source>%1 already exists; choose a new file name for the archive.</source>
        <translation type="unfinished">%1 موجود بالفعل؛ اختر اسم ملف جديدًا للأرشيف.</translation>
    </message>
    <message>
        <source>This workspace already has records. Import an archive into a new, empty workspace (File &gt; New Workspace), so nothing is mixed or overwritten.</source>
        <translation type="unfinished">تحتوي مساحة العمل هذه على سجلات بالفعل. استورد الأرشيف إلى مساحة عمل جديدة فارغة (ملف &gt; مساحة عمل جديدة) حتى لا تختلط البيانات أو يُكتب فوقها.</translation>
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
        <translation type="unfinished">شغّل &quot;majlis-cli --help&quot; لعرض الأوامر.</translation>
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
        <source>&quot;%1&quot; needs a verb, such as list.</source>
        <translation type="unfinished">يحتاج &quot;%1&quot; إلى فعل، مثل list.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished">أمر غير معروف &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>init, contacts, chapters, legislators, day, partners, events, import, export or demo</source>
        <translation type="unfinished">init أو contacts أو chapters أو legislators أو day أو partners أو events أو import أو export أو demo</translation>
    </message>
    <message>
        <source>  sync                        sync with the organization&apos;s server (--server, --user, --ca or --fingerprint, --password-stdin)</source>
        <translation type="unfinished">  sync                        المزامنة مع خادم المنظمة (--server، --user، --ca أو --fingerprint، --password-stdin)</translation>
    </message>
    <message>
        <source>  chapters time-zone [ZONE]   show or set the workspace&apos;s time zone (--chapter NAME: a chapter&apos;s)
  events show EVENT           one event, with its time zone (--hijri)
  --hijri on events list, day list and day export --pdf adds the Hijri date</source>
        <translation type="unfinished">  chapters time-zone [ZONE]   عرض المنطقة الزمنية لمساحة العمل أو ضبطها (--chapter NAME: لفرع)
  events show EVENT           فعالية واحدة مع منطقتها الزمنية (--hijri)
  --hijri مع events list وday list وday export --pdf يضيف التاريخ الهجري</translation>
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
        <translation type="unfinished">الأوامر:
  init                        إنشاء مساحة العمل أو ترقيتها
  contacts add [options]      إضافة جهة اتصال (--given، --family، --email، --phone, --country، --chapter، ...)
  contacts list               عرض جهات الاتصال (--chapter، --tag، --limit)
  contacts search TEXT        البحث عن جهات الاتصال بالاسم أو البريد أو الهاتف أو الوسم أو المنظمة أو الملاحظات
  contacts show ID            عرض جهة اتصال واحدة
  contacts edit ID [options]  تعديل جهة اتصال
  contacts delete ID...       حذف جهات اتصال
  contacts merge KEEP OTHER   ادمج نسخة مكررة في جهة الاتصال التي تبقى (بريدها وهواتفها ووسومها وسجلها)
  contacts export-data ID FILE  اكتب كل ما يُحفظ عن شخص واحد في ملف JSON
  contacts erase ID --yes     امحُ كل ما يُحفظ عن شخص واحد، هنا وعلى كل حاسوب متزامن
  chapters add NAME           إضافة فرع (--city، --region، --country)
  chapters list               عرض الفروع
  chapters region [CODE]      عرض بلد مساحة العمل أو تعيينه، لأرقام الهاتف التي لا تبدأ بـ + (--chapter NAME: بلد فرع)
  legislators import FILE     استيراد أعضاء الكونغرس أو تحديثهم (legislators-current.csv)
  legislators list            عرض أعضاء هيئة تشريعية (--body, --state, --chamber)
  bodies list                 عرض الهيئات التشريعية في مساحة العمل هذه ومجالسها
  bodies campus BODY          عرض مباني مقر هيئة تشريعية أو تحديدها (--building NAME=GROUP ...)
  day create TITLE --date D   التخطيط ليوم مناصرة (--body, --time-zone, --start، --end، --slot، --team-size، --ask)
  day list                    عرض أيام المناصرة
  day attendees add DAY ID... تسجيل جهات اتصال في يوم مناصرة (--role، --tag)
  day attendees list DAY      عرض المشاركين في يوم مناصرة
  day schedule DAY            إنشاء جدول لقاءات اليوم
  day export DAY --ics|--pdf|--csv FILE   كتابة التقاويم أو برامج الزيارات أو الجدول
  partners add NAME           إضافة شريك في التحالف (--kind، --area، --status، --city، ...)
  partners list               عرض الشركاء (--kind، --area، --status، --search)
  partners show NAME|ID       عرض شريك مع الأشخاص المرتبطين به وسجل العلاقة معه
  events create TITLE --start T   إنشاء فعالية (--end، --kind، --place، --capacity، --chapter)
  events list                 عرض الفعاليات
  events checkin EVENT ID...  تسجيل حضور جهات اتصال (أو --walk-in --given NAME --email ...)
  events attendance EVENT --csv FILE   كتابة قائمة بمن سجّل ومن حضر
  events calendar FILE        كتابة كل الفعاليات في ملف iCalendar (.ics)
  import csv FILE             استيراد جهات اتصال من جدول بيانات (--dry-run، --map، --duplicates، --report)
  import vcard FILE           استيراد جهات اتصال من ملف vCard (--dry-run، --duplicates)
  import archive FILE         جلب أرشيف مساحة عمل إلى مساحة العمل الفارغة هذه
  export csv FILE             تصدير جهات الاتصال بصيغة CSV (--search، --tag)
  export vcard FILE           تصدير جهات الاتصال بصيغة vCard (--version 4.0|3.0|2.1، --search، --tag)
  export archive FILE         كتابة مساحة العمل كاملة في ملف واحد قابل للنقل
  demo [--count N]            ملء مساحة العمل ببيانات تجريبية خيالية
شغّل &quot;majlis-cli COMMAND VERB --help&quot; لعرض خيارات أي أمر.</translation>
    </message>
    <message>
        <source>  districts lookup --zip ZIP  the districts a ZIP code lies in
  districts import FILE --body CODE --chamber C   import a postcode to district file for a legislature
  contacts districts ID       a contact&apos;s districts (--body, --chamber, --set DISTRICT, --confirm, --check-later)
  contacts districts --fill   fill districts from postcodes (--tag, --day, --body, --dry-run; --ambiguous lists who has districts to choose)</source>
        <translation type="unfinished">  districts lookup --zip ZIP  الدوائر التي يقع فيها رمز ZIP
  districts import FILE --body CODE --chamber C   استيراد ملف رموز بريدية ودوائر لهيئة تشريعية
  contacts districts ID       دوائر جهة اتصال (--body، --chamber، --set DISTRICT، --confirm، --check-later)
  contacts districts --fill   ملء الدوائر من الرموز البريدية (--tag، --day، --body، --dry-run؛ يسرد --ambiguous من لديهم دوائر للاختيار)</translation>
    </message>
    <message>
        <source>  legislators import PATH     also an Open States folder or download (state legislatures), or any parliament&apos;s member list CSV with --body CODE (--body-name, --country, --map, --dry-run)</source>
        <translation type="unfinished">  legislators import PATH     أيضًا مجلد Open States أو ملفه المنزّل (الهيئات التشريعية للولايات)، أو قائمة أعضاء أي برلمان بصيغة CSV مع --body CODE (--body-name، --country، --map، --dry-run)</translation>
    </message>
    <message>
        <source>  legislators import --bundled  the members of Congress built into this program (--dry-run)</source>
        <translation type="unfinished">  legislators import --bundled  أعضاء الكونغرس المدمجون في هذا البرنامج (--dry-run)</translation>
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
        <translation type="unfinished">  campaigns elections add NAME --date D   إضافة انتخابات (--jurisdiction، --chapter)؛ elections list
  campaigns create NAME --kind phone|door|gotv --script FILE   بنك هاتف أو قائمة طرق أبواب أو حملة حث على التصويت (--election، --chapter، --starts، --ends)
  campaigns list | show C | entries C   الحملات، وحملة بنصها وأرقامها، وقائمتها
  campaigns build C [مرشِّح]  إضافة أشخاص إلى القائمة (--tag، --chapter، --language، --state، --body --district، --event، --voter-status، --answered --question --answer، --election --pledged|--not-voted، --dry-run)
  campaigns assign C --to a,b | --by-language NAME=LANGS   تقسيم القائمة؛ release C [--volunteer V]
  campaigns next C [--caller NAME]   الشخص التالي للاتصال به، مع النص
  campaigns record C ID --result CODE   حفظ نتيجة (--answer Q=A، --opt-out، --phone، --caller)
  campaigns progress C | rollback C --caller NAME [--from T --to T] | close C
  campaigns export C --out FILE.csv   النتائج بصيغة CSV (--list: الأشخاص المطلوب الاتصال بهم أو زيارتهم)
  gotv summary|chase ELECTION   التعهدات والأصوات؛ من تعهّد ولم يصوّت بعد، حسب الدائرة
  gotv voted ELECTION ID...   وضع علامة «صوّت» على أشخاص (--undo)</translation>
    </message>
</context>
<context>
    <name>majlis::AdvocacyPage</name>
    <message>
        <source>Advocacy days</source>
        <translation type="unfinished">أيام المناصرة</translation>
    </message>
    <message>
        <source>&amp;New Day</source>
        <translation type="unfinished">&amp;يوم جديد</translation>
    </message>
    <message>
        <source>Delete Day</source>
        <translation type="unfinished">حذف يوم المناصرة</translation>
    </message>
    <message>
        <source>&amp;Legislators…</source>
        <translation type="unfinished">&amp;المشرّعون…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;معلومات اليوم</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation type="unfinished">&amp;المشاركون</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished">&amp;جدول اللقاءات</translation>
    </message>
    <message>
        <source>&amp;Itineraries</source>
        <translation type="unfinished">&amp;برامج الزيارات</translation>
    </message>
    <message>
        <source>&amp;Report-back</source>
        <translation type="unfinished">&amp;تقرير ما بعد اللقاء</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation type="unfinished">&amp;لوحة المعلومات</translation>
    </message>
    <message>
        <source>No advocacy days yet</source>
        <translation type="unfinished">لا توجد أيام مناصرة بعد</translation>
    </message>
    <message>
        <source>New advocacy day</source>
        <translation type="unfinished">يوم مناصرة جديد</translation>
    </message>
    <message>
        <source>Cannot create the day</source>
        <translation type="unfinished">تعذّر إنشاء يوم المناصرة</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its schedule and reports? Contacts are not touched.</source>
        <translation type="unfinished">هل تريد حذف &quot;%1&quot; مع جدوله وتقاريره؟ لن تتأثر جهات الاتصال.</translation>
    </message>
    <message>
        <source>Cannot delete the day</source>
        <translation type="unfinished">تعذّر حذف يوم المناصرة</translation>
    </message>
    <message>
        <source>Look up the members of each legislature, import or update them, and list a capitol&apos;s buildings.</source>
        <translation type="unfinished">ابحث عن أعضاء كل هيئة تشريعية، واستوردهم أو حدّثهم، واعرض مباني مقر البرلمان.</translation>
    </message>
    <message>
        <source>Plan an advocacy day at the U.S. Capitol, a state capitol or a parliament: bring in its members with Legislators…, create a day with New Day, register attendees, then build the schedule. Everything works offline.</source>
        <translation type="unfinished">خطّط ليوم مناصرة في مبنى الكابيتول الأمريكي أو في مقر برلمان ولاية أو في برلمان: أحضر أعضاءه عبر «المشرّعون…»، وأنشئ يومًا عبر «يوم جديد»، وسجّل الحضور، ثم ابنِ الجدول. كل شيء يعمل دون اتصال.</translation>
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
        <translation type="unfinished">اختر: %1</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation type="unfinished">%1 (مُختارة)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">الهيئة التشريعية</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished">الرمز البريدي</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">الدائرة</translation>
    </message>
    <message>
        <source>%1 is not among the districts postcode %2 spans.</source>
        <translation type="unfinished">%1 ليست من الدوائر التي يشملها الرمز البريدي %2.</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerChart</name>
    <message>
        <source>Answers to the question</source>
        <translation type="unfinished">الإجابات عن السؤال</translation>
    </message>
    <message>
        <source>Answers to this question are written, not chosen: they are not counted.</source>
        <translation type="unfinished">الإجابات عن هذا السؤال مكتوبة لا مختارة، فلا تُعدّ.</translation>
    </message>
    <message>
        <source>Nobody has answered this question yet.</source>
        <translation type="unfinished">لم يُجب أحد عن هذا السؤال بعد.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">الإجابات</translation>
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
        <translation type="unfinished">من أعطوا هذه الإجابة</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerCountModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished">السؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">الرد</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">الأشخاص</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation type="unfinished">النسبة من الإجابات</translation>
    </message>
</context>
<context>
    <name>majlis::AnswerPanel</name>
    <message>
        <source>This campaign has no survey: record the result with the keys below.</source>
        <translation>لا استبيان في هذه الحملة: سجّل النتيجة بالمفاتيح أدناه.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <comment>question number, question, kind of answer</comment>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Type what they said</source>
        <translation>اكتب ما قاله الشخص</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>السؤال الحالي</translation>
    </message>
</context>
<context>
    <name>majlis::AskPartnersDialog</name>
    <message>
        <source>Ask Partners to Sign</source>
        <translation type="unfinished">طلب توقيع الشركاء</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation type="unfinished">ابحث عن شريك</translation>
    </message>
    <message>
        <source>%1 (already asked)</source>
        <translation type="unfinished">%1 (طُلب منه سابقًا)</translation>
    </message>
    <message>
        <source>There are no partners yet: add them in the Partners view.</source>
        <translation type="unfinished">لا يوجد شركاء بعد: أضفهم في عرض «الشركاء».</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation type="unfinished">&amp;طلب التوقيع</translation>
    </message>
    <message>
        <source>&amp;Tick All</source>
        <translation type="unfinished">&amp;تحديد الكل</translation>
    </message>
    <message>
        <source>Partners to ask</source>
        <translation type="unfinished">الشركاء المطلوب توقيعهم</translation>
    </message>
</context>
<context>
    <name>majlis::AssignDialog</name>
    <message>
        <source>Assign Callers: %1</source>
        <translation>توزيع المتصلين: %1</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>المتطوعون</translation>
    </message>
    <message>
        <source>A&amp;dd Volunteer</source>
        <translation>&amp;إضافة متطوع</translation>
    </message>
    <message>
        <source>&amp;Remove from the Table</source>
        <translation>&amp;إزالة من الجدول</translation>
    </message>
    <message>
        <source>%1 still has people to call: take back their share first.</source>
        <translation>لا يزال لدى %1 أشخاص للاتصال بهم: استرجع حصته أولًا.</translation>
    </message>
    <message>
        <source>&amp;Take Back Their Share</source>
        <translation>&amp;استرجاع حصته</translation>
    </message>
    <message>
        <source>The selected volunteer&apos;s people still to call go back to nobody, for others to call.</source>
        <translation>يعود الأشخاص الذين لم يتصل بهم المتطوع المختار بعد إلى غير المُسنَدين، ليتصل بهم آخرون.</translation>
    </message>
    <message>
        <source>By &amp;count: runs of about equal size, neighbours together</source>
        <translation>حسب &amp;العدد: مجموعات متقاربة الحجم، والجيران معًا</translation>
    </message>
    <message>
        <source>By &amp;language: each person to a volunteer who speaks one of their languages</source>
        <translation>حسب &amp;اللغة: كل شخص إلى متطوع يتحدث إحدى لغاته</translation>
    </message>
    <message>
        <source>&amp;Give Out the List</source>
        <translation>تو&amp;زيع القائمة</translation>
    </message>
    <message>
        <source>Name each volunteer as they log in to sync, so their laptop receives their share. Only the people nobody has yet are given out.</source>
        <translation>اكتب اسم كل متطوع كما يسجّل الدخول إلى المزامنة، ليتلقى حاسوبه حصته. لا يُوزَّع إلا من لم يُسنَد إلى أحد بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people nobody has yet.</source>
        <translation>
            <numerusform>غير مُسنَدين بعد: %Ln</numerusform>
            <numerusform>غير مُسنَدين بعد: %Ln</numerusform>
            <numerusform>غير مُسنَدين بعد: %Ln</numerusform>
            <numerusform>غير مُسنَدين بعد: %Ln</numerusform>
            <numerusform>غير مُسنَدين بعد: %Ln</numerusform>
            <numerusform>غير مُسنَدين بعد: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people given out.</source>
        <translation>
            <numerusform>عدد من وُزِّعوا: %Ln</numerusform>
            <numerusform>عدد من وُزِّعوا: %Ln</numerusform>
            <numerusform>عدد من وُزِّعوا: %Ln</numerusform>
            <numerusform>عدد من وُزِّعوا: %Ln</numerusform>
            <numerusform>عدد من وُزِّعوا: %Ln</numerusform>
            <numerusform>عدد من وُزِّعوا: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a volunteer who has people to call.</source>
        <translation>اختر متطوعًا لديه أشخاص للاتصال بهم.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people taken back from %1.</source>
        <translation>
            <numerusform>استُرجع من %1: %Ln</numerusform>
            <numerusform>استُرجع من %1: %Ln</numerusform>
            <numerusform>استُرجع من %1: %Ln</numerusform>
            <numerusform>استُرجع من %1: %Ln</numerusform>
            <numerusform>استُرجع من %1: %Ln</numerusform>
            <numerusform>استُرجع من %1: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::AttendeeRole</name>
    <message>
        <source>Constituent</source>
        <translation type="unfinished">ناخب من الدائرة</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished">قائد الفريق</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation type="unfinished">مدوّن الملاحظات</translation>
    </message>
    <message>
        <source>First-timer</source>
        <translation type="unfinished">مشارك لأول مرة</translation>
    </message>
</context>
<context>
    <name>majlis::AttendeesPanel</name>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">&amp;تسجيل جهات اتصال…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;إزالة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">الولاية والدائرة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">الدور</translation>
    </message>
    <message>
        <source>Earlier days</source>
        <translation type="unfinished">الأيام السابقة</translation>
    </message>
    <message>
        <source>No state: cannot be matched</source>
        <translation type="unfinished">بلا ولاية: تتعذّر المطابقة</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished">دور %1</translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation type="unfinished">تعذّر تغيير الدور</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation type="unfinished">
            <numerusform>%n مشارك</numerusform>
            <numerusform>%n مشارك</numerusform>
            <numerusform>%n مشاركان</numerusform>
            <numerusform>%n مشاركين</numerusform>
            <numerusform>%n مشاركًا</numerusform>
            <numerusform>%n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a state on their contact</source>
        <translation type="unfinished">
            <numerusform>؛ %n منهم دون ولاية في بيانات جهة الاتصال</numerusform>
            <numerusform>؛ %n منهم دون ولاية في بيانات جهة الاتصال</numerusform>
            <numerusform>؛ %n منهم دون ولاية في بيانات جهة الاتصال</numerusform>
            <numerusform>؛ %n منهم دون ولاية في بيانات جهة الاتصال</numerusform>
            <numerusform>؛ %n منهم دون ولاية في بيانات جهة الاتصال</numerusform>
            <numerusform>؛ %n منهم دون ولاية في بيانات جهة الاتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet: register contacts to plan their meetings.</source>
        <translation type="unfinished">لم يُسجَّل أحد بعد: سجّل جهات اتصال للتخطيط للقاءاتهم.</translation>
    </message>
    <message>
        <source>Cannot register attendees</source>
        <translation type="unfinished">تعذّر تسجيل المشاركين</translation>
    </message>
    <message>
        <source>Remove Attendees</source>
        <translation type="unfinished">إزالة المشاركين</translation>
    </message>
    <message>
        <source>Remove %1 from this day? They are also taken out of their meetings.</source>
        <translation type="unfinished">هل تريد إزالة %1 من هذا اليوم؟ ستُزال أسماؤهم أيضًا من لقاءاتهم.</translation>
    </message>
    <message>
        <source>Cannot remove the attendee</source>
        <translation type="unfinished">تعذّرت إزالة المشارك</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished">الحضور</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">ملء ال&amp;دوائر من الرموز البريدية…</translation>
    </message>
    <message>
        <source>Find the attendees&apos; districts in the day&apos;s legislature from their ZIP codes</source>
        <translation type="unfinished">إيجاد دوائر الحضور في هيئة اليوم التشريعية من رموزهم البريدية</translation>
    </message>
    <message>
        <source>Cannot fill districts</source>
        <translation type="unfinished">تعذّر ملء الدوائر</translation>
    </message>
    <message>
        <source>the attendees of %1</source>
        <translation type="unfinished">حضور %1</translation>
    </message>
</context>
<context>
    <name>majlis::BuildListDialog</name>
    <message>
        <source>Build the List of %1</source>
        <translation>بناء قائمة %1</translation>
    </message>
    <message>
        <source>Any of these tags, separated by commas</source>
        <translation>أيٌّ من هذه الوسوم، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>A language code, such as ar or ur</source>
        <translation>رمز لغة، مثل ar أو ur</translation>
    </message>
    <message>
        <source>Two letters, such as MI</source>
        <translation>حرفان، مثل MI</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">الهيئة التشريعية</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">الدائرة</translation>
    </message>
    <message>
        <source>District, such as 12</source>
        <translation>الدائرة، مثل 12</translation>
    </message>
    <message>
        <source>Answered in the campaign</source>
        <translation>أجاب في الحملة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">السؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">الرد</translation>
    </message>
    <message>
        <source>Only people who pledged to vote</source>
        <translation>فقط من تعهّدوا بالتصويت</translation>
    </message>
    <message>
        <source>Only people who have not voted yet</source>
        <translation>فقط من لم يصوّتوا بعد</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">ال&amp;فرع:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished">ال&amp;وسوم:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;اللغة:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;الولاية:</translation>
    </message>
    <message>
        <source>&amp;District of:</source>
        <translation>&amp;دائرة في:</translation>
    </message>
    <message>
        <source>Came to the &amp;event:</source>
        <translation>حضر &amp;الفعالية:</translation>
    </message>
    <message>
        <source>&amp;Voter registration:</source>
        <translation>تسجيل &amp;الناخبين:</translation>
    </message>
    <message>
        <source>&amp;Answered:</source>
        <translation>&amp;أجاب:</translation>
    </message>
    <message>
        <source>Election:</source>
        <translation>الانتخابات:</translation>
    </message>
    <message>
        <source>Election (none):</source>
        <translation>الانتخابات (لا توجد):</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people without a street address, and people already on the list.</source>
        <translation>لا يُضاف أبدًا: من طلبوا عدم الاتصال بهم أو انسحبوا، ومن ليس لديهم عنوان شارع، ومن هم على القائمة أصلًا.</translation>
    </message>
    <message>
        <source>Never added: people who asked not to be contacted or opted out, people who have not agreed to be phoned, people whose every number is marked wrong or disconnected, and people already on the list.</source>
        <translation>لا يُضاف أبدًا: من طلبوا عدم الاتصال بهم أو انسحبوا، ومن لم يوافقوا على الاتصال الهاتفي، ومن كانت كل أرقامهم خاطئة أو مقطوعة، ومن هم على القائمة أصلًا.</translation>
    </message>
    <message>
        <source>&amp;Add to the List</source>
        <translation>&amp;إضافة إلى القائمة</translation>
    </message>
    <message>
        <source>Any chapter</source>
        <translation>أي فرع</translation>
    </message>
    <message>
        <source>Any legislature</source>
        <translation>أي هيئة تشريعية</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>أيّ منها أو لا شيء</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event: title (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No earlier answer needed</source>
        <translation>لا يلزم جواب سابق</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people would be added.</source>
        <translation>
            <numerusform>سيُضاف إلى القائمة: %Ln</numerusform>
            <numerusform>سيُضاف إلى القائمة: %Ln</numerusform>
            <numerusform>سيُضاف إلى القائمة: %Ln</numerusform>
            <numerusform>سيُضاف إلى القائمة: %Ln</numerusform>
            <numerusform>سيُضاف إلى القائمة: %Ln</numerusform>
            <numerusform>سيُضاف إلى القائمة: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CallListModel</name>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">لا أحد بعد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">منجزة</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>لم يُتصَل به بعد</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">اللغات</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished">المتصل</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">المحاولات</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>آخر نتيجة</translation>
    </message>
</context>
<context>
    <name>majlis::CallerProgressModel</name>
    <message>
        <source>Check this work before counting it: %1</source>
        <translation type="unfinished">راجع هذا العمل قبل احتسابه: %1</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished">المتطوع</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">المحاولات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">جهات الاتصال</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">نسبة التواصل</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">التعهدات</translation>
    </message>
    <message>
        <source>Busiest minute</source>
        <translation type="unfinished">أكثر دقيقة ازدحامًا</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished">تنبيه</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">المحاولات التي وصلت إلى الشخص</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">نسبة التواصل من المحاولات</translation>
    </message>
    <message>
        <source>The most results entered within any sixty seconds</source>
        <translation type="unfinished">أكبر عدد من النتائج أُدخل خلال ستين ثانية</translation>
    </message>
    <message>
        <source>Why an organizer should check this volunteer&apos;s work</source>
        <translation type="unfinished">لماذا ينبغي للمنظِّم مراجعة عمل هذا المتطوع</translation>
    </message>
</context>
<context>
    <name>majlis::CallerWindow</name>
    <message>
        <source>Calling: %1</source>
        <translation>الاتصال: %1</translation>
    </message>
    <message>
        <source>Entering Results: %1</source>
        <translation>إدخال النتائج: %1</translation>
    </message>
    <message>
        <source>Calling as %1</source>
        <translation>المتصل: %1</translation>
    </message>
    <message>
        <source>Entered as %1</source>
        <translation>يُدخِل النتائج: %1</translation>
    </message>
    <message>
        <source>Save and Next (Enter)</source>
        <translation>حفظ والتالي (Enter)</translation>
    </message>
    <message>
        <source>Skip for Later (F12)</source>
        <translation>تأجيل إلى وقت لاحق (F12)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>Back to the List (Esc)</source>
        <translation>العودة إلى القائمة (Esc)</translation>
    </message>
    <message>
        <source>Keys: 1–9 answer the current question, ↑ ↓ move between questions, F1–F11 choose the result, Enter saves.</source>
        <translation>المفاتيح: 1–9 تجيب عن السؤال الحالي، ↑ ↓ للتنقل بين الأسئلة، F1–F11 لاختيار النتيجة، Enter للحفظ.</translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation>ابحث عن الشخص</translation>
    </message>
    <message>
        <source>Type a name or the number on the list, then press Enter</source>
        <translation>اكتب اسمًا أو الرقم في القائمة، ثم اضغط Enter</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>الأشخاص في القائمة</translation>
    </message>
    <message>
        <source>Show people already done</source>
        <translation>إظهار من انتهى العمل معهم</translation>
    </message>
    <message>
        <source>The current question has no answer %1.</source>
        <translation>لا يوجد جواب رقم %1 للسؤال الحالي.</translation>
    </message>
    <message>
        <source>Back to the people you skipped.</source>
        <translation>عودة إلى من أجّلتهم.</translation>
    </message>
    <message>
        <source>Nobody is left for you to call in this campaign. Thank you!</source>
        <translation>لم يبقَ أحد لتتصل به في هذه الحملة. شكرًا لك!</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>لا رقم</translation>
    </message>
    <message>
        <source>%1 (as typed: check it)</source>
        <translation>%1 (كما كُتب: تحقّق منه)</translation>
    </message>
    <message>
        <source>Languages: not known</source>
        <translation>اللغات: غير معروفة</translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation>اللغات: %1</translation>
    </message>
    <message>
        <source>No earlier contact.</source>
        <translation>لا تواصل سابق.</translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">آخر تواصل: %1، %2 (%3)</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>المحاولة %1 من %2</translation>
    </message>
    <message>
        <source>Choose a result with F1 to F11, or answer a question, then press Enter.</source>
        <translation>اختر نتيجة بـ F1 إلى F11، أو أجب عن سؤال، ثم اضغط Enter.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>✓ Saved for %1: %2.</source>
        <translation>✓ حُفظ لـ %1: %2.</translation>
    </message>
    <message>
        <source>They will not be contacted again.</source>
        <translation>لن يُتواصَل معه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 skipped for later.</source>
        <translation>أُجّل %1 إلى وقت لاحق.</translation>
    </message>
    <message>
        <source>Nobody on the list matches what you typed.</source>
        <translation>لا أحد في القائمة يطابق ما كتبت.</translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>المتبقون: %n</numerusform>
            <numerusform>المتبقون: %n</numerusform>
            <numerusform>المتبقون: %n</numerusform>
            <numerusform>المتبقون: %n</numerusform>
            <numerusform>المتبقون: %n</numerusform>
            <numerusform>المتبقون: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left to call</source>
        <translation>
            <numerusform>باقٍ للاتصال: %n</numerusform>
            <numerusform>باقٍ للاتصال: %n</numerusform>
            <numerusform>باقٍ للاتصال: %n</numerusform>
            <numerusform>باقٍ للاتصال: %n</numerusform>
            <numerusform>باقٍ للاتصال: %n</numerusform>
            <numerusform>باقٍ للاتصال: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::Campaign</name>
    <message>
        <source>Phone bank</source>
        <translation>اتصالات هاتفية</translation>
    </message>
    <message>
        <source>Door knocking</source>
        <translation>طرق الأبواب</translation>
    </message>
    <message>
        <source>Get out the vote</source>
        <translation>الحث على التصويت</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <source>Not home</source>
        <translation>ليس في المنزل</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>تُركت رسالة</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>انتقل</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>رقم خاطئ</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>الرقم مفصول</translation>
    </message>
    <message>
        <source>Language barrier</source>
        <translation>حاجز لغوي</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>عدم التواصل</translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation>طلب عدم التواصل معه</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>عدائي</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDayChart</name>
    <message>
        <source>Attempts, contacts and pledges per day</source>
        <translation type="unfinished">المحاولات والتواصل والتعهدات يوميًا</translation>
    </message>
    <message>
        <source>No results recorded yet.</source>
        <translation type="unfinished">لم تُسجَّل نتائج بعد.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">المحاولات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">جهات الاتصال</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">التعهدات</translation>
    </message>
    <message>
        <source>%1: attempts %2, contacts %3, pledges %4</source>
        <comment>a day, then its counts</comment>
        <translation type="unfinished">%1: المحاولات %2، التواصل %3، التعهدات %4</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">النتائج</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>تعديل الحملة</translation>
    </message>
    <message>
        <source>Such as November phone bank</source>
        <translation>مثل اتصالات نوفمبر</translation>
    </message>
    <message>
        <source>Such as General election 2026</source>
        <translation>مثل الانتخابات العامة 2026</translation>
    </message>
    <message>
        <source>Such as Michigan, or Dearborn</source>
        <translation>مثل ميشيغان، أو ديربورن</translation>
    </message>
    <message>
        <source>Election &amp;name:</source>
        <translation>&amp;اسم الانتخابات:</translation>
    </message>
    <message>
        <source>Election &amp;date:</source>
        <translation>تا&amp;ريخ الانتخابات:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;النطاق:</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>بلا تواريخ</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>نص المكالمة</translation>
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
        <translation>introduction: &quot;مرحبًا {name}، معك {caller} من فرعنا.&quot;
questions:
  - key: plan
    text: &quot;هل تنوي التصويت يوم الانتخابات؟&quot;
    kind: yes_no
    answers:
      - {key: &quot;yes&quot;, label: &quot;نعم&quot;, action: pledge}
      - {key: &quot;no&quot;, label: &quot;لا&quot;}</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>&amp;استيراد من ملف…</translation>
    </message>
    <message>
        <source>Load Script</source>
        <translation>تحميل نص المكالمة</translation>
    </message>
    <message>
        <source>Scripts (*.yaml *.yml *.json);;All files (*)</source>
        <translation>نصوص المكالمات (*.yaml *.yml *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>An introduction ({caller} and {name} are filled in for each call), then questions of the kind single, multiple, yes_no or text. An answer can record a pledge, ask for a follow_up, opt the person out (do_not_contact) or add a tag (tag:NAME).</source>
        <translation>مقدمة (يُملأ {caller} و{name} لكل مكالمة)، ثم أسئلة من النوع single أو multiple أو yes_no أو text. يمكن للجواب أن يسجّل تعهدًا بالتصويت (pledge)، أو يطلب متابعة (follow_up)، أو يُخرج الشخص من القوائم (do_not_contact)، أو يضيف وسمًا (tag:NAME).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;الانتخابات:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">ال&amp;فرع:</translation>
    </message>
    <message>
        <source>&amp;Runs from:</source>
        <translation>تبد&amp;أ في:</translation>
    </message>
    <message>
        <source>&amp;Script (YAML):</source>
        <translation>نص &amp;المكالمة (YAML):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;إنشاء</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;حفظ</translation>
    </message>
    <message>
        <source>No election</source>
        <translation>بلا انتخابات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>election: name (date)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>New Election…</source>
        <translation>انتخابات جديدة…</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>المنظمة كلها</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>The script cannot be used: %1</source>
        <translation>لا يمكن استخدام نص المكالمة: %1</translation>
    </message>
    <message numerus="yes">
        <source>The script reads well: %n question(s).</source>
        <translation>
            <numerusform>نص المكالمة سليم، عدد الأسئلة: %n.</numerusform>
            <numerusform>نص المكالمة سليم، عدد الأسئلة: %n.</numerusform>
            <numerusform>نص المكالمة سليم، عدد الأسئلة: %n.</numerusform>
            <numerusform>نص المكالمة سليم، عدد الأسئلة: %n.</numerusform>
            <numerusform>نص المكالمة سليم، عدد الأسئلة: %n.</numerusform>
            <numerusform>نص المكالمة سليم، عدد الأسئلة: %n.</numerusform>
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
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">الحملة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">في القائمة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">منجزة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
</context>
<context>
    <name>majlis::CampaignProgressPanel</name>
    <message>
        <source>On the list</source>
        <translation type="unfinished">في القائمة</translation>
    </message>
    <message>
        <source>People on the campaign&apos;s list</source>
        <translation type="unfinished">الأشخاص في قائمة الحملة</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">مكتمل</translation>
    </message>
    <message>
        <source>People with a final result, or tried three times</source>
        <translation type="unfinished">أشخاص لهم نتيجة نهائية أو جُرِّبوا ثلاث مرات</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">المحاولات</translation>
    </message>
    <message>
        <source>Results recorded, one per call or knock</source>
        <translation type="unfinished">النتائج المسجلة، واحدة لكل اتصال أو طرقة</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">جهات الاتصال</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">المحاولات التي وصلت إلى الشخص</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">نسبة التواصل</translation>
    </message>
    <message>
        <source>Contacts as a share of attempts</source>
        <translation type="unfinished">نسبة التواصل من المحاولات</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">التعهدات</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">الأشخاص الذين تعهّدوا بالتصويت</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">المتابعات</translation>
    </message>
    <message>
        <source>Voter-registration follow-ups asked for</source>
        <translation type="unfinished">طلبات متابعة تسجيل الناخبين</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation type="unfinished">طلبات عدم التواصل</translation>
    </message>
    <message>
        <source>People who asked not to be contacted again</source>
        <translation type="unfinished">أشخاص طلبوا عدم التواصل معهم مجددًا</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation type="unfinished">&amp;المتطوعون</translation>
    </message>
    <message>
        <source>A&amp;nswers</source>
        <translation type="unfinished">&amp;إجابات</translation>
    </message>
    <message>
        <source>Over &amp;Time</source>
        <translation type="unfinished">على &amp;مر الأيام</translation>
    </message>
    <message>
        <source>Progress per volunteer</source>
        <translation type="unfinished">التقدم لكل متطوع</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation type="unfinished">&amp;سحب النتائج…</translation>
    </message>
    <message>
        <source>Withdraw every result the selected volunteer entered in this campaign</source>
        <translation type="unfinished">سحب كل نتيجة أدخلها المتطوع المحدد في هذه الحملة</translation>
    </message>
    <message>
        <source>Work that looks implausible (dozens of results a minute, nearly everyone reached) is shown in bold with a warning sign. Check it with the volunteer; if it was not really done, roll it back.</source>
        <translation type="unfinished">يظهر العمل غير المعقول (عشرات النتائج في الدقيقة، أو الوصول إلى الجميع تقريبًا) بخط عريض مع علامة تحذير. راجعه مع المتطوع، وإن لم يُنجَز فعلًا فاسحبه.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">السؤال</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">الإجابات</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished">الس&amp;ؤال:</translation>
    </message>
    <message>
        <source>Results per day</source>
        <translation type="unfinished">النتائج يوميًا</translation>
    </message>
    <message>
        <source>Choose a campaign to see how it is going.</source>
        <translation type="unfinished">اختر حملة لترى سير العمل فيها.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>campaign dates</comment>
        <translation type="unfinished">من %1 إلى %2</translation>
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
        <translation type="unfinished">%1 (مغلقة)</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %Ln days; the table lists every day with results.</source>
        <translation type="unfinished">
            <numerusform>يعرض الرسم آخر %Ln يوم؛ ويسرد الجدول كل يوم فيه نتائج.</numerusform>
            <numerusform>يعرض الرسم آخر يوم (%Ln)؛ ويسرد الجدول كل يوم فيه نتائج.</numerusform>
            <numerusform>يعرض الرسم آخر يومين (%Ln)؛ ويسرد الجدول كل يوم فيه نتائج.</numerusform>
            <numerusform>يعرض الرسم آخر %Ln أيام؛ ويسرد الجدول كل يوم فيه نتائج.</numerusform>
            <numerusform>يعرض الرسم آخر %Ln يومًا؛ ويسرد الجدول كل يوم فيه نتائج.</numerusform>
            <numerusform>يعرض الرسم آخر %Ln يوم؛ ويسرد الجدول كل يوم فيه نتائج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is on this campaign&apos;s list yet. Build its list, then progress appears here as volunteers record results.</source>
        <translation type="unfinished">لا أحد في قائمة هذه الحملة بعد. أنشئ قائمتها، ثم يظهر التقدم هنا كلما سجّل المتطوعون النتائج.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded yet: %Ln people are on the list. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">
            <numerusform>لم يُسجَّل شيء بعد: في القائمة %Ln شخص. يظهر التقدم هنا كلما سجّل المتطوعون النتائج.</numerusform>
            <numerusform>لم يُسجَّل شيء بعد: في القائمة شخص واحد (%Ln). يظهر التقدم هنا كلما سجّل المتطوعون النتائج.</numerusform>
            <numerusform>لم يُسجَّل شيء بعد: في القائمة شخصان (%Ln). يظهر التقدم هنا كلما سجّل المتطوعون النتائج.</numerusform>
            <numerusform>لم يُسجَّل شيء بعد: في القائمة %Ln أشخاص. يظهر التقدم هنا كلما سجّل المتطوعون النتائج.</numerusform>
            <numerusform>لم يُسجَّل شيء بعد: في القائمة %Ln شخصًا. يظهر التقدم هنا كلما سجّل المتطوعون النتائج.</numerusform>
            <numerusform>لم يُسجَّل شيء بعد: في القائمة %Ln شخص. يظهر التقدم هنا كلما سجّل المتطوعون النتائج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll Back Results</source>
        <translation type="unfinished">سحب النتائج</translation>
    </message>
    <message numerus="yes">
        <source>Withdraw all %Ln results %1 entered in &quot;%2&quot;?</source>
        <translation type="unfinished">
            <numerusform>هل تسحب النتائج الـ%Ln التي أدخلها %1 في «%2»؟</numerusform>
            <numerusform>هل تسحب النتيجة الوحيدة (%Ln) التي أدخلها %1 في «%2»؟</numerusform>
            <numerusform>هل تسحب النتيجتين (%Ln) اللتين أدخلهما %1 في «%2»؟</numerusform>
            <numerusform>هل تسحب النتائج الـ%Ln التي أدخلها %1 في «%2»؟</numerusform>
            <numerusform>هل تسحب النتائج الـ%Ln التي أدخلها %1 في «%2»؟</numerusform>
            <numerusform>هل تسحب النتائج الـ%Ln التي أدخلها %1 في «%2»؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Their results will no longer count. The people they recorded are reopened, to be called or visited again, and the pledges to vote and the opt-outs that only their results made are lifted. This cannot be undone.</source>
        <translation type="unfinished">لن تُحتسب نتائجه بعد الآن. يُعاد فتح الأشخاص الذين سجّلهم ليُتصل بهم أو يُزاروا مجددًا، وتُرفع تعهدات التصويت وطلبات عدم التواصل التي لم تنشأ إلا عن نتائجه. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Flagged: %1.</source>
        <comment>why the work looks implausible</comment>
        <translation type="unfinished">تنبيه: %1.</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation type="unfinished">&amp;سحب</translation>
    </message>
    <message>
        <source>Cannot roll back the results</source>
        <translation type="unfinished">تعذّر سحب النتائج</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %Ln results by %1.</source>
        <translation type="unfinished">
            <numerusform>سُحبت %Ln نتيجة أدخلها %1.</numerusform>
            <numerusform>سُحبت نتيجة واحدة (%Ln) أدخلها %1.</numerusform>
            <numerusform>سُحبت نتيجتان (%Ln) أدخلهما %1.</numerusform>
            <numerusform>سُحبت %Ln نتائج أدخلها %1.</numerusform>
            <numerusform>سُحبت %Ln نتيجةً أدخلها %1.</numerusform>
            <numerusform>سُحبت %Ln نتيجة أدخلها %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::CampaignsPage</name>
    <message>
        <source>Who Is Calling?</source>
        <translation>من المتصل؟</translation>
    </message>
    <message>
        <source>Your name, as the organizer gave you your part of the list. It is asked once and kept on this computer.</source>
        <translation>اسمك كما أسند إليك المنظِّم حصتك من القائمة. يُسأل مرة واحدة ويُحفظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>لا حملات بعد</translation>
    </message>
    <message>
        <source>A campaign is a phone bank, a door-knocking effort or a get-out-the-vote drive: a list of people built from your contacts, a script with its questions, and volunteers who work through the list, offline, each result saved the moment it is entered.</source>
        <translation>الحملة هي اتصالات هاتفية أو طرق للأبواب أو حثّ على التصويت: قائمة أشخاص تُبنى من جهات اتصالك، ونص مكالمة بأسئلته، ومتطوعون يعملون على القائمة دون اتصال بالشبكة، وتُحفظ كل نتيجة لحظة إدخالها.</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;إنشاء حملة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل &amp;الحملة…</translation>
    </message>
    <message>
        <source>&amp;Build List…</source>
        <translation>بنا&amp;ء القائمة…</translation>
    </message>
    <message>
        <source>&amp;Assign Callers…</source>
        <translation>تو&amp;زيع المتصلين…</translation>
    </message>
    <message>
        <source>C&amp;lose Campaign…</source>
        <translation>&amp;إغلاق الحملة…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Start &amp;Calling (Ctrl+Enter)</source>
        <translation>&amp;ابدأ الاتصال (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The caller&apos;s window: the next person on your part of the list, the script, and the results by keys. Works without a network.</source>
        <translation>نافذة المتصل: الشخص التالي في حصتك من القائمة، ونص المكالمة، والنتائج بالمفاتيح. تعمل دون شبكة.</translation>
    </message>
    <message>
        <source>Enter &amp;Results from Paper…</source>
        <translation>&amp;إدخال النتائج من الورق…</translation>
    </message>
    <message>
        <source>For a door list walked on paper: find each person, then type their result and answers.</source>
        <translation>لقائمة أبواب طُرقت على الورق: ابحث عن كل شخص، ثم اكتب نتيجته وأجوبته.</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>الأشخاص في القائمة</translation>
    </message>
    <message>
        <source>Find on the list</source>
        <translation>البحث في القائمة</translation>
    </message>
    <message>
        <source>Find on the list by name or number</source>
        <translation>ابحث في القائمة بالاسم أو الرقم</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>الأسئلة والأجوبة</translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation>المقدمة:</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>&amp;القائمة</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>نص &amp;المكالمة</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;التقدّم</translation>
    </message>
    <message>
        <source>Cannot show the campaigns</source>
        <translation>تعذّر عرض الحملات</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished">%1 (مغلقة)</translation>
    </message>
    <message>
        <source>The list is empty: build it from your contacts with Build List.</source>
        <translation>القائمة فارغة: ابنِها من جهات اتصالك بزر «بناء القائمة».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people on the list, %1 done, %2 not given to a caller yet.</source>
        <translation>
            <numerusform>في القائمة: %Ln، أُنجز: %1، لم يُسند إلى متصل بعد: %2.</numerusform>
            <numerusform>في القائمة: %Ln، أُنجز: %1، لم يُسند إلى متصل بعد: %2.</numerusform>
            <numerusform>في القائمة: %Ln، أُنجز: %1، لم يُسند إلى متصل بعد: %2.</numerusform>
            <numerusform>في القائمة: %Ln، أُنجز: %1، لم يُسند إلى متصل بعد: %2.</numerusform>
            <numerusform>في القائمة: %Ln، أُنجز: %1، لم يُسند إلى متصل بعد: %2.</numerusform>
            <numerusform>في القائمة: %Ln، أُنجز: %1، لم يُسند إلى متصل بعد: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No introduction.</source>
        <translation>لا مقدمة.</translation>
    </message>
    <message>
        <source>Re&amp;open Campaign</source>
        <translation>&amp;إعادة فتح الحملة</translation>
    </message>
    <message>
        <source>Close Campaign</source>
        <translation>إغلاق الحملة</translation>
    </message>
    <message>
        <source>Close %1? Callers can no longer record results for it, and every assignment ends. Its results stay, and it can be reopened.</source>
        <translation>إغلاق %1؟ لن يتمكن المتصلون من تسجيل نتائج لها، وتنتهي كل الإسنادات. تبقى نتائجها، ويمكن إعادة فتحها.</translation>
    </message>
    <message>
        <source>Cannot close the campaign</source>
        <translation>تعذّر إغلاق الحملة</translation>
    </message>
    <message>
        <source>Cannot remember your name</source>
        <translation>تعذّر حفظ اسمك</translation>
    </message>
    <message>
        <source>&amp;Turnout</source>
        <translation>&amp;الإقبال</translation>
    </message>
    <message>
        <source>&amp;Walk Lists</source>
        <translation>قوائم ال&amp;زيارات</translation>
    </message>
</context>
<context>
    <name>majlis::CampusDialog</name>
    <message>
        <source>Campus of %1</source>
        <translation type="unfinished">مباني %1</translation>
    </message>
    <message>
        <source>Buildings of one walking group are a short walk apart; going to another group takes longer. The walking minutes on the day&apos;s Details tab apply.</source>
        <translation type="unfinished">مباني مجموعة المشي الواحدة قريبة سيرًا؛ والانتقال إلى مجموعة أخرى يستغرق وقتًا أطول. تُطبَّق دقائق المشي المحددة في تبويب تفاصيل اليوم.</translation>
    </message>
    <message>
        <source>The U.S. Capitol&apos;s buildings are built in: the Senate&apos;s and the House&apos;s office buildings and the Capitol. List buildings here only to replace them.</source>
        <translation type="unfinished">مباني الكابيتول الأمريكي مدمجة مسبقًا: مباني مكاتب مجلس الشيوخ ومجلس النواب والكابيتول. لا تُدرج مباني هنا إلا لتحل محلها.</translation>
    </message>
    <message>
        <source>No buildings listed: every office is taken to be in the capitol.</source>
        <translation type="unfinished">لا مباني مُدرجة: يُعدّ كل مكتب داخل مبنى الهيئة التشريعية.</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">المبنى</translation>
    </message>
    <message>
        <source>Walking group</source>
        <translation type="unfinished">مجموعة المشي</translation>
    </message>
    <message>
        <source>Buildings of the capitol</source>
        <translation type="unfinished">مباني مقر الهيئة التشريعية</translation>
    </message>
    <message>
        <source>&amp;Add Building</source>
        <translation type="unfinished">&amp;إضافة مبنى</translation>
    </message>
    <message>
        <source>&amp;Remove Building</source>
        <translation type="unfinished">&amp;إزالة مبنى</translation>
    </message>
    <message>
        <source>Cannot save the campus</source>
        <translation type="unfinished">تعذّر حفظ المباني</translation>
    </message>
</context>
<context>
    <name>majlis::CandidateDelegate</name>
    <message>
        <source>District of %1</source>
        <translation type="unfinished">دائرة %1</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlaceDelegate</name>
    <message>
        <source>Follow the workspace</source>
        <translation type="unfinished">اتبع مساحة العمل</translation>
    </message>
    <message>
        <source>Empty: follow the workspace</source>
        <translation type="unfinished">فارغ: اتبع مساحة العمل</translation>
    </message>
</context>
<context>
    <name>majlis::ChapterPlacesModel</name>
    <message>
        <source>None: numbers without + are kept as typed</source>
        <translation type="unfinished">لا شيء: تُحفظ الأرقام التي لا تبدأ بـ + كما كُتبت</translation>
    </message>
    <message>
        <source>Workspace&apos;s: %1</source>
        <translation type="unfinished">إعداد مساحة العمل: %1</translation>
    </message>
    <message>
        <source>Not set for this chapter: it follows the workspace&apos;s setting above. Double-click to set one.</source>
        <translation type="unfinished">غير مضبوط لهذا الفرع: يتبع إعداد مساحة العمل أعلاه. انقر نقرًا مزدوجًا لضبطه.</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">الفرع</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">بلد أرقام الهاتف</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished">المنطقة الزمنية</translation>
    </message>
</context>
<context>
    <name>majlis::CheckInWindow</name>
    <message>
        <source>Check-in: %1</source>
        <translation type="unfinished">تسجيل الحضور: %1</translation>
    </message>
    <message>
        <source>Type a name, email or phone, then press Enter</source>
        <translation type="unfinished">اكتب اسمًا أو بريدًا إلكترونيًا أو رقم هاتف، ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Find the person arriving</source>
        <translation type="unfinished">ابحث عن الشخص القادم</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">الأشخاص الذين عُثر عليهم</translation>
    </message>
    <message>
        <source>New Walk-in (Ctrl+N)</source>
        <translation type="unfinished">حاضر جديد دون تسجيل مسبق (Ctrl+N)</translation>
    </message>
    <message>
        <source>Undo Last Check-in (Ctrl+Z)</source>
        <translation type="unfinished">التراجع عن آخر تسجيل حضور (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close Check-in (Esc)</source>
        <translation type="unfinished">إغلاق تسجيل الحضور (Esc)</translation>
    </message>
    <message>
        <source>May we email you?</source>
        <translation type="unfinished">هل تسمح لنا بمراسلتك عبر البريد الإلكتروني؟</translation>
    </message>
    <message>
        <source>May we text you?</source>
        <translation type="unfinished">هل تسمح لنا بإرسال رسائل نصية إليك؟</translation>
    </message>
    <message>
        <source>May we use photos of you?</source>
        <translation type="unfinished">هل تسمح لنا باستخدام صورك؟</translation>
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
        <source>&amp;Phone:</source>
        <translation type="unfinished">&amp;رقم الهاتف:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished">&amp;البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished">الموافقة:</translation>
    </message>
    <message>
        <source>Already a contact?</source>
        <translation type="unfinished">هل هو جهة اتصال موجودة بالفعل؟</translation>
    </message>
    <message>
        <source>&amp;Add and Check In</source>
        <translation type="unfinished">&amp;إضافة وتسجيل الحضور</translation>
    </message>
    <message>
        <source>Back to Search (Esc)</source>
        <translation type="unfinished">العودة إلى البحث (Esc)</translation>
    </message>
    <message>
        <source>Already a contact? Double-click to check them in instead:</source>
        <translation type="unfinished">هل هو جهة اتصال موجودة بالفعل؟ انقر نقرًا مزدوجًا لتسجيل حضوره بدلًا من ذلك:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>%1 (already checked in)</source>
        <translation type="unfinished">%1 (سُجّل حضوره مسبقًا)</translation>
    </message>
    <message>
        <source>%1 (not registered)</source>
        <translation type="unfinished">%1 (غير مسجَّل)</translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to add &quot;%1&quot; as a walk-in.</source>
        <translation type="unfinished">لم يُعثر على أحد. اضغط Ctrl+N لإضافة &quot;%1&quot; حاضرًا دون تسجيل مسبق.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>%1 was already checked in.</source>
        <translation type="unfinished">سبق تسجيل حضور %1.</translation>
    </message>
    <message>
        <source>✓ %1 is checked in.</source>
        <translation type="unfinished">✓ سُجّل حضور %1.</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation type="unfinished">تعذّر التراجع: %1</translation>
    </message>
    <message>
        <source>Check-in of %1 taken back.</source>
        <translation type="unfinished">أُلغي تسجيل حضور %1.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished">%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1, already checked in</source>
        <translation type="unfinished">%1، سُجّل حضوره مسبقًا</translation>
    </message>
    <message>
        <source>&amp;Add as a New Person Anyway</source>
        <translation type="unfinished">&amp;إضافة كشخص جديد رغم ذلك</translation>
    </message>
    <message>
        <source>check-in at %1</source>
        <translation type="unfinished">تسجيل الحضور في %1</translation>
    </message>
    <message>
        <source>✓ %1 is added and checked in.</source>
        <translation type="unfinished">✓ أُضيف %1 وسُجّل حضوره.</translation>
    </message>
    <message numerus="yes">
        <source>%n checked in</source>
        <translation type="unfinished">
            <numerusform>سُجّل حضور %n شخص</numerusform>
            <numerusform>سُجّل حضور %n شخص</numerusform>
            <numerusform>سُجّل حضور %n شخصين</numerusform>
            <numerusform>سُجّل حضور %n أشخاص</numerusform>
            <numerusform>سُجّل حضور %n شخصًا</numerusform>
            <numerusform>سُجّل حضور %n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation type="unfinished">الأماكن المشغولة: %1 من أصل %2</translation>
    </message>
</context>
<context>
    <name>majlis::CoalitionMap</name>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">الشركاء حسب مجال القضايا</translation>
    </message>
    <message>
        <source>Issue area and partners</source>
        <translation type="unfinished">مجال القضايا والشركاء</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">الشركاء</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>No issue area</source>
        <translation type="unfinished">بلا مجال قضايا</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners view, with their issue areas.</source>
        <translation type="unfinished">لا يوجد شركاء بعد: أضفهم في عرض «الشركاء» مع مجالات قضاياهم.</translation>
    </message>
    <message>
        <source>%1 across %2</source>
        <comment>partners across issue areas</comment>
        <translation type="unfinished">%1 في %2</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n شريك</numerusform>
            <numerusform>%n شريك</numerusform>
            <numerusform>%n شريكان</numerusform>
            <numerusform>%n شركاء</numerusform>
            <numerusform>%n شريكًا</numerusform>
            <numerusform>%n شريك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue area(s)</source>
        <translation type="unfinished">
            <numerusform>%n مجال قضايا</numerusform>
            <numerusform>%n مجال قضايا</numerusform>
            <numerusform>%n مجالَي قضايا</numerusform>
            <numerusform>%n مجالات قضايا</numerusform>
            <numerusform>%n مجالًا للقضايا</numerusform>
            <numerusform>%n مجال قضايا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::ColumnMappingTable</name>
    <message>
        <source>Column</source>
        <translation type="unfinished">العمود</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished">الصفوف الأولى</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished">يُستورد في الحقل</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation type="unfinished">الحقل الذي يُستورد فيه العمود %1</translation>
    </message>
</context>
<context>
    <name>majlis::ConflictLogDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation type="unfinished">تعارضات المزامنة</translation>
    </message>
    <message>
        <source>When two laptops change the same field before they sync, the later edit is kept and the other is listed here. Restoring a lost value puts it back, and it then syncs like any other edit.</source>
        <translation type="unfinished">عندما يغيّر حاسوبان محمولان الحقل نفسه قبل مزامنتهما، يُحتفظ بالتعديل الأحدث ويُدرج الآخر هنا. تؤدي استعادة القيمة المفقودة إلى إعادتها، ثم تُزامَن مثل أي تعديل آخر.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">التعارضات</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished">&amp;عرض المحلولة</translation>
    </message>
    <message>
        <source>Restore &amp;Lost Value</source>
        <translation type="unfinished">استعادة القيمة ال&amp;مفقودة</translation>
    </message>
    <message>
        <source>Put the lost value back into the record, replacing the kept one.</source>
        <translation type="unfinished">يعيد القيمة المفقودة إلى السجل، فتحل محل القيمة المحتفَظ بها.</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation type="unfinished">إ&amp;بقاء القيمة الحالية</translation>
    </message>
    <message>
        <source>Leave the record as it is and close the entry.</source>
        <translation type="unfinished">يترك السجل كما هو ويغلق هذا البند.</translation>
    </message>
    <message>
        <source>No conflicts: every edit from every laptop was kept.</source>
        <translation type="unfinished">لا توجد تعارضات: حُفظ كل تعديل من كل حاسوب محمول.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished">تعذّرت الاستعادة</translation>
    </message>
    <message>
        <source>Cannot keep the current value</source>
        <translation type="unfinished">تعذّر الإبقاء على القيمة الحالية</translation>
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
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">جهة الاتصال</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">الشريك</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">الفعالية</translation>
    </message>
    <message>
        <source>Advocacy day</source>
        <translation type="unfinished">يوم المناصرة</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">الفرع</translation>
    </message>
    <message>
        <source>Sign-on letter</source>
        <translation type="unfinished">رسالة التوقيع المشترك</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">هذا الحاسوب المحمول</translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation type="unfinished">الحاسوب المحمول %1</translation>
    </message>
    <message>
        <source>Edit made %1; logged %2.</source>
        <translation type="unfinished">أُجري التعديل في %1؛ وسُجّل في %2.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">الحقل</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished">القيمة المحتفَظ بها</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation type="unfinished">القيمة المفقودة</translation>
    </message>
    <message>
        <source>From laptop</source>
        <translation type="unfinished">من الحاسوب المحمول</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">الوقت</translation>
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
    <message>
        <source>Came to %1</source>
        <translation type="unfinished">حضور %1</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation type="unfinished">دُمجت مع %1</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished">تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished">الدوائر</translation>
    </message>
    <message>
        <source>Marked do not contact: %1</source>
        <translation>وُسم بعدم التواصل: %1</translation>
    </message>
    <message>
        <source>May be contacted again</source>
        <translation>يمكن التواصل معه مجددًا</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not contact&lt;/b&gt; (%1): left out of every list, calling export and campaign.</source>
        <translation>&lt;b&gt;عدم التواصل&lt;/b&gt; (%1): مستبعد من كل قائمة وتصدير للاتصال وحملة.</translation>
    </message>
    <message>
        <source>Allow Contact &amp;Again…</source>
        <translation>السماح بالتواصل &amp;مجددًا…</translation>
    </message>
    <message>
        <source>Do &amp;Not Contact</source>
        <translation>&amp;عدم التواصل</translation>
    </message>
    <message>
        <source>The person asked to be contacted again, or the mark was a mistake</source>
        <translation>طلب الشخص التواصل معه مجددًا، أو كان الوسم خطأً</translation>
    </message>
    <message>
        <source>Leave this person out of every list and campaign from now on</source>
        <translation>استبعد هذا الشخص من كل قائمة وحملة من الآن فصاعدًا</translation>
    </message>
    <message>
        <source>Do Not Contact</source>
        <translation>عدم التواصل</translation>
    </message>
    <message>
        <source>Allow Contact Again</source>
        <translation>السماح بالتواصل مجددًا</translation>
    </message>
    <message>
        <source>%1 is marked &quot;%2&quot;. Allow contacting them again? Only do this when they asked for it.</source>
        <translation>%1 موسوم بـ«%2». هل تسمح بالتواصل معه مجددًا؟ لا تفعل ذلك إلا إذا طلب هو.</translation>
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
        <translation type="unfinished">يشمل الرمز البريدي %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">غير معروفة</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished">إحدى %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">من %1</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">الهيئة التشريعية</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">المجلس</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">الدائرة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
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
        <translation type="unfinished">الدوائر</translation>
    </message>
    <message>
        <source>Look &amp;Up from ZIP</source>
        <translation type="unfinished">ال&amp;بحث من الرمز البريدي</translation>
    </message>
    <message>
        <source>Find the districts from the contact&apos;s ZIP code, offline</source>
        <translation type="unfinished">إيجاد الدوائر من الرمز البريدي لجهة الاتصال، دون اتصال بالإنترنت</translation>
    </message>
    <message>
        <source>Set Dis&amp;trict…</source>
        <translation type="unfinished">تعيين ال&amp;دائرة…</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished">&amp;تأكيد</translation>
    </message>
    <message>
        <source>The selected district is right</source>
        <translation type="unfinished">الدائرة المحددة صحيحة</translation>
    </message>
    <message>
        <source>Check &amp;Later</source>
        <translation type="unfinished">ال&amp;تحقق لاحقًا</translation>
    </message>
    <message>
        <source>List the selected district among those to check</source>
        <translation type="unfinished">إدراج الدائرة المحددة ضمن ما يجب التحقق منه</translation>
    </message>
    <message>
        <source>Save or revert the contact&apos;s edits first</source>
        <translation type="unfinished">احفظ تعديلات جهة الاتصال أو تراجع عنها أولاً</translation>
    </message>
    <message>
        <source>%1 has no postal code yet: enter it above and save, then look up the districts.</source>
        <translation type="unfinished">لا يوجد رمز بريدي لـ %1 بعد: أدخله أعلاه واحفظ، ثم ابحث عن الدوائر.</translation>
    </message>
    <message>
        <source>Look Up Districts of %1</source>
        <translation type="unfinished">البحث عن دوائر %1</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) found from postcode %1, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>عُثر على %n دائرة من الرمز البريدي %1، ووُسمت بأنها تقديرية.</numerusform>
            <numerusform>عُثر على %n دائرة من الرمز البريدي %1، ووُسمت بأنها تقديرية.</numerusform>
            <numerusform>عُثر على %n دائرة من الرمز البريدي %1، ووُسمت بأنها تقديرية.</numerusform>
            <numerusform>عُثر على %n دائرة من الرمز البريدي %1، ووُسمت بأنها تقديرية.</numerusform>
            <numerusform>عُثر على %n دائرة من الرمز البريدي %1، ووُسمت بأنها تقديرية.</numerusform>
            <numerusform>عُثر على %n دائرة من الرمز البريدي %1، ووُسمت بأنها تقديرية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) chosen among the candidates.</source>
        <translation type="unfinished">
            <numerusform>اختيرت %n دائرة من بين المرشحات.</numerusform>
            <numerusform>اختيرت %n دائرة من بين المرشحات.</numerusform>
            <numerusform>اختيرت %n دائرة من بين المرشحات.</numerusform>
            <numerusform>اختيرت %n دائرة من بين المرشحات.</numerusform>
            <numerusform>اختيرت %n دائرة من بين المرشحات.</numerusform>
            <numerusform>اختيرت %n دائرة من بين المرشحات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) still to choose: the postcode spans several. Look up again to choose.</source>
        <translation type="unfinished">
            <numerusform>ما زال يجب اختيار %n دائرة: الرمز البريدي يشمل عدة دوائر. ابحث مجددًا للاختيار.</numerusform>
            <numerusform>ما زال يجب اختيار %n دائرة: الرمز البريدي يشمل عدة دوائر. ابحث مجددًا للاختيار.</numerusform>
            <numerusform>ما زال يجب اختيار %n دائرة: الرمز البريدي يشمل عدة دوائر. ابحث مجددًا للاختيار.</numerusform>
            <numerusform>ما زال يجب اختيار %n دائرة: الرمز البريدي يشمل عدة دوائر. ابحث مجددًا للاختيار.</numerusform>
            <numerusform>ما زال يجب اختيار %n دائرة: الرمز البريدي يشمل عدة دوائر. ابحث مجددًا للاختيار.</numerusform>
            <numerusform>ما زال يجب اختيار %n دائرة: الرمز البريدي يشمل عدة دوائر. ابحث مجددًا للاختيار.</numerusform>
        </translation>
    </message>
    <message>
        <source>No district file knows postcode %1 for %2. A ZIP code of post office boxes only has no area; for a legislature without a file, import one with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate), then look up again.</source>
        <translation type="unfinished">لا يعرف أي ملف دوائر الرمز البريدي %1 لـ %2. رمز صناديق البريد وحدها ليس له نطاق؛ ولهيئة تشريعية بلا ملف، استورد ملفًا بالأمر &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (أو senate)، ثم ابحث مجددًا.</translation>
    </message>
    <message>
        <source>ZIP code %1 lies only in %2, not in the contact&apos;s state: check the address.</source>
        <translation type="unfinished">الرمز البريدي %1 يقع في %2 فقط، لا في ولاية جهة الاتصال: تحقق من العنوان.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) entered by hand or confirmed were kept; choose Check Later on one to let a look-up replace it.</source>
        <translation type="unfinished">
            <numerusform>أُبقي على %n دائرة مُدخلة يدويًا أو مؤكدة؛ اختر «التحقق لاحقًا» لإحداها ليتمكن البحث من استبدالها.</numerusform>
            <numerusform>أُبقي على %n دائرة مُدخلة يدويًا أو مؤكدة؛ اختر «التحقق لاحقًا» لإحداها ليتمكن البحث من استبدالها.</numerusform>
            <numerusform>أُبقي على %n دائرة مُدخلة يدويًا أو مؤكدة؛ اختر «التحقق لاحقًا» لإحداها ليتمكن البحث من استبدالها.</numerusform>
            <numerusform>أُبقي على %n دائرة مُدخلة يدويًا أو مؤكدة؛ اختر «التحقق لاحقًا» لإحداها ليتمكن البحث من استبدالها.</numerusform>
            <numerusform>أُبقي على %n دائرة مُدخلة يدويًا أو مؤكدة؛ اختر «التحقق لاحقًا» لإحداها ليتمكن البحث من استبدالها.</numerusform>
            <numerusform>أُبقي على %n دائرة مُدخلة يدويًا أو مؤكدة؛ اختر «التحقق لاحقًا» لإحداها ليتمكن البحث من استبدالها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The districts of postcode %1 were already set.</source>
        <translation type="unfinished">دوائر الرمز البريدي %1 معيّنة من قبل.</translation>
    </message>
    <message>
        <source>No legislature here has a postcode file for the contact&apos;s country.</source>
        <translation type="unfinished">لا توجد هنا هيئة تشريعية لها ملف رموز بريدية لبلد جهة الاتصال.</translation>
    </message>
    <message>
        <source>Set District of %1</source>
        <translation type="unfinished">تعيين دائرة %1</translation>
    </message>
    <message>
        <source>Confirm District of %1</source>
        <translation type="unfinished">تأكيد دائرة %1</translation>
    </message>
    <message>
        <source>Check District of %1 Later</source>
        <translation type="unfinished">التحقق من دائرة %1 لاحقًا</translation>
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
    <name>majlis::ContactExportDialog</name>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">تصدير جهات الاتصال</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation type="unfinished">جهات الاتصال المراد تصديرها</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n contact(s)</source>
        <translation type="unfinished">
            <numerusform>&amp;كل جهات الاتصال، وعددها %n</numerusform>
            <numerusform>&amp;كل جهات الاتصال، وعددها %n</numerusform>
            <numerusform>&amp;كل جهات الاتصال، وعددها %n</numerusform>
            <numerusform>&amp;كل جهات الاتصال، وعددها %n</numerusform>
            <numerusform>&amp;كل جهات الاتصال، وعددها %n</numerusform>
            <numerusform>&amp;كل جهات الاتصال، وعددها %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n contact(s) &amp;listed now</source>
        <translation type="unfinished">
            <numerusform>%n جهة اتصال &amp;معروضة الآن</numerusform>
            <numerusform>%n جهة اتصال &amp;معروضة الآن</numerusform>
            <numerusform>%n جهتا اتصال &amp;معروضتان الآن</numerusform>
            <numerusform>%n جهات اتصال &amp;معروضة الآن</numerusform>
            <numerusform>%n جهة اتصال &amp;معروضة الآن</numerusform>
            <numerusform>%n جهة اتصال &amp;معروضة الآن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n &amp;جهة اتصال محدَّدة</numerusform>
            <numerusform>%n &amp;جهة اتصال محدَّدة</numerusform>
            <numerusform>%n &amp;جهتا اتصال محدَّدتان</numerusform>
            <numerusform>%n &amp;جهات اتصال محدَّدة</numerusform>
            <numerusform>%n &amp;جهة اتصال محدَّدة</numerusform>
            <numerusform>%n &amp;جهة اتصال محدَّدة</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished">جدول بيانات CSV</translation>
    </message>
    <message>
        <source>vCard 4.0 (address books)</source>
        <translation type="unfinished">vCard 4.0 (دفاتر العناوين)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older address books)</source>
        <translation type="unfinished">vCard 3.0 (دفاتر العناوين الأقدم)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished">&amp;صيغة الملف:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished">&amp;تصدير…</translation>
    </message>
    <message>
        <source>vCard 2.1 (old phones and Outlook)</source>
        <translation type="unfinished">vCard 2.1 (الهواتف القديمة وOutlook)</translation>
    </message>
</context>
<context>
    <name>majlis::ContactField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">عدم الاستيراد</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">اسم العائلة</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">الاسم الكامل</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">الاسم المفضّل</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Home email</source>
        <translation type="unfinished">بريد المنزل الإلكتروني</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation type="unfinished">بريد العمل الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished">الهاتف الجوال</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished">هاتف المنزل</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished">هاتف العمل</translation>
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
        <source>U.S. state</source>
        <translation type="unfinished">الولاية الأمريكية</translation>
    </message>
    <message>
        <source>Congressional district</source>
        <translation type="unfinished">الدائرة الانتخابية</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">المنظمة</translation>
    </message>
    <message>
        <source>Role or title</source>
        <translation type="unfinished">الدور أو المسمّى الوظيفي</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">الوسوم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">ملاحظات</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">اللغات</translation>
    </message>
    <message>
        <source>Department (added to the role)</source>
        <translation type="unfinished">القسم (يُضاف إلى الدور)</translation>
    </message>
    <message>
        <source>Whole address (used when there is no street)</source>
        <translation type="unfinished">العنوان كاملًا (يُستخدم عند عدم وجود شارع)</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation type="unfinished">الشارع، السطر الثاني</translation>
    </message>
    <message>
        <source>Label of the next email</source>
        <translation type="unfinished">تسمية البريد الإلكتروني التالي</translation>
    </message>
    <message>
        <source>Label of the next phone</source>
        <translation type="unfinished">تسمية الهاتف التالي</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished">سنة الميلاد</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation type="unfinished">شهر الميلاد</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation type="unfinished">يوم الميلاد</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished">عدم التواصل</translation>
    </message>
</context>
<context>
    <name>majlis::ContactPickerDialog</name>
    <message>
        <source>Register Attendees</source>
        <translation type="unfinished">تسجيل المشاركين</translation>
    </message>
    <message>
        <source>Search by name, email, phone or tag</source>
        <translation type="unfinished">ابحث بالاسم أو البريد الإلكتروني أو الهاتف أو الوسم</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;بحث:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">ال&amp;دور:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished">&amp;تسجيل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation type="unfinished">لا توجد جهات اتصال مطابقة.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">جهات الاتصال</translation>
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
    <message>
        <source>%1 — do not contact (%2)</source>
        <translation>%1 — عدم التواصل (%2)</translation>
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
    <message>
        <source>contacts.%1</source>
        <translation type="unfinished">contacts.%1</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished">تصدير جهات الاتصال</translation>
    </message>
    <message>
        <source>Export a Person&apos;s Data</source>
        <translation type="unfinished">تصدير بيانات شخص</translation>
    </message>
    <message>
        <source>Select one contact first.</source>
        <translation type="unfinished">حدّد جهة اتصال واحدة أولًا.</translation>
    </message>
    <message>
        <source>%1 - data.json</source>
        <translation type="unfinished">%1 - البيانات.json</translation>
    </message>
    <message>
        <source>Export Everything About %1</source>
        <translation type="unfinished">تصدير كل ما يخص %1</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2. It is personal data: send it only to them.</source>
        <translation type="unfinished">كُتب كل ما يُحفظ عن %1 في %2. إنها بيانات شخصية: لا ترسلها إلا إلى صاحبها.</translation>
    </message>
    <message>
        <source>Erase a Person</source>
        <translation type="unfinished">محو بيانات شخص</translation>
    </message>
    <message>
        <source>Erase everything held about %1?</source>
        <translation type="unfinished">هل تريد محو كل ما يُحفظ عن %1؟</translation>
    </message>
    <message>
        <source>Their contact, emails, phones, tags, consents, history, registrations and advocacy-day roles are removed from this workspace, and from every laptop and the server at their next sync. This cannot be undone. If they asked for a copy, export it first.</source>
        <translation type="unfinished">تُزال جهة الاتصال ورسائل البريد والهواتف والوسوم والموافقات والسجل والتسجيلات وأدوار يوم المناصرة من مساحة العمل هذه، ومن كل حاسوب محمول ومن الخادم عند المزامنة التالية. لا يمكن التراجع عن ذلك. إذا طلب الشخص نسخة من بياناته فصدّرها أولًا.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished">أفهم أنه لا يمكن التراجع عن ذلك</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished">محو</translation>
    </message>
    <message numerus="yes">
        <source>Erased %1 and %n row(s) about them.</source>
        <translation type="unfinished">
            <numerusform>تم محو %1 و%n من السجلات عنه.</numerusform>
            <numerusform>تم محو %1 و%n من السجلات عنه.</numerusform>
            <numerusform>تم محو %1 و%n من السجلات عنه.</numerusform>
            <numerusform>تم محو %1 و%n من السجلات عنه.</numerusform>
            <numerusform>تم محو %1 و%n من السجلات عنه.</numerusform>
            <numerusform>تم محو %1 و%n من السجلات عنه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n contact(s) listed</source>
        <translation type="unfinished">
            <numerusform>جهات الاتصال المعروضة (%n)</numerusform>
            <numerusform>جهات الاتصال المعروضة (%n)</numerusform>
            <numerusform>جهات الاتصال المعروضة (%n)</numerusform>
            <numerusform>جهات الاتصال المعروضة (%n)</numerusform>
            <numerusform>جهات الاتصال المعروضة (%n)</numerusform>
            <numerusform>جهات الاتصال المعروضة (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected contact(s)</source>
        <translation type="unfinished">
            <numerusform>%n من جهات الاتصال المحددة</numerusform>
            <numerusform>%n من جهات الاتصال المحددة</numerusform>
            <numerusform>%n من جهات الاتصال المحددة</numerusform>
            <numerusform>%n من جهات الاتصال المحددة</numerusform>
            <numerusform>%n من جهات الاتصال المحددة</numerusform>
            <numerusform>%n من جهات الاتصال المحددة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::DayDashboard</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">النتائج حسب المطلب</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">غير مسجَّلة</translation>
    </message>
    <message>
        <source>Held meetings that recorded nothing for this ask</source>
        <translation type="unfinished">لقاءات عُقدت ولم تُسجَّل فيها أي نتيجة لهذا المطلب</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation type="unfinished">لا توجد متابعات مفتوحة.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished">المتابعات المفتوحة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">منجزة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">الوصف</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished">المكتب</translation>
    </message>
    <message>
        <source>Tick a follow-up off once it is done</source>
        <translation type="unfinished">ضع علامة على المتابعة عند إنجازها</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">لم يُحدَّد أي يوم مناصرة.</translation>
    </message>
    <message>
        <source>Meetings held: %1 of %2 scheduled</source>
        <translation type="unfinished">اللقاءات المعقودة: %1 من أصل %2 من اللقاءات المجدولة</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished">الملغاة: %1</translation>
    </message>
    <message>
        <source>Reports received: %1 of %2 held</source>
        <translation type="unfinished">التقارير المستلمة: %1 من أصل %2 من اللقاءات المعقودة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">متأخرة</translation>
    </message>
    <message>
        <source>Follow-up not updated</source>
        <translation type="unfinished">لم تُحدَّث المتابعة</translation>
    </message>
</context>
<context>
    <name>majlis::DayDetailsPanel</name>
    <message>
        <source> min</source>
        <translation type="unfinished"> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;عنوان اليوم:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;تاريخ اليوم:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;المدينة:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished">&amp;موضوع اليوم:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">إلى</translation>
    </message>
    <message>
        <source>&amp;Meetings from:</source>
        <translation type="unfinished">&amp;وقت اللقاءات من:</translation>
    </message>
    <message>
        <source>&amp;Slot length:</source>
        <translation type="unfinished">&amp;فترة كل لقاء:</translation>
    </message>
    <message>
        <source>Largest &amp;team:</source>
        <translation type="unfinished">&amp;أكبر فريق:</translation>
    </message>
    <message>
        <source>Walking time between meetings</source>
        <translation type="unfinished">وقت المشي بين اللقاءات</translation>
    </message>
    <message>
        <source>In the same building:</source>
        <translation type="unfinished">في المبنى نفسه:</translation>
    </message>
    <message>
        <source>Same side (Senate or House buildings):</source>
        <translation type="unfinished">في الجانب نفسه (مباني مجلس الشيوخ أو مجلس النواب):</translation>
    </message>
    <message>
        <source>Across the Capitol:</source>
        <translation type="unfinished">على الجانب الآخر من الكابيتول:</translation>
    </message>
    <message>
        <source>The asks</source>
        <translation type="unfinished">المطالب</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished">مشروع القانون</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished">نقاط الحديث</translation>
    </message>
    <message>
        <source>Add Ask</source>
        <translation type="unfinished">إضافة مطلب</translation>
    </message>
    <message>
        <source>Remove Ask</source>
        <translation type="unfinished">إزالة المطلب</translation>
    </message>
    <message>
        <source>Leave-behind files</source>
        <translation type="unfinished">ملفات تُترك لدى المكاتب</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished">إضافة ملفات…</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation type="unfinished">إزالة الملف</translation>
    </message>
    <message>
        <source>Notes for the organizers</source>
        <translation type="unfinished">ملاحظات للمنظّمين</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">ت&amp;راجع</translation>
    </message>
    <message>
        <source>Cannot save the day</source>
        <translation type="unfinished">تعذّر حفظ يوم المناصرة</translation>
    </message>
    <message>
        <source>Add Leave-behind Files</source>
        <translation type="unfinished">إضافة ملفات تُترك لدى المكاتب</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.txt);;All files (*)</source>
        <translation type="unfinished">المستندات (*.pdf *.docx *.odt *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">الشركاء الرعاة المشاركون</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">لا يوجد شركاء بعد: أضفهم في قسم «الشركاء».</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">تعذّر حفظ الرعاة المشاركين</translation>
    </message>
    <message>
        <source>The times of the day&apos;s meetings are in this time zone: the capitol&apos;s.</source>
        <translation type="unfinished">أوقات لقاءات اليوم بهذه المنطقة الزمنية: منطقة مقر الهيئة التشريعية.</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;الهيئة التشريعية:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">المنطقة ال&amp;زمنية:</translation>
    </message>
    <message>
        <source>Unknown legislature</source>
        <translation type="unfinished">هيئة تشريعية غير معروفة</translation>
    </message>
    <message>
        <source>This day already has meetings with the members of this legislature, so it stays at it. Plan a day at another legislature as a new day.</source>
        <translation type="unfinished">لهذا اليوم لقاءات مع أعضاء هذه الهيئة التشريعية، فيبقى فيها. خطّط ليوم في هيئة تشريعية أخرى بوصفه يومًا جديدًا.</translation>
    </message>
    <message>
        <source>The legislature whose members the day&apos;s teams meet.</source>
        <translation type="unfinished">الهيئة التشريعية التي تلتقي فرق اليوم بأعضائها.</translation>
    </message>
    <message>
        <source>Same walking group (Legislators, Campus…):</source>
        <translation type="unfinished">مجموعة المشي نفسها (المشرّعون، المباني…):</translation>
    </message>
    <message>
        <source>Between walking groups:</source>
        <translation type="unfinished">بين مجموعات المشي:</translation>
    </message>
    <message>
        <source>Meetings until</source>
        <translation type="unfinished">الاجتماعات حتى</translation>
    </message>
</context>
<context>
    <name>majlis::DayProgressModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">اليوم</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">المحاولات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">جهات الاتصال</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">التعهدات</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictChoiceDialog</name>
    <message>
        <source>Choose the District</source>
        <translation type="unfinished">اختيار الدائرة</translation>
    </message>
    <message>
        <source>%1&apos;s postcode %2 spans several districts of %3. Which one does the address lie in?</source>
        <translation type="unfinished">الرمز البريدي %2 الخاص بـ %1 يشمل عدة دوائر في %3. في أيّها يقع العنوان؟</translation>
    </message>
    <message>
        <source>Candidate districts</source>
        <translation type="unfinished">الدوائر المرشحة</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;اختيار</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictFillDialog</name>
    <message>
        <source>Fill Districts from ZIP Codes</source>
        <translation type="unfinished">ملء الدوائر من الرموز البريدية</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation type="unfinished">&amp;ملء</translation>
    </message>
    <message>
        <source>Districts to choose</source>
        <translation type="unfinished">دوائر للاختيار</translation>
    </message>
    <message>
        <source>&amp;Choose District…</source>
        <translation type="unfinished">ا&amp;ختيار الدائرة…</translation>
    </message>
    <message>
        <source>Pick the district of the selected row among its candidates (F2)</source>
        <translation type="unfinished">اختر دائرة الصف المحدد من بين مرشحاتها (F2)</translation>
    </message>
    <message>
        <source>Looking up the districts of %1 from their postal codes:</source>
        <translation type="unfinished">البحث عن دوائر %1 من رموزهم البريدية:</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) would be filled, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>ستُملأ %n دائرة، وتوسم بأنها تقديرية.</numerusform>
            <numerusform>ستُملأ %n دائرة، وتوسم بأنها تقديرية.</numerusform>
            <numerusform>ستُملأ %n دائرة، وتوسم بأنها تقديرية.</numerusform>
            <numerusform>ستُملأ %n دائرة، وتوسم بأنها تقديرية.</numerusform>
            <numerusform>ستُملأ %n دائرة، وتوسم بأنها تقديرية.</numerusform>
            <numerusform>ستُملأ %n دائرة، وتوسم بأنها تقديرية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts: you choose among the candidates after the fill.</source>
        <translation type="unfinished">
            <numerusform>%n رمز بريدي يشمل عدة دوائر: تختار من بين المرشحات بعد الملء.</numerusform>
            <numerusform>%n رمز بريدي يشمل عدة دوائر: تختار من بين المرشحات بعد الملء.</numerusform>
            <numerusform>%n رمز بريدي يشمل عدة دوائر: تختار من بين المرشحات بعد الملء.</numerusform>
            <numerusform>%n رمز بريدي يشمل عدة دوائر: تختار من بين المرشحات بعد الملء.</numerusform>
            <numerusform>%n رمز بريدي يشمل عدة دوائر: تختار من بين المرشحات بعد الملء.</numerusform>
            <numerusform>%n رمز بريدي يشمل عدة دوائر: تختار من بين المرشحات بعد الملء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows.</source>
        <translation type="unfinished">
            <numerusform>%n رمز بريدي لا يعرفه أي ملف دوائر.</numerusform>
            <numerusform>%n رمز بريدي لا يعرفه أي ملف دوائر.</numerusform>
            <numerusform>%n رمز بريدي لا يعرفه أي ملف دوائر.</numerusform>
            <numerusform>%n رمز بريدي لا يعرفه أي ملف دوائر.</numerusform>
            <numerusform>%n رمز بريدي لا يعرفه أي ملف دوائر.</numerusform>
            <numerusform>%n رمز بريدي لا يعرفه أي ملف دوائر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s: check the address.</source>
        <translation type="unfinished">
            <numerusform>%n رمز بريدي يقع فقط في ولاية غير ولاية جهة الاتصال: تحقق من العنوان.</numerusform>
            <numerusform>%n رمز بريدي يقع فقط في ولاية غير ولاية جهة الاتصال: تحقق من العنوان.</numerusform>
            <numerusform>%n رمز بريدي يقع فقط في ولاية غير ولاية جهة الاتصال: تحقق من العنوان.</numerusform>
            <numerusform>%n رمز بريدي يقع فقط في ولاية غير ولاية جهة الاتصال: تحقق من العنوان.</numerusform>
            <numerusform>%n رمز بريدي يقع فقط في ولاية غير ولاية جهة الاتصال: تحقق من العنوان.</numerusform>
            <numerusform>%n رمز بريدي يقع فقط في ولاية غير ولاية جهة الاتصال: تحقق من العنوان.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left as they are: %1 entered by hand or confirmed, %2 already filled, %3 without a postcode.</source>
        <translation type="unfinished">تُركت كما هي: %1 مُدخلة يدويًا أو مؤكدة، %2 مملوءة من قبل، %3 بلا رمز بريدي.</translation>
    </message>
    <message>
        <source>There is nothing to fill.</source>
        <translation type="unfinished">لا يوجد ما يُملأ.</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postal codes, marked estimated.</source>
        <translation type="unfinished">
            <numerusform>مُلئت %n دائرة من الرموز البريدية، ووُسمت بأنها تقديرية.</numerusform>
            <numerusform>مُلئت %n دائرة من الرموز البريدية، ووُسمت بأنها تقديرية.</numerusform>
            <numerusform>مُلئت %n دائرة من الرموز البريدية، ووُسمت بأنها تقديرية.</numerusform>
            <numerusform>مُلئت %n دائرة من الرموز البريدية، ووُسمت بأنها تقديرية.</numerusform>
            <numerusform>مُلئت %n دائرة من الرموز البريدية، ووُسمت بأنها تقديرية.</numerusform>
            <numerusform>مُلئت %n دائرة من الرموز البريدية، ووُسمت بأنها تقديرية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose: pick one in each row below (F2 or Choose District…).</source>
        <translation type="unfinished">
            <numerusform>%n دائرة للاختيار: اختر واحدة في كل صف أدناه (F2 أو «اختيار الدائرة…»).</numerusform>
            <numerusform>%n دائرة للاختيار: اختر واحدة في كل صف أدناه (F2 أو «اختيار الدائرة…»).</numerusform>
            <numerusform>%n دائرة للاختيار: اختر واحدة في كل صف أدناه (F2 أو «اختيار الدائرة…»).</numerusform>
            <numerusform>%n دائرة للاختيار: اختر واحدة في كل صف أدناه (F2 أو «اختيار الدائرة…»).</numerusform>
            <numerusform>%n دائرة للاختيار: اختر واحدة في كل صف أدناه (F2 أو «اختيار الدائرة…»).</numerusform>
            <numerusform>%n دائرة للاختيار: اختر واحدة في كل صف أدناه (F2 أو «اختيار الدائرة…»).</numerusform>
        </translation>
    </message>
    <message>
        <source>No district is left to choose.</source>
        <translation type="unfinished">لم تبقَ دائرة للاختيار.</translation>
    </message>
    <message>
        <source>No district file knows the postcodes of: %1. Import a postcode file with &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (or senate).</source>
        <translation type="unfinished">لا يعرف أي ملف دوائر الرموز البريدية لـ: %1. استورد ملف رموز بريدية بالأمر &quot;majlis-cli districts import FILE --body CODE --chamber house&quot; (أو senate).</translation>
    </message>
    <message>
        <source>Check the address of: %1 (the ZIP code lies in another state).</source>
        <translation type="unfinished">تحقق من عنوان: %1 (الرمز البريدي يقع في ولاية أخرى).</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictSetDialog</name>
    <message>
        <source>Set District</source>
        <translation type="unfinished">تعيين الدائرة</translation>
    </message>
    <message>
        <source>Legislature and chamber</source>
        <translation type="unfinished">الهيئة التشريعية والمجلس</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a legislature and one of its chambers</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">الدائرة</translation>
    </message>
    <message>
        <source>MI-12 for the U.S. House; the district&apos;s name or number elsewhere</source>
        <translation type="unfinished">MI-12 لمجلس النواب الأمريكي؛ واسم الدائرة أو رقمها في غيره</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;الهيئة التشريعية:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">ال&amp;دائرة:</translation>
    </message>
    <message>
        <source>A district set here is marked as entered by hand; no look-up changes it.</source>
        <translation type="unfinished">الدائرة المعيّنة هنا توسم بأنها مُدخلة يدويًا؛ ولا يغيّرها أي بحث.</translation>
    </message>
</context>
<context>
    <name>majlis::DistrictTurnoutModel</name>
    <message>
        <source>District</source>
        <translation type="unfinished">الدائرة</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">تعهّدوا بالتصويت</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">صوّت</translation>
    </message>
    <message>
        <source>Still to vote</source>
        <translation type="unfinished">لم يصوّتوا بعد</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished">نسبة المشاركة</translation>
    </message>
    <message>
        <source>Of those who pledged, the share who have voted</source>
        <translation type="unfinished">نسبة من صوّتوا ممن تعهّدوا</translation>
    </message>
</context>
<context>
    <name>majlis::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished">البحث عن جهات الاتصال المكرّرة</translation>
    </message>
    <message>
        <source>Looking for contacts entered more than once…</source>
        <translation type="unfinished">جارٍ البحث عن جهات اتصال أُدخلت أكثر من مرة…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">المكرّرات المحتملة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished">الدرجة</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">جهات الاتصال</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>Contacts in this group; the first two selected are merged:</source>
        <translation type="unfinished">جهات الاتصال في هذه المجموعة؛ تُدمج أول جهتين محدَّدتين:</translation>
    </message>
    <message>
        <source>Contacts in the selected group</source>
        <translation type="unfinished">جهات الاتصال في المجموعة المحدَّدة</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">دمج…</translation>
    </message>
    <message>
        <source>Choose, field by field, what the merged contact keeps</source>
        <translation type="unfinished">اختر، حقلًا بحقل، ما تحتفظ به جهة الاتصال بعد الدمج</translation>
    </message>
    <message>
        <source>Search Again</source>
        <translation type="unfinished">البحث مجددًا</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">إعادة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>The search was cancelled. Press Search Again to look for duplicates.</source>
        <translation type="unfinished">أُلغي البحث. انقر «البحث مجددًا» للبحث عن جهات الاتصال المكرّرة.</translation>
    </message>
    <message>
        <source>No contacts look like duplicates of each other.</source>
        <translation type="unfinished">لا توجد جهات اتصال يبدو أنها مكرّرة.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts may be the same person, most likely first. Select one, check its contacts, then Merge.</source>
        <translation type="unfinished">
            <numerusform>%n مجموعة من جهات الاتصال قد تمثّل كلٌّ منها شخصًا واحدًا، والأرجح أولًا. اختر مجموعة، وتحقّق من جهات الاتصال فيها، ثم انقر «دمج…».</numerusform>
            <numerusform>%n مجموعة من جهات الاتصال قد تمثّل شخصًا واحدًا. اختر المجموعة، وتحقّق من جهات الاتصال فيها، ثم انقر «دمج…».</numerusform>
            <numerusform>%n مجموعتان من جهات الاتصال قد تمثّل كلٌّ منهما شخصًا واحدًا، والأرجح أولًا. اختر مجموعة، وتحقّق من جهات الاتصال فيها، ثم انقر «دمج…».</numerusform>
            <numerusform>%n مجموعات من جهات الاتصال قد تمثّل كلٌّ منها شخصًا واحدًا، والأرجح أولًا. اختر مجموعة، وتحقّق من جهات الاتصال فيها، ثم انقر «دمج…».</numerusform>
            <numerusform>%n مجموعة من جهات الاتصال قد تمثّل كلٌّ منها شخصًا واحدًا، والأرجح أولًا. اختر مجموعة، وتحقّق من جهات الاتصال فيها، ثم انقر «دمج…».</numerusform>
            <numerusform>%n مجموعة من جهات الاتصال قد تمثّل كلٌّ منها شخصًا واحدًا، والأرجح أولًا. اختر مجموعة، وتحقّق من جهات الاتصال فيها، ثم انقر «دمج…».</numerusform>
        </translation>
    </message>
    <message>
        <source>Majlis</source>
        <translation type="unfinished">مجلس</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">لم تعد إحدى جهتي الاتصال هاتين موجودة؛ ربما دُمجت أو حُذفت في هذه الأثناء.</translation>
    </message>
</context>
<context>
    <name>majlis::Event</name>
    <message>
        <source>Voter-registration drive</source>
        <translation type="unfinished">حملة تسجيل الناخبين</translation>
    </message>
    <message>
        <source>Interfaith gathering</source>
        <translation type="unfinished">لقاء بين الأديان</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation type="unfinished">لقاء عام مفتوح</translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">تدريب</translation>
    </message>
    <message>
        <source>Cultural evening</source>
        <translation type="unfinished">أمسية ثقافية</translation>
    </message>
    <message>
        <source>Community event</source>
        <translation type="unfinished">فعالية مجتمعية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">أخرى</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">لم يُسأل</translation>
    </message>
    <message>
        <source>Registered here</source>
        <translation type="unfinished">سُجّل هنا</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished">مسجَّل مسبقًا</translation>
    </message>
    <message>
        <source>Needs a follow-up</source>
        <translation type="unfinished">يحتاج إلى متابعة</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished">غير مؤهَّل</translation>
    </message>
</context>
<context>
    <name>majlis::EventsPage</name>
    <message>
        <source>Events</source>
        <translation type="unfinished">الفعاليات</translation>
    </message>
    <message>
        <source>&amp;New Event</source>
        <translation type="unfinished">فعالية &amp;جديدة</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished">حذف الفعالية</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished">بلا حد</translation>
    </message>
    <message>
        <source>Co-sponsoring partners</source>
        <translation type="unfinished">الشركاء الرعاة المشاركون</translation>
    </message>
    <message>
        <source>Cannot save the co-sponsors</source>
        <translation type="unfinished">تعذّر حفظ الرعاة المشاركين</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;النوع:</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished">ال&amp;فرع:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished">&amp;بدء الفعالية:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished">&amp;نهاية الفعالية:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">&amp;المكان:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished">&amp;سعة المكان:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>Co-sponsors:</source>
        <translation type="unfinished">الرعاة المشاركون:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">ت&amp;راجع</translation>
    </message>
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
        <source>Registered</source>
        <translation type="unfinished">مسجَّل</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">تسجيل الحضور</translation>
    </message>
    <message>
        <source>&amp;Register Contacts…</source>
        <translation type="unfinished">&amp;تسجيل جهات اتصال…</translation>
    </message>
    <message>
        <source>E&amp;xport Attendance…</source>
        <translation type="unfinished">تصدير &amp;قائمة الحضور…</translation>
    </message>
    <message>
        <source>%1 attendance.csv</source>
        <translation type="unfinished">%1 attendance.csv</translation>
    </message>
    <message>
        <source>Export Attendance</source>
        <translation type="unfinished">تصدير قائمة الحضور</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished">مؤهَّل</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished">التسجيل</translation>
    </message>
    <message>
        <source>Pledged to vote</source>
        <translation type="unfinished">تعهّد بالتصويت</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished">تمت المتابعة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">ملاحظات</translation>
    </message>
    <message>
        <source>Everyone registered or checked in; changes are saved as you make them.</source>
        <translation type="unfinished">كل من سجّل أو سُجّل حضوره؛ تُحفظ التغييرات فور إجرائها.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups still open:</source>
        <translation type="unfinished">متابعات &amp;لا تزال مفتوحة:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;التفاصيل</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;حضور الفعالية</translation>
    </message>
    <message>
        <source>&amp;Voter Registration</source>
        <translation type="unfinished">&amp;تسجيل الناخبين</translation>
    </message>
    <message>
        <source>Open &amp;Check-in (F9)</source>
        <translation type="unfinished">فتح &amp;شاشة تسجيل الحضور (F9)</translation>
    </message>
    <message>
        <source>A full-screen window for the door: find people as you type, Enter checks them in.</source>
        <translation type="unfinished">نافذة بملء الشاشة عند الباب: ابحث عن الأشخاص أثناء الكتابة، واضغط Enter لتسجيل حضورهم.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished">لا توجد فعاليات بعد</translation>
    </message>
    <message>
        <source>Create an event with New Event, register people for it, then open check-in at the door. Check-in works without a network and saves every arrival at once.</source>
        <translation type="unfinished">أنشئ فعالية عبر «فعالية جديدة»، وسجّل الأشخاص فيها، ثم افتح تسجيل الحضور عند الباب. يعمل تسجيل الحضور دون شبكة ويحفظ كل وصول فورًا.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">بلا فرع</translation>
    </message>
    <message>
        <source>No partners yet: add them in the Partners workspace.</source>
        <translation type="unfinished">لا يوجد شركاء بعد: أضفهم في قسم «الشركاء».</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished">حاضر دون تسجيل مسبق</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>%1 registered or came; %2 checked in, %3 of them new at the door.</source>
        <translation type="unfinished">المسجَّلون أو الحاضرون: %1؛ سُجّل حضور %2، منهم %3 جدد عند الباب.</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">لم يُسأل</translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation type="unfinished">الأهلية: %1</translation>
    </message>
    <message>
        <source>Registration: %1</source>
        <translation type="unfinished">التسجيل: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished">لا شيء.</translation>
    </message>
    <message>
        <source>Cannot save the voter record</source>
        <translation type="unfinished">تعذّر حفظ سجل الناخب</translation>
    </message>
    <message>
        <source>Cannot save the event</source>
        <translation type="unfinished">تعذّر حفظ الفعالية</translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished">فعالية جديدة</translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation type="unfinished">تعذّر إنشاء الفعالية</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its registrations and attendance? The contacts stay.</source>
        <translation type="unfinished">هل تريد حذف &quot;%1&quot; مع تسجيلاتها وسجل حضورها؟ ستبقى جهات الاتصال.</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation type="unfinished">تعذّر حذف الفعالية</translation>
    </message>
    <message>
        <source>Cannot register</source>
        <translation type="unfinished">تعذّر التسجيل</translation>
    </message>
    <message>
        <source>Cannot export the attendance</source>
        <translation type="unfinished">تعذّر تصدير قائمة الحضور</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation type="unfinished">تصدير &amp;كل الفعاليات إلى تقويم…</translation>
    </message>
    <message>
        <source>Every event as an iCalendar (.ics) file for phones and calendar programs.</source>
        <translation type="unfinished">كل الفعاليات في ملف iCalendar (.ics) للهواتف وبرامج التقويم.</translation>
    </message>
    <message>
        <source>events.ics</source>
        <translation type="unfinished">events.ics</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished">تصدير التقويم</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation type="unfinished">تعذّر تصدير التقويم</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished">التسجيلات</translation>
    </message>
    <message>
        <source>Voter registration</source>
        <translation type="unfinished">تسجيل الناخبين</translation>
    </message>
    <message>
        <source>Voter registration follow-ups</source>
        <translation type="unfinished">متابعات تسجيل الناخبين</translation>
    </message>
    <message>
        <source>The time zone of the event&apos;s place, such as Europe/London: calendar exports name it, so the event shows at the right time wherever it is opened. Type part of a city to find it.</source>
        <translation type="unfinished">المنطقة الزمنية لمكان الفعالية، مثل Europe/London: تذكرها ملفات التقويم المصدَّرة، فتظهر الفعالية في وقتها الصحيح أينما فُتحت. اكتب جزءًا من اسم مدينة للعثور عليها.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished">المنطقة ال&amp;زمنية:</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReportModel</name>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">الهيئة التشريعية</translation>
    </message>
    <message>
        <source>Members listed</source>
        <translation type="unfinished">الأعضاء المدرجون</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">جديد</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">محدَّث</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished">دون تغيير</translation>
    </message>
    <message>
        <source>No longer in office</source>
        <translation type="unfinished">لم يعد في المنصب</translation>
    </message>
</context>
<context>
    <name>majlis::ImportReviewDialog</name>
    <message>
        <source>Review the Import</source>
        <translation type="unfinished">مراجعة الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been written yet. %Ln legislature(s) listed: %1 new members, %2 updated, %3 unchanged, %4 no longer in office. Meetings already planned are kept.</source>
        <translation type="unfinished">
            <numerusform>لم يُكتب شيء بعد. %Ln هيئة تشريعية مدرجة: %1 أعضاء جدد، %2 محدَّثون، %3 دون تغيير، %4 لم يعودوا في المنصب. تبقى الاجتماعات المخطط لها.</numerusform>
            <numerusform>لم يُكتب شيء بعد. %Ln هيئة تشريعية مدرجة: %1 أعضاء جدد، %2 محدَّثون، %3 دون تغيير، %4 لم يعودوا في المنصب. تبقى الاجتماعات المخطط لها.</numerusform>
            <numerusform>لم يُكتب شيء بعد. %Ln هيئة تشريعية مدرجة: %1 أعضاء جدد، %2 محدَّثون، %3 دون تغيير، %4 لم يعودوا في المنصب. تبقى الاجتماعات المخطط لها.</numerusform>
            <numerusform>لم يُكتب شيء بعد. %Ln هيئة تشريعية مدرجة: %1 أعضاء جدد، %2 محدَّثون، %3 دون تغيير، %4 لم يعودوا في المنصب. تبقى الاجتماعات المخطط لها.</numerusform>
            <numerusform>لم يُكتب شيء بعد. %Ln هيئة تشريعية مدرجة: %1 أعضاء جدد، %2 محدَّثون، %3 دون تغيير، %4 لم يعودوا في المنصب. تبقى الاجتماعات المخطط لها.</numerusform>
            <numerusform>لم يُكتب شيء بعد. %Ln هيئة تشريعية مدرجة: %1 أعضاء جدد، %2 محدَّثون، %3 دون تغيير، %4 لم يعودوا في المنصب. تبقى الاجتماعات المخطط لها.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import does to each legislature</source>
        <translation type="unfinished">ما يفعله الاستيراد بكل هيئة تشريعية</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;استيراد</translation>
    </message>
    <message numerus="yes">
        <source>Not imported, or read with a doubt (%n):</source>
        <translation type="unfinished">
            <numerusform>لم يُستورد، أو قُرئ مع شك (%n):</numerusform>
            <numerusform>لم يُستورد، أو قُرئ مع شك (%n):</numerusform>
            <numerusform>لم يُستورد، أو قُرئ مع شك (%n):</numerusform>
            <numerusform>لم يُستورد، أو قُرئ مع شك (%n):</numerusform>
            <numerusform>لم يُستورد، أو قُرئ مع شك (%n):</numerusform>
            <numerusform>لم يُستورد، أو قُرئ مع شك (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows and files not imported</source>
        <translation type="unfinished">صفوف وملفات لم تُستورد</translation>
    </message>
</context>
<context>
    <name>majlis::ImportWizard</name>
    <message>
        <source>Merge into the existing contact</source>
        <translation type="unfinished">الدمج في جهة الاتصال الموجودة</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation type="unfinished">تخطّي هذا الصف</translation>
    </message>
    <message>
        <source>Create a new contact anyway</source>
        <translation type="unfinished">إنشاء جهة اتصال جديدة رغم ذلك</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished">استيراد جهات اتصال</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;استيراد</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished">اختر الملف</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or text: from Excel, Google Contacts, Outlook or an organizing tool.</source>
        <translation type="unfinished">جدول بيانات محفوظ بصيغة CSV أو كنص: من Excel أو Google Contacts أو Outlook أو إحدى أدوات التنظيم.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished">الملف المراد استيراده</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;تصفّح…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">جداول البيانات (*.csv *.txt *.tsv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">محتوى كل عمود</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check them against the first rows.</source>
        <translation type="unfinished">رُبطت الأعمدة ذات الأسماء المعروفة بحقولها مسبقًا؛ تحقّق منها بمقارنتها بالصفوف الأولى.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">العمود</translation>
    </message>
    <message>
        <source>Put everyone in &amp;chapter:</source>
        <translation type="unfinished">&amp;ضمّ الجميع إلى الفرع:</translation>
    </message>
    <message>
        <source>When a row matches a &amp;contact:</source>
        <translation type="unfinished">إذا طابق الصف &amp;جهة اتصال موجودة:</translation>
    </message>
    <message>
        <source>Review before importing</source>
        <translation type="unfinished">المراجعة قبل الاستيراد</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes everything at once, or nothing if it is cancelled.</source>
        <translation type="unfinished">لم يُكتب أي شيء بعد. يكتب الاستيراد كل شيء دفعة واحدة، أو لا يكتب شيئًا إذا أُلغي.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">السطر</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished">في الملف</translation>
    </message>
    <message>
        <source>Already a contact</source>
        <translation type="unfinished">جهة اتصال موجودة</translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished">الإجراء</translation>
    </message>
    <message>
        <source>Merge All</source>
        <translation type="unfinished">دمج الكل</translation>
    </message>
    <message>
        <source>Skip All</source>
        <translation type="unfinished">تخطّي الكل</translation>
    </message>
    <message>
        <source>Create All</source>
        <translation type="unfinished">إنشاء الكل</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">المشكلة</translation>
    </message>
    <message>
        <source>&amp;Save Problems…</source>
        <translation type="unfinished">&amp;حفظ المشكلات…</translation>
    </message>
    <message>
        <source>Rows that look like someone already here:</source>
        <translation type="unfinished">صفوف تبدو لأشخاص موجودين بالفعل:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported as they are:</source>
        <translation type="unfinished">صفوف لا يمكن استيرادها كما هي:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished">مسافة جدولة</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished">فاصلة منقوطة</translation>
    </message>
    <message>
        <source>bar</source>
        <translation type="unfinished">شرطة عمودية</translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished">فاصلة</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns; text in %3, fields separated by %4.</source>
        <translation type="unfinished">%1 من الصفوف في %2 من الأعمدة؛ النص بترميز %3، والحقول مفصولة بـ %4.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">بلا فرع</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">استيراد من %1</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">تعذّر الاستيراد</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 problems.</source>
        <translation type="unfinished">الصفوف المقروءة: %1؛ جهات اتصال جديدة: %2، مدموجة في جهات موجودة: %3، متخطّاة: %4؛ المشكلات: %5.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation type="unfinished">حفظ المشكلات</translation>
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
        <translation type="unfinished">تعذّر الحفظ</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation type="unfinished">جارٍ استيراد جهات الاتصال…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Importing contacts… %1 of %2</source>
        <translation type="unfinished">جارٍ استيراد جهات الاتصال… %1 من أصل %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">لم يتم الاستيراد</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished">جارٍ فحص الصفوف…</translation>
    </message>
    <message>
        <source>Checking the rows… %1 of %2</source>
        <translation type="unfinished">جارٍ فحص الصفوف… %1 من %2</translation>
    </message>
    <message>
        <source>The first rows, as read in this encoding</source>
        <translation type="unfinished">الصفوف الأولى كما تُقرأ بهذا الترميز</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation type="unfinished">&amp;ترميز النص:</translation>
    </message>
    <message>
        <source>The first rows as they will be imported; if names look wrong, choose another encoding:</source>
        <translation type="unfinished">الصفوف الأولى كما ستُستورد؛ إن بدت الأسماء خاطئة فاختر ترميزاً آخر:</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished">%1 (مكتشَف)</translation>
    </message>
</context>
<context>
    <name>majlis::InteractionDialog</name>
    <message>
        <source>Add Interaction</source>
        <translation type="unfinished">إضافة تفاعل</translation>
    </message>
    <message>
        <source>In a few words, what happened</source>
        <translation type="unfinished">ما الذي جرى، في كلمات قليلة</translation>
    </message>
    <message>
        <source>Add &amp;People…</source>
        <translation type="unfinished">إضافة &amp;أشخاص…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished">&amp;إزالة</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished">&amp;خلاصة ما جرى:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>Who took part:</source>
        <translation type="unfinished">المشاركون:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished">&amp;إضافة</translation>
    </message>
    <message>
        <source>Who Took Part</source>
        <translation type="unfinished">المشاركون</translation>
    </message>
    <message>
        <source>People who took part</source>
        <translation type="unfinished">الأشخاص المشاركون</translation>
    </message>
</context>
<context>
    <name>majlis::ItineraryPanel</name>
    <message>
        <source>Itinerary of</source>
        <translation type="unfinished">برنامج الزيارات الخاص بـ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;طباعة…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">حفظ &amp;ملف PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Calendar…</source>
        <translation type="unfinished">حفظ &amp;التقويم…</translation>
    </message>
    <message>
        <source>Save Schedule as CS&amp;V…</source>
        <translation type="unfinished">حفظ الجدول &amp;بصيغة CSV…</translation>
    </message>
    <message>
        <source>Every attendee (one page each)</source>
        <translation type="unfinished">كل المشاركين (صفحة لكل مشارك)</translation>
    </message>
    <message>
        <source>Every team (one page each)</source>
        <translation type="unfinished">كل الفرق (صفحة لكل فريق)</translation>
    </message>
    <message>
        <source>No meetings yet. Build the schedule on the Schedule tab, then print or save itineraries here.</source>
        <translation type="unfinished">لا توجد لقاءات بعد. أنشئ الجدول في تبويب «جدول اللقاءات»، ثم اطبع برامج الزيارات أو احفظها هنا.</translation>
    </message>
    <message>
        <source>Print Itineraries</source>
        <translation type="unfinished">طباعة برامج الزيارات</translation>
    </message>
    <message>
        <source>Save Itineraries as PDF</source>
        <translation type="unfinished">حفظ برامج الزيارات بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">تعذّر حفظ ملف PDF</translation>
    </message>
    <message>
        <source>Save Calendar</source>
        <translation type="unfinished">حفظ التقويم</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished">iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Save Schedule as CSV</source>
        <translation type="unfinished">حفظ الجدول بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation type="unfinished">تعذّر حفظ الملف</translation>
    </message>
    <message>
        <source>Itinerary preview</source>
        <translation type="unfinished">معاينة خط السير</translation>
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
    <name>majlis::LegislativeBody</name>
    <message>
        <source>Upper chamber</source>
        <translation type="unfinished">الغرفة العليا</translation>
    </message>
    <message>
        <source>Lower chamber</source>
        <translation type="unfinished">الغرفة الدنيا</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">المجلس</translation>
    </message>
</context>
<context>
    <name>majlis::Legislator</name>
    <message>
        <source>Sen. %1 (%2)</source>
        <translation type="unfinished">السيناتور %1 (%2)</translation>
    </message>
    <message>
        <source>Rep. %1 (%2)</source>
        <translation type="unfinished">النائب %1 (%2)</translation>
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
        <translation type="unfinished">عنوان التنزيل ليس عنوان ويب. اضبطه في التفضيلات.</translation>
    </message>
    <message>
        <source>The download address must start with https://, so nobody on the network can change the list on its way. Set it in Preferences.</source>
        <translation type="unfinished">يجب أن يبدأ عنوان التنزيل بـ https://‏ حتى لا يستطيع أحد على الشبكة تغيير القائمة في طريقها. اضبطه في التفضيلات.</translation>
    </message>
    <message>
        <source>The download is larger than any list of legislators; check the address in Preferences.</source>
        <translation type="unfinished">الملف المنزَّل أكبر من أي قائمة للمشرّعين؛ تحقّق من العنوان في التفضيلات.</translation>
    </message>
    <message>
        <source>Could not download the legislators: %1</source>
        <translation type="unfinished">تعذّر تنزيل قائمة المشرّعين: %1</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorTableModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished">غير معروف</translation>
    </message>
    <message>
        <source>No longer in office: the last import did not list this member. Meetings already planned with them are kept.</source>
        <translation type="unfinished">لم يعد في منصبه: لم يذكر آخر استيراد هذا العضو. تُحفظ اللقاءات المخطط لها معه.</translation>
    </message>
    <message>
        <source>Double-click to set the building and room.</source>
        <translation type="unfinished">انقر نقرًا مزدوجًا لتحديد المبنى والغرفة.</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished">المقعد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">الحزب</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">المجلس</translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished">المبنى</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">الغرفة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatorsDialog</name>
    <message>
        <source>Set &amp;Office…</source>
        <translation type="unfinished">&amp;تحديد المكتب…</translation>
    </message>
    <message numerus="yes">
        <source>; %n without a known office building</source>
        <translation type="unfinished">
            <numerusform>؛ %n منهم دون مبنى مكتب معروف</numerusform>
            <numerusform>؛ %n منهم دون مبنى مكتب معروف</numerusform>
            <numerusform>؛ %n منهم دون مبنى مكتب معروف</numerusform>
            <numerusform>؛ %n منهم دون مبنى مكتب معروف</numerusform>
            <numerusform>؛ %n منهم دون مبنى مكتب معروف</numerusform>
            <numerusform>؛ %n منهم دون مبنى مكتب معروف</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import legislators</source>
        <translation type="unfinished">تعذّر استيراد المشرّعين</translation>
    </message>
    <message>
        <source>Import Legislators</source>
        <translation type="unfinished">استيراد المشرّعين</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished">ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Set Office</source>
        <translation type="unfinished">تحديد المكتب</translation>
    </message>
    <message>
        <source>Office of %1, as room and building (&quot;2107 Rayburn&quot;):</source>
        <translation type="unfinished">مكتب %1، بصيغة الغرفة والمبنى (&quot;2107 Rayburn&quot;):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Capitol building. Write the room and the building, such as &quot;2107 Rayburn&quot; or &quot;511 Hart&quot;.</source>
        <translation type="unfinished">&quot;%1&quot; لا يذكر أي مبنى في الكابيتول. اكتب الغرفة والمبنى، مثل &quot;2107 Rayburn&quot; أو &quot;511 Hart&quot;.</translation>
    </message>
    <message>
        <source>&amp;Update from the Internet</source>
        <translation type="unfinished">&amp;تحديث من الإنترنت</translation>
    </message>
    <message>
        <source>Downloading the current members of Congress…</source>
        <translation type="unfinished">جارٍ تنزيل أعضاء الكونغرس الحاليين…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Cannot update legislators</source>
        <translation type="unfinished">تعذّر تحديث المشرّعين</translation>
    </message>
    <message>
        <source>Legislators</source>
        <translation type="unfinished">المشرّعون</translation>
    </message>
    <message>
        <source>Filter by name, seat or building</source>
        <translation type="unfinished">التصفية بالاسم أو المقعد أو المبنى</translation>
    </message>
    <message>
        <source>Download the current members of Congress from the address in Preferences and import them.</source>
        <translation type="unfinished">تنزيل أعضاء الكونغرس الحاليين من العنوان المحدد في التفضيلات واستيرادهم.</translation>
    </message>
    <message>
        <source>Legislatures and their chambers</source>
        <translation type="unfinished">الهيئات التشريعية ومجالسها</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">الأعضاء</translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation type="unfinished">إظهار الأعضاء &amp;السابقين</translation>
    </message>
    <message>
        <source>Also list members a newer import no longer lists; meetings planned with them are kept.</source>
        <translation type="unfinished">أدرج أيضًا الأعضاء الذين لم يعد يذكرهم استيراد أحدث؛ تُحفظ اللقاءات المخطط لها معهم.</translation>
    </message>
    <message>
        <source>Set the building and room of the chosen member&apos;s office; double-clicking a member does the same.</source>
        <translation type="unfinished">حدّد مبنى مكتب العضو المختار وغرفته؛ والنقر المزدوج على عضو يفعل الشيء نفسه.</translation>
    </message>
    <message>
        <source>&amp;Campus…</source>
        <translation type="unfinished">&amp;المباني…</translation>
    </message>
    <message>
        <source>List the buildings of this legislature&apos;s capitol and which are a short walk apart.</source>
        <translation type="unfinished">أدرج مباني مقر هذه الهيئة التشريعية وأيّها قريب من بعضه سيرًا.</translation>
    </message>
    <message>
        <source>No members of %1 in this workspace yet; they arrive with an import of the legislature&apos;s members.</source>
        <translation type="unfinished">لا أعضاء في %1 في مساحة العمل هذه بعد؛ يصلون مع استيراد أعضاء الهيئة التشريعية.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضوان</numerusform>
            <numerusform>%n أعضاء</numerusform>
            <numerusform>%n عضوًا</numerusform>
            <numerusform>%n عضو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n no longer in office</source>
        <translation type="unfinished">
            <numerusform>؛ %n منهم لم يعد في منصبه</numerusform>
            <numerusform>؛ %n منهم لم يعد في منصبه</numerusform>
            <numerusform>؛ %n منهم لم يعد في منصبه</numerusform>
            <numerusform>؛ %n منهم لم يعد في منصبه</numerusform>
            <numerusform>؛ %n منهم لم يعد في منصبه</numerusform>
            <numerusform>؛ %n منهم لم يعد في منصبه</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no building of the capitol&apos;s campus (%2). Write the room and the building, or add the building with Campus….</source>
        <translation type="unfinished">«%1» لا يذكر أي مبنى من مباني المقر (%2). اكتب الغرفة والمبنى، أو أضف المبنى عبر «المباني…».</translation>
    </message>
    <message>
        <source>the capitol alone</source>
        <translation type="unfinished">المقر وحده</translation>
    </message>
    <message>
        <source>No members of Congress yet. Use Update from the Internet, or Import and the members built in or legislators-current.csv from the congress-legislators project.</source>
        <translation type="unfinished">لا أعضاء في الكونغرس بعد. استخدم «التحديث من الإنترنت»، أو «استيراد» والأعضاء المدمجين أو legislators-current.csv من مشروع congress-legislators.</translation>
    </message>
    <message>
        <source>Reading the Open States data…</source>
        <translation type="unfinished">جارٍ قراءة بيانات Open States…</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation type="unfinished">%1

لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The file lists no legislature&apos;s members.</source>
        <translation type="unfinished">لا يذكر الملف أعضاء أي هيئة تشريعية.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;استيراد</translation>
    </message>
    <message>
        <source>Import or update the members of a legislature. What an import changes is shown before anything is written.</source>
        <translation type="unfinished">استيراد أعضاء هيئة تشريعية أو تحديثهم. يُعرض ما يغيّره الاستيراد قبل كتابة أي شيء.</translation>
    </message>
    <message>
        <source>&amp;Congress (Built In)</source>
        <translation type="unfinished">ال&amp;كونغرس (مدمج)</translation>
    </message>
    <message>
        <source>The members of Congress this version of Majlis was made with, for use with no network.</source>
        <translation type="unfinished">أعضاء الكونغرس الذين صُنعت بهم هذه النسخة من مجلس، للاستخدام دون شبكة.</translation>
    </message>
    <message>
        <source>Congress from congress-legislators &amp;CSV…</source>
        <translation type="unfinished">الكونغرس من ملف &amp;CSV لمشروع congress-legislators…</translation>
    </message>
    <message>
        <source>legislators-current.csv of the congress-legislators project.</source>
        <translation type="unfinished">legislators-current.csv من مشروع congress-legislators.</translation>
    </message>
    <message>
        <source>State Legislatures from &amp;Open States Download…</source>
        <translation type="unfinished">المجالس التشريعية للولايات من تنزيل &amp;Open States…</translation>
    </message>
    <message>
        <source>The Open States people data downloaded as a .tar.gz or .zip file: every state legislature.</source>
        <translation type="unfinished">بيانات أشخاص Open States منزّلة كملف ‎.tar.gz أو ‎.zip: كل المجالس التشريعية للولايات.</translation>
    </message>
    <message>
        <source>State Legislatures from Open States &amp;Folder…</source>
        <translation type="unfinished">المجالس التشريعية للولايات من م&amp;جلد Open States…</translation>
    </message>
    <message>
        <source>A folder of the Open States people data: the project, its data folder or one state&apos;s.</source>
        <translation type="unfinished">مجلد من بيانات أشخاص Open States: المشروع أو مجلد بياناته أو مجلد ولاية واحدة.</translation>
    </message>
    <message>
        <source>&amp;Member List of a Parliament (CSV)…</source>
        <translation type="unfinished">&amp;قائمة أعضاء برلمان (CSV)…</translation>
    </message>
    <message>
        <source>Any legislature&apos;s members from a spreadsheet, one member a row, with what each column holds.</source>
        <translation type="unfinished">أعضاء أي هيئة تشريعية من جدول بيانات، عضو في كل صف، مع ما يحمله كل عمود.</translation>
    </message>
    <message>
        <source>Import from Open States</source>
        <translation type="unfinished">الاستيراد من Open States</translation>
    </message>
    <message>
        <source>Open States downloads (*.tar.gz *.tgz *.zip);;All files (*)</source>
        <translation type="unfinished">تنزيلات Open States ‏(*.tar.gz *.tgz *.zip);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>majlis::LegislatureTreeModel</name>
    <message>
        <source>All chambers. The capitol is in %1 (time zone %2).</source>
        <translation type="unfinished">جميع المجالس. المقر في %1 (المنطقة الزمنية %2).</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished">الهيئة التشريعية</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">الأعضاء</translation>
    </message>
</context>
<context>
    <name>majlis::LetterAnswerDialog</name>
    <message>
        <source>Answer of %1</source>
        <translation type="unfinished">رد %1</translation>
    </message>
    <message>
        <source>Name and title as it appears on the letter</source>
        <translation type="unfinished">الاسم والصفة كما يظهران في الرسالة</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished">&amp;الرد:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished">&amp;في تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished">&amp;بتوقيع:</translation>
    </message>
</context>
<context>
    <name>majlis::LetterDialog</name>
    <message>
        <source>New Sign-on Letter</source>
        <translation type="unfinished">رسالة توقيع مشترك جديدة</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">بلا موعد نهائي</translation>
    </message>
    <message>
        <source>The text of the letter, or the part partners need to read</source>
        <translation type="unfinished">نص الرسالة، أو الجزء الذي يحتاج الشركاء إلى قراءته</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished">&amp;الرابط:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished">&amp;آخر موعد للتوقيع:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">&amp;نص الرسالة:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;إنشاء</translation>
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
    <message>
        <source>Plan Capitol advocacy days: legislators, constituent meetings, schedules and itineraries. Open or create a workspace first.</source>
        <translation type="unfinished">خطّط لأيام المناصرة في الكابيتول: المشرّعون ولقاءات الناخبين والجداول وبرامج الزيارات. افتح مساحة عمل أو أنشئ واحدة أولًا.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">التقارير</translation>
    </message>
    <message>
        <source>Keep track of coalition partners, sign-on letters and the history of every relationship. Open or create a workspace first.</source>
        <translation type="unfinished">تابِع شركاء التحالف ورسائل التوقيع المشترك وسجل كل علاقة. افتح مساحة عمل أو أنشئ واحدة أولًا.</translation>
    </message>
    <message>
        <source>Run community events with offline check-in and voter-registration drives. Open or create a workspace first.</source>
        <translation type="unfinished">أدِر فعاليات المجتمع مع تسجيل حضور يعمل دون اتصال وحملات لتسجيل الناخبين. افتح مساحة عمل أو أنشئ واحدة أولًا.</translation>
    </message>
    <message>
        <source>Attendance, voter registration, partners and sign-on letters in charts. Open or create a workspace first.</source>
        <translation type="unfinished">الحضور وتسجيل الناخبين والشركاء ورسائل التوقيع المشترك في رسوم بيانية. افتح مساحة عمل أو أنشئ واحدة أولًا.</translation>
    </message>
    <message>
        <source>&amp;Import Contacts from CSV…</source>
        <translation type="unfinished">استيراد جهات اتصال من &amp;ملف CSV…</translation>
    </message>
    <message>
        <source>Import Contacts from &amp;vCard…</source>
        <translation type="unfinished">استيراد جهات اتصال من &amp;بطاقات vCard…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation type="unfinished">تصدير جهات &amp;الاتصال…</translation>
    </message>
    <message>
        <source>Export Workspace &amp;Archive…</source>
        <translation type="unfinished">تصدير &amp;أرشيف مساحة العمل…</translation>
    </message>
    <message>
        <source>Import Wor&amp;kspace Archive…</source>
        <translation type="unfinished">استيراد أرشيف مساحة &amp;عمل…</translation>
    </message>
    <message>
        <source>Find D&amp;uplicates…</source>
        <translation type="unfinished">البحث عن جهات اتصال &amp;مكرّرة…</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished">جهات الاتصال المكرّرة</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 merged, %3 skipped.</source>
        <translation type="unfinished">اكتمل الاستيراد: جديدة: %1، مدموجة: %2، متخطّاة: %3.</translation>
    </message>
    <message>
        <source>Import Contacts from vCard</source>
        <translation type="unfinished">استيراد جهات اتصال من ملف vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished">ملفات vCard (*.vcf *.vcard);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished">تعذّر الاستيراد</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">استيراد من %1</translation>
    </message>
    <message>
        <source>%1 cards: %2 new contacts, %3 merged into existing ones, %4 skipped; %5 with problems. Import?</source>
        <translation type="unfinished">البطاقات: %1؛ جهات اتصال جديدة: %2، مدموجة في جهات موجودة: %3، متخطّاة: %4؛ فيها مشكلات: %5. هل تريد الاستيراد؟</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation type="unfinished">البطاقة %1: %2</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation type="unfinished">لم يتم الاستيراد</translation>
    </message>
    <message>
        <source>%1 archive %2.majlis</source>
        <translation type="unfinished">%1 archive %2.majlis</translation>
    </message>
    <message>
        <source>Export Workspace Archive</source>
        <translation type="unfinished">تصدير أرشيف مساحة العمل</translation>
    </message>
    <message>
        <source>Majlis workspaces (*.majlis)</source>
        <translation type="unfinished">مساحات عمل مجلس (*.majlis)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished">تعذّر التصدير</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">كُتب أرشيف مساحة العمل %1.</translation>
    </message>
    <message>
        <source>Import Workspace Archive</source>
        <translation type="unfinished">استيراد أرشيف مساحة عمل</translation>
    </message>
    <message>
        <source>Cannot import the archive</source>
        <translation type="unfinished">تعذّر استيراد الأرشيف</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">استُورد الأرشيف %1.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished">م&amp;زامنة</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation type="unfinished">مزامنة &amp;الآن</translation>
    </message>
    <message>
        <source>Sync &amp;Server…</source>
        <translation type="unfinished">&amp;خادم المزامنة…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished">ال&amp;تعارضات…</translation>
    </message>
    <message>
        <source>Sync &amp;Automatically</source>
        <translation type="unfinished">مزامنة تل&amp;قائية</translation>
    </message>
    <message>
        <source>E&amp;xport Everything About This Person…</source>
        <translation type="unfinished">&amp;تصدير كل ما يخص هذا الشخص…</translation>
    </message>
    <message>
        <source>Erase This &amp;Person…</source>
        <translation type="unfinished">محو بيانات هذا ال&amp;شخص…</translation>
    </message>
    <message>
        <source>Show &amp;Hijri Dates</source>
        <translation type="unfinished">عرض التواريخ ال&amp;هجرية</translation>
    </message>
    <message>
        <source>&amp;Workspace Settings…</source>
        <translation type="unfinished">إعدادات مساحة ال&amp;عمل…</translation>
    </message>
    <message>
        <source>Fill &amp;Districts from ZIP Codes…</source>
        <translation type="unfinished">ملء ال&amp;دوائر من الرموز البريدية…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Run phone banks, door knocking and get-out-the-vote drives: lists built from your contacts, scripts, and results entered offline. Open or create a workspace first.</source>
        <translation>أدِر حملات الاتصال الهاتفي وطرق الأبواب والحث على التصويت: قوائم تُبنى من جهات اتصالك، ونصوص مكالمات، ونتائج تُدخل دون اتصال. افتح مساحة عمل أو أنشئ واحدة أولًا.</translation>
    </message>
</context>
<context>
    <name>majlis::MemberField</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished">عدم الاستيراد</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished">معرّف العضو</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">الاسم الكامل</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">اسم العائلة</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished">المجلس</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation type="unfinished">الدائرة الانتخابية</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished">الحزب</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation type="unfinished">عنوان المكتب</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>majlis::MemberListDialog</name>
    <message>
        <source>Import a Member List</source>
        <translation type="unfinished">استيراد قائمة أعضاء</translation>
    </message>
    <message>
        <source>A new legislature</source>
        <translation type="unfinished">هيئة تشريعية جديدة</translation>
    </message>
    <message>
        <source>such as gb-parliament</source>
        <translation type="unfinished">مثل gb-parliament</translation>
    </message>
    <message>
        <source>such as UK Parliament</source>
        <translation type="unfinished">مثل UK Parliament</translation>
    </message>
    <message>
        <source>such as GB</source>
        <translation type="unfinished">مثل GB</translation>
    </message>
    <message>
        <source>The member list to import</source>
        <translation type="unfinished">قائمة الأعضاء المراد استيرادها</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;تصفّح…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished">جداول البيانات (*.csv *.txt *.tsv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;Legislature:</source>
        <translation type="unfinished">&amp;الهيئة التشريعية:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished">ال&amp;رمز:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;الاسم:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">ال&amp;بلد:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished">ال&amp;ملف:</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished">محتوى كل عمود</translation>
    </message>
    <message>
        <source>The first members, as they will be imported</source>
        <translation type="unfinished">الأعضاء الأوائل كما سيُستوردون</translation>
    </message>
    <message>
        <source>&amp;Review Import…</source>
        <translation type="unfinished">&amp;مراجعة الاستيراد…</translation>
    </message>
    <message>
        <source>Columns with familiar names are matched already; check what each holds:</source>
        <translation type="unfinished">طوبقت الأعمدة ذات الأسماء المألوفة مسبقًا؛ تحقق مما يحمله كل منها:</translation>
    </message>
    <message>
        <source>The first members, as they will be imported:</source>
        <translation type="unfinished">الأعضاء الأوائل كما سيُستوردون:</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 rows in %2 columns.</source>
        <translation type="unfinished">%1 صفًا في %2 أعمدة.</translation>
    </message>
    <message>
        <source>Give the new legislature a code of letters, digits and dashes, such as gb-parliament.</source>
        <translation type="unfinished">أعطِ الهيئة التشريعية الجديدة رمزًا من حروف وأرقام وشرطات، مثل gb-parliament.</translation>
    </message>
    <message>
        <source>Give the new legislature its name, such as UK Parliament.</source>
        <translation type="unfinished">أعطِ الهيئة التشريعية الجديدة اسمها، مثل UK Parliament.</translation>
    </message>
    <message>
        <source>The workspace has %1 as %2 already; choose it in the list.</source>
        <translation type="unfinished">مساحة العمل فيها %1 باسم %2 مسبقًا؛ اخترها من القائمة.</translation>
    </message>
    <message>
        <source>Choose the member list to import, saved as CSV.</source>
        <translation type="unfinished">اختر قائمة الأعضاء المراد استيرادها، محفوظة بصيغة CSV.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) read</source>
        <translation type="unfinished">
            <numerusform>قُرئ %n عضو</numerusform>
            <numerusform>قُرئ %n عضو</numerusform>
            <numerusform>قُرئ %n عضو</numerusform>
            <numerusform>قُرئ %n عضو</numerusform>
            <numerusform>قُرئ %n عضو</numerusform>
            <numerusform>قُرئ %n عضو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) skipped, listed when you review the import</source>
        <translation type="unfinished">
            <numerusform>؛ تُخطّي %n صف، تُسرد عند مراجعة الاستيراد</numerusform>
            <numerusform>؛ تُخطّي %n صف، تُسرد عند مراجعة الاستيراد</numerusform>
            <numerusform>؛ تُخطّي %n صف، تُسرد عند مراجعة الاستيراد</numerusform>
            <numerusform>؛ تُخطّي %n صف، تُسرد عند مراجعة الاستيراد</numerusform>
            <numerusform>؛ تُخطّي %n صف، تُسرد عند مراجعة الاستيراد</numerusform>
            <numerusform>؛ تُخطّي %n صف، تُسرد عند مراجعة الاستيراد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>majlis::MergeDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation type="unfinished">دمج جهات الاتصال</translation>
    </message>
    <message>
        <source>These records look like the same person. Choose the record that stays and, for each field, the value to keep. Nothing is lost: emails, phones and tags of both are kept, and the other record&apos;s history and event records move to the one that stays.</source>
        <translation type="unfinished">يبدو أن هذين السجلين لشخص واحد. اختر السجل الذي سيبقى، ولكل حقل القيمة التي تريد الاحتفاظ بها. لن يضيع شيء: يُحتفظ بعناوين البريد الإلكتروني والهواتف والوسوم من السجلين كليهما، وينتقل تاريخ السجل الآخر وتسجيلاته في الفعاليات إلى السجل الباقي.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished">أُضيف في %1</translation>
    </message>
    <message>
        <source>Record that stays</source>
        <translation type="unfinished">السجل الذي يبقى</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation type="unfinished">الإبقاء على هذا السجل</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished">الإبقاء على %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished">الاسم المفضّل</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>State and district</source>
        <translation type="unfinished">الولاية والدائرة</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">الفرع</translation>
    </message>
    <message>
        <source>Organization and role</source>
        <translation type="unfinished">المنظمة والدور</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">ملاحظات</translation>
    </message>
    <message>
        <source>Emails (both kept)</source>
        <translation type="unfinished">عناوين البريد الإلكتروني (تُحفظ من كليهما)</translation>
    </message>
    <message>
        <source>Phones (both kept)</source>
        <translation type="unfinished">الهواتف (تُحفظ من كليهما)</translation>
    </message>
    <message>
        <source>Tags (both kept)</source>
        <translation type="unfinished">الوسوم (تُحفظ من كليهما)</translation>
    </message>
    <message>
        <source>Languages, skills and interests (both kept)</source>
        <translation type="unfinished">اللغات والمهارات والاهتمامات (تُحفظ من كليهما)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished">دمج</translation>
    </message>
    <message>
        <source>One of these contacts no longer exists; it may have been merged or deleted meanwhile.</source>
        <translation type="unfinished">لم تعد إحدى جهتي الاتصال هاتين موجودة؛ ربما دُمجت أو حُذفت في هذه الأثناء.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(لا شيء)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>The second record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">يبقى السجل الثاني، باسم “%1”، بالقيم المختارة أعلاه.</translation>
    </message>
    <message>
        <source>The first record stays, named “%1”, with the values chosen above.</source>
        <translation type="unfinished">يبقى السجل الأول، باسم “%1”، بالقيم المختارة أعلاه.</translation>
    </message>
    <message>
        <source>The other is removed once its emails, phones, tags, consents, history and event records have moved to it. Edit &gt; Undo takes the merge back.</source>
        <translation type="unfinished">ويُزال السجل الآخر بعد أن تنتقل إليه عناوين بريده الإلكتروني وهواتفه ووسومه وموافقاته وتاريخه وتسجيلاته في الفعاليات. يمكنك التراجع عن الدمج من تحرير &gt; تراجع.</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimeDialog</name>
    <message>
        <source>Office Time</source>
        <translation type="unfinished">وقت المكتب</translation>
    </message>
    <message>
        <source>Confirmed meeting time</source>
        <translation type="unfinished">موعد لقاء مؤكَّد</translation>
    </message>
    <message>
        <source>Cannot meet (blackout)</source>
        <translation type="unfinished">لا يستطيع اللقاء (وقت غير متاح)</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished">&amp;المكتب:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">&amp;إلى:</translation>
    </message>
</context>
<context>
    <name>majlis::OfficeTimesPanel</name>
    <message>
        <source>Office times</source>
        <translation type="unfinished">أوقات المكاتب</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished">إضافة…</translation>
    </message>
    <message>
        <source>A time an office confirmed for your meeting, or a time it cannot meet.</source>
        <translation type="unfinished">موعد أكّده مكتب للقائكم، أو وقت لا يستطيع فيه اللقاء.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">إزالة</translation>
    </message>
    <message>
        <source>an office no longer listed</source>
        <translation type="unfinished">مكتب لم يعد مدرجًا</translation>
    </message>
    <message>
        <source>%1: confirmed %2–%3</source>
        <translation type="unfinished">%1: مؤكَّد %2–%3</translation>
    </message>
    <message>
        <source>%1: cannot meet %2–%3</source>
        <translation type="unfinished">%1: لا يستطيع اللقاء %2–%3</translation>
    </message>
    <message>
        <source>No confirmed times or blackouts: every office can meet all day.</source>
        <translation type="unfinished">لا مواعيد مؤكَّدة ولا أوقات غير متاحة: كل مكتب يستطيع اللقاء طوال اليوم.</translation>
    </message>
    <message>
        <source>Cannot add the office time</source>
        <translation type="unfinished">تعذّرت إضافة وقت المكتب</translation>
    </message>
    <message>
        <source>Cannot remove the office time</source>
        <translation type="unfinished">تعذّرت إزالة وقت المكتب</translation>
    </message>
</context>
<context>
    <name>majlis::Organization</name>
    <message>
        <source>Mosque or Islamic center</source>
        <translation type="unfinished">مسجد أو مركز إسلامي</translation>
    </message>
    <message>
        <source>Interfaith</source>
        <translation type="unfinished">منظمة للحوار بين الأديان</translation>
    </message>
    <message>
        <source>Civil rights</source>
        <translation type="unfinished">الحقوق المدنية</translation>
    </message>
    <message>
        <source>Immigrant rights</source>
        <translation type="unfinished">حقوق المهاجرين</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation type="unfinished">نقابة عمالية</translation>
    </message>
    <message>
        <source>Student association</source>
        <translation type="unfinished">جمعية طلابية</translation>
    </message>
    <message>
        <source>Other faith-based</source>
        <translation type="unfinished">منظمة دينية أخرى</translation>
    </message>
    <message>
        <source>Government office</source>
        <translation type="unfinished">مكتب حكومي</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">وسيلة إعلامية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">أخرى</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished">شريك محتمل</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">نشط</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished">خامل</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished">لقاء</translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished">مكالمة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Joint event</source>
        <translation type="unfinished">فعالية مشتركة</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation type="unfinished">توقيع مشترك</translation>
    </message>
</context>
<context>
    <name>majlis::Outcome</name>
    <message>
        <source>Supportive</source>
        <translation type="unfinished">مؤيِّد</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished">لم يحسم موقفه</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation type="unfinished">معارض</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished">بلا إجابة</translation>
    </message>
</context>
<context>
    <name>majlis::OutcomeChart</name>
    <message>
        <source>Outcomes by ask</source>
        <translation type="unfinished">النتائج حسب المطلب</translation>
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
        <translation type="unfinished">غير مسجَّلة: %1</translation>
    </message>
    <message>
        <source>No outcomes reported yet.</source>
        <translation type="unfinished">لم تُسجَّل أي نتائج بعد.</translation>
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
        <translation type="unfinished">لم يُسجَّل شيء</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerBrowser</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">الشركاء</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">المدينة</translation>
    </message>
    <message>
        <source>Issue areas</source>
        <translation type="unfinished">مجالات القضايا</translation>
    </message>
    <message>
        <source>&amp;New Partner</source>
        <translation type="unfinished">شريك &amp;جديد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished">&amp;التفاصيل</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished">&amp;الأشخاص</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished">&amp;سجل العلاقة</translation>
    </message>
    <message>
        <source>No partners yet</source>
        <translation type="unfinished">لا يوجد شركاء بعد</translation>
    </message>
    <message>
        <source>Keep track of the mosques, interfaith councils, civil-rights and labor groups you work with: click New Partner, give its name, then fill in its details, the people you know there and the history of the relationship.</source>
        <translation type="unfinished">تابِع المساجد ومجالس الحوار بين الأديان ومنظمات الحقوق المدنية والنقابات العمالية التي تعمل معها: انقر «شريك جديد» وأدخل اسمه، ثم املأ بياناته والأشخاص الذين تعرفهم فيه وسجل العلاقة معه.</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation type="unfinished">لم يُحدَّد أي شريك</translation>
    </message>
    <message>
        <source>Choose a partner in the list to see its details, its people and its history.</source>
        <translation type="unfinished">اختر شريكًا من القائمة لعرض بياناته والأشخاص المرتبطين به وسجله.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform>%n شريك</numerusform>
            <numerusform>%n شريك</numerusform>
            <numerusform>%n شريكان</numerusform>
            <numerusform>%n شركاء</numerusform>
            <numerusform>%n شريكًا</numerusform>
            <numerusform>%n شريك</numerusform>
        </translation>
    </message>
    <message>
        <source>No partners match these filters.</source>
        <translation type="unfinished">لا يوجد شركاء يطابقون عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation type="unfinished">لا يوجد شركاء بعد.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished">تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; first?</source>
        <translation type="unfinished">هل تريد حفظ التغييرات على &quot;%1&quot; أولًا؟</translation>
    </message>
    <message>
        <source>Cannot add the partner</source>
        <translation type="unfinished">تعذّرت إضافة الشريك</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation type="unfinished">شريك جديد</translation>
    </message>
    <message>
        <source>Name of the organization:</source>
        <translation type="unfinished">اسم المنظمة:</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation type="unfinished">حذف الشريك</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its people and history go with it, and it leaves the sign-on letters. The contacts themselves are not touched.</source>
        <translation type="unfinished">هل تريد حذف &quot;%1&quot;؟ سيُحذف معه الأشخاص المرتبطون به وسجله، وسيُزال من رسائل التوقيع المشترك. لن تتأثر جهات الاتصال نفسها.</translation>
    </message>
    <message>
        <source>Cannot delete the partner</source>
        <translation type="unfinished">تعذّر حذف الشريك</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerDetailsPanel</name>
    <message>
        <source>civil rights, immigration, voting</source>
        <translation type="unfinished">الحقوق المدنية، الهجرة، التصويت</translation>
    </message>
    <message>
        <source>Separate issue areas with commas.</source>
        <translation type="unfinished">افصل بين مجالات القضايا بفواصل.</translation>
    </message>
    <message>
        <source>Two-letter country code, such as US or CA.</source>
        <translation type="unfinished">رمز البلد من حرفين، مثل US أو CA.</translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished">https://</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished">&amp;تعيين…</translation>
    </message>
    <message>
        <source>The person in your organization who keeps this relationship.</source>
        <translation type="unfinished">الشخص في منظمتك المسؤول عن هذه العلاقة.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished">&amp;إزالة</translation>
    </message>
    <message>
        <source>What matters to them, what they asked of us, what we promised</source>
        <translation type="unfinished">ما يهمّهم، وما طلبوه منا، وما وعدناهم به</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;النوع:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished">&amp;حالة الشراكة:</translation>
    </message>
    <message>
        <source>&amp;Issue areas:</source>
        <translation type="unfinished">&amp;مجالات القضايا:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;المدينة:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished">&amp;ولاية أو منطقة:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">ال&amp;بلد:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished">&amp;عنوان الموقع:</translation>
    </message>
    <message>
        <source>Cha&amp;pter:</source>
        <translation type="unfinished">&amp;فرع:</translation>
    </message>
    <message>
        <source>Relationship owner:</source>
        <translation type="unfinished">المسؤول عن العلاقة:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished">&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">ت&amp;راجع</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">بلا فرع</translation>
    </message>
    <message>
        <source>Unknown chapter</source>
        <translation type="unfinished">فرع غير معروف</translation>
    </message>
    <message>
        <source>Cannot save the partner</source>
        <translation type="unfinished">تعذّر حفظ الشريك</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished">لا أحد بعد</translation>
    </message>
    <message>
        <source>A deleted contact</source>
        <translation type="unfinished">جهة اتصال محذوفة</translation>
    </message>
    <message>
        <source>Relationship Owner</source>
        <translation type="unfinished">المسؤول عن العلاقة</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished">&amp;اختيار</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerFilterBar</name>
    <message>
        <source>Search name, city, website or notes</source>
        <translation type="unfinished">ابحث في الاسم أو المدينة أو الموقع الإلكتروني أو الملاحظات</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation type="unfinished">البحث في الشركاء</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation type="unfinished">نوع الشريك</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished">كل الأنواع</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">مجال القضايا</translation>
    </message>
    <message>
        <source>All issue areas</source>
        <translation type="unfinished">كل مجالات القضايا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">أي حالة</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished">الفرع</translation>
    </message>
    <message>
        <source>All chapters</source>
        <translation type="unfinished">كل الفروع</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerHistoryPanel</name>
    <message>
        <source>&amp;Add Interaction…</source>
        <translation type="unfinished">&amp;إضافة تفاعل…</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">السجل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">الخلاصة</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished">المشاركون</translation>
    </message>
    <message>
        <source>Nothing recorded yet: add meetings, calls and joint events as they happen.</source>
        <translation type="unfinished">لم يُسجَّل شيء بعد: أضف اللقاءات والمكالمات والفعاليات المشتركة عند حدوثها.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation type="unfinished">
            <numerusform>%n تفاعل</numerusform>
            <numerusform>%n تفاعل</numerusform>
            <numerusform>%n تفاعلان</numerusform>
            <numerusform>%n تفاعلات</numerusform>
            <numerusform>%n تفاعلًا</numerusform>
            <numerusform>%n تفاعل</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the interaction</source>
        <translation type="unfinished">تعذّرت إضافة التفاعل</translation>
    </message>
</context>
<context>
    <name>majlis::PartnerPeoplePanel</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished">&amp;إضافة شخص…</translation>
    </message>
    <message>
        <source>&amp;Left the Organization…</source>
        <translation type="unfinished">&amp;غادر المنظمة…</translation>
    </message>
    <message>
        <source>Records that the person left today; they stay in the partner&apos;s history.</source>
        <translation type="unfinished">يسجّل أن الشخص غادر اليوم؛ ويبقى في سجل الشريك.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">الدور</translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished">منذ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished">حتى</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) there now</source>
        <translation type="unfinished">
            <numerusform>%n شخص في المنظمة حاليًا</numerusform>
            <numerusform>%n شخص في المنظمة حاليًا</numerusform>
            <numerusform>%n شخصان في المنظمة حاليًا</numerusform>
            <numerusform>%n أشخاص في المنظمة حاليًا</numerusform>
            <numerusform>%n شخصًا في المنظمة حاليًا</numerusform>
            <numerusform>%n شخص في المنظمة حاليًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n who left</source>
        <translation type="unfinished">
            <numerusform>؛ %n غادروا المنظمة</numerusform>
            <numerusform>؛ %n غادر المنظمة</numerusform>
            <numerusform>؛ %n غادرا المنظمة</numerusform>
            <numerusform>؛ %n غادروا المنظمة</numerusform>
            <numerusform>؛ %n غادروا المنظمة</numerusform>
            <numerusform>؛ %n غادروا المنظمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody recorded yet: add the people you work with there.</source>
        <translation type="unfinished">لم يُسجَّل أحد بعد: أضف الأشخاص الذين تعمل معهم هناك.</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation type="unfinished">تعذّرت إضافة الشخص</translation>
    </message>
    <message>
        <source>Cannot record the departure</source>
        <translation type="unfinished">تعذّر تسجيل المغادرة</translation>
    </message>
    <message>
        <source>Add People</source>
        <translation type="unfinished">إضافة أشخاص</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;التالي</translation>
    </message>
    <message>
        <source>Role at the partner (director, imam, organizer…):</source>
        <translation type="unfinished">الدور لدى الشريك (مدير، إمام، منظِّم…):</translation>
    </message>
    <message>
        <source>Left the Organization</source>
        <translation type="unfinished">غادر المنظمة</translation>
    </message>
    <message>
        <source>Record that %1 left on %2? They stay in the partner&apos;s history.</source>
        <translation type="unfinished">هل تريد تسجيل أن %1 غادر في %2؟ سيبقى في سجل الشريك.</translation>
    </message>
</context>
<context>
    <name>majlis::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished">الشركاء</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">رسائل التوقيع المشترك</translation>
    </message>
    <message>
        <source>Coalition map</source>
        <translation type="unfinished">خريطة التحالف</translation>
    </message>
</context>
<context>
    <name>majlis::PostcodeLookup</name>
    <message>
        <source>This build of Majlis has no ZIP code to congressional district file (it is added when the program is built with MAJLIS_DISTRICT_FILE). Import one with &quot;majlis-cli districts import FILE --body us-congress --chamber house&quot;: a CSV with zip, state and district columns, such as zccd.csv of the us-zipcodes-congress project.</source>
        <translation type="unfinished">لا يتضمن هذا الإصدار من مجلس ملف رموز ZIP ودوائر الكونغرس (يُضاف عند بناء البرنامج مع MAJLIS_DISTRICT_FILE). استورد واحدًا بـ &quot;majlis-cli districts import FILE --body us-congress --chamber house&quot;: ملف CSV بأعمدة zip وstate وdistrict، مثل zccd.csv من مشروع us-zipcodes-congress.</translation>
    </message>
</context>
<context>
    <name>majlis::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished">التفضيلات</translation>
    </message>
    <message>
        <source>Use the &amp;Default</source>
        <translation type="unfinished">استخدام &amp;الافتراضي</translation>
    </message>
    <message>
        <source>&amp;Legislators download address:</source>
        <translation type="unfinished">عنوان تنزيل &amp;المشرّعين:</translation>
    </message>
    <message>
        <source>Advocacy Days &gt; Legislators… &gt; Update from the Internet downloads legislators-current.csv from here. It must be an https:// address.</source>
        <translation type="unfinished">يُنزِّل «أيام المناصرة &gt; المشرّعون… &gt; تحديث من الإنترنت» الملف legislators-current.csv من هنا. يجب أن يكون عنوانًا يبدأ بـ https://‏.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;اللغة:</translation>
    </message>
</context>
<context>
    <name>majlis::ReportBackPanel</name>
    <message>
        <source>planned</source>
        <translation type="unfinished">مخطط له</translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished">عُقد</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished">أُلغي</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>ask: bill number, then its title</comment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished">اللقاءات</translation>
    </message>
    <message>
        <source>Select a meeting to report on it.</source>
        <translation type="unfinished">اختر لقاءً لكتابة تقرير عنه.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">مخطط له</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished">عُقد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">أُلغي</translation>
    </message>
    <message>
        <source>Name and title, e.g. Jordan Lee, legislative director</source>
        <translation type="unfinished">الاسم والمنصب، مثل: جوردان لي، المدير التشريعي</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">غير مسجَّلة</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">عضو الكونغرس</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation type="unfinished">أحد موظفي المكتب</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">&amp;الحالة:</translation>
    </message>
    <message>
        <source>Met &amp;with:</source>
        <translation type="unfinished">&amp;قابلنا:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished">ال&amp;دور:</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished">النتائج</translation>
    </message>
    <message>
        <source>The day has no asks yet. Add them on the Details tab.</source>
        <translation type="unfinished">لا توجد مطالب لهذا اليوم بعد. أضفها في تبويب «معلومات اليوم».</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished">المتابعات</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">منجزة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">الوصف</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Due date as year-month-day, for example %1</source>
        <translation type="unfinished">تاريخ الاستحقاق بصيغة سنة-شهر-يوم، مثل %1</translation>
    </message>
    <message>
        <source>&amp;Add Follow-up</source>
        <translation type="unfinished">&amp;إضافة متابعة</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">&amp;حذف</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>&amp;Save Report</source>
        <translation type="unfinished">حفظ &amp;التقرير</translation>
    </message>
    <message>
        <source>Save the report (%1)</source>
        <translation type="unfinished">حفظ التقرير (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished">ت&amp;راجع</translation>
    </message>
    <message>
        <source>Go back to the report as last saved</source>
        <translation type="unfinished">العودة إلى التقرير كما حُفظ آخر مرة</translation>
    </message>
    <message>
        <source>No advocacy day selected.</source>
        <translation type="unfinished">لم يُحدَّد أي يوم مناصرة.</translation>
    </message>
    <message>
        <source>No meetings yet: schedule the day first on the Schedule tab.</source>
        <translation type="unfinished">لا توجد لقاءات بعد: جدوِل اليوم أولًا في تبويب «جدول اللقاءات».</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation type="unfinished">%1:</translation>
    </message>
    <message>
        <source>Unknown office</source>
        <translation type="unfinished">مكتب غير معروف</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <comment>meeting list: start time, office, report status</comment>
        <translation type="unfinished">%1  %2 — %3</translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation type="unfinished">تقرير غير محفوظ</translation>
    </message>
    <message>
        <source>Save the report of the meeting with %1?</source>
        <translation type="unfinished">هل تريد حفظ تقرير اللقاء مع %1؟</translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <comment>meeting heading: start, end, office</comment>
        <translation type="unfinished">%1–%2  %3</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (قائد الفريق)</translation>
    </message>
    <message>
        <source>No team assigned.</source>
        <translation type="unfinished">لم يُعيَّن أي فريق.</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished">الفريق: %1</translation>
    </message>
    <message>
        <source>Follow-up row %1: “%2” is not a date. Write due dates as year-month-day, for example %3.</source>
        <translation type="unfinished">صف المتابعة %1: “%2” ليس تاريخًا. اكتب تواريخ الاستحقاق بصيغة سنة-شهر-يوم، مثل %3.</translation>
    </message>
    <message>
        <source>Follow-up row %1 has a due date but no description. Say what is to be done, or remove the row.</source>
        <translation type="unfinished">في صف المتابعة %1 تاريخ استحقاق دون وصف. اذكر ما يجب فعله، أو احذف الصف.</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished">لم يُحفظ التقرير</translation>
    </message>
    <message>
        <source>Not a date. Write it as year-month-day, for example %1.</source>
        <translation type="unfinished">ليس تاريخًا. اكتبه بصيغة سنة-شهر-يوم، مثل %1.</translation>
    </message>
</context>
<context>
    <name>majlis::ReportsPage</name>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished">&amp;الحضور</translation>
    </message>
    <message>
        <source>Attendance per event</source>
        <translation type="unfinished">الحضور في كل فعالية</translation>
    </message>
    <message>
        <source>How many registered for each event, how many came, and how many new people walked in.</source>
        <translation type="unfinished">كم شخصًا سجّل في كل فعالية، وكم حضر، وكم شخصًا جديدًا حضر دون تسجيل مسبق.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished">الفعالية</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">التاريخ</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished">المسجَّلون</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished">سُجّل حضورهم</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation type="unfinished">جهات اتصال جديدة</translation>
    </message>
    <message>
        <source>People who walked in without registering and were added as new contacts</source>
        <translation type="unfinished">أشخاص حضروا دون تسجيل مسبق وأُضيفوا جهات اتصال جديدة</translation>
    </message>
    <message>
        <source>By &amp;chapter</source>
        <translation type="unfinished">&amp;حسب الفرع</translation>
    </message>
    <message>
        <source>Attendance per chapter by month</source>
        <translation type="unfinished">الحضور في كل فرع حسب الشهر</translation>
    </message>
    <message>
        <source>How many people each chapter checked in at its events, month by month.</source>
        <translation type="unfinished">عدد الأشخاص الذين سجّل كل فرع حضورهم في فعالياته، شهرًا بشهر.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">الشهر</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished">الحملة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">المجموع</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">تعهّدوا بالتصويت</translation>
    </message>
    <message>
        <source>&amp;Voter registration</source>
        <translation type="unfinished">&amp;تسجيل الناخبين</translation>
    </message>
    <message>
        <source>Voter registration per drive</source>
        <translation type="unfinished">تسجيل الناخبين في كل حملة</translation>
    </message>
    <message>
        <source>What each voter-registration drive recorded, person by person, and how many pledged to vote.</source>
        <translation type="unfinished">ما سجّلته كل حملة لتسجيل الناخبين، شخصًا بشخص، وعدد من تعهّدوا بالتصويت.</translation>
    </message>
    <message>
        <source>People who pledged to vote</source>
        <translation type="unfinished">الأشخاص الذين تعهّدوا بالتصويت</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished">&amp;شركاء التحالف</translation>
    </message>
    <message>
        <source>Partners by issue area</source>
        <translation type="unfinished">الشركاء حسب مجال القضايا</translation>
    </message>
    <message>
        <source>How many coalition partners work on each issue, and who they are.</source>
        <translation type="unfinished">عدد شركاء التحالف العاملين في كل قضية، ومن هم.</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation type="unfinished">مجال القضايا</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">الشركاء</translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished">الأسماء</translation>
    </message>
    <message>
        <source>&amp;Sign-on letters</source>
        <translation type="unfinished">&amp;رسائل التوقيع المشترك</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">رسائل التوقيع المشترك</translation>
    </message>
    <message>
        <source>For each letter, how many partners asked have signed, declined, or not answered yet.</source>
        <translation type="unfinished">لكل رسالة: عدد الشركاء الذين طُلب منهم التوقيع فوقّعوا، أو اعتذروا، أو لم يُجيبوا بعد.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">الرسالة</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished">الموعد النهائي</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished">طُلب منهم</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished">وقّعوا</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished">اعتذروا</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished">لم يُجيبوا بعد</translation>
    </message>
    <message>
        <source>A chart of the numbers in the table below.</source>
        <translation type="unfinished">رسم بياني للأرقام الواردة في الجدول أدناه.</translation>
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
        <translation type="unfinished">الأشخاص</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest events with attendance; the table lists every event.</source>
        <translation type="unfinished">
            <numerusform>يعرض الرسم البياني أحدث %n فعالية فيها حضور؛ ويسرد الجدول كل الفعاليات.</numerusform>
            <numerusform>يعرض الرسم البياني أحدث %n فعالية فيها حضور؛ ويسرد الجدول كل الفعاليات.</numerusform>
            <numerusform>يعرض الرسم البياني أحدث %n فعاليتين فيهما حضور؛ ويسرد الجدول كل الفعاليات.</numerusform>
            <numerusform>يعرض الرسم البياني أحدث %n فعاليات فيها حضور؛ ويسرد الجدول كل الفعاليات.</numerusform>
            <numerusform>يعرض الرسم البياني أحدث %n فعالية فيها حضور؛ ويسرد الجدول كل الفعاليات.</numerusform>
            <numerusform>يعرض الرسم البياني أحدث %n فعالية فيها حضور؛ ويسرد الجدول كل الفعاليات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see attendance here.</source>
        <translation type="unfinished">سجّل حضور الأشخاص في الفعاليات لعرض الحضور هنا.</translation>
    </message>
    <message>
        <source>No one has registered or checked in yet. Check people in at events to see attendance here.</source>
        <translation type="unfinished">لم يسجّل أحد ولم يُسجَّل حضور أحد بعد. سجّل حضور الأشخاص في الفعاليات لعرض الحضور هنا.</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished">بلا فرع</translation>
    </message>
    <message>
        <source>People checked in</source>
        <translation type="unfinished">الأشخاص الذين سُجّل حضورهم</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n months; the table lists every month.</source>
        <translation type="unfinished">
            <numerusform>يعرض الرسم البياني آخر %n شهر؛ ويسرد الجدول كل الأشهر.</numerusform>
            <numerusform>يعرض الرسم البياني آخر %n شهر؛ ويسرد الجدول كل الأشهر.</numerusform>
            <numerusform>يعرض الرسم البياني آخر %n شهرين؛ ويسرد الجدول كل الأشهر.</numerusform>
            <numerusform>يعرض الرسم البياني آخر %n أشهر؛ ويسرد الجدول كل الأشهر.</numerusform>
            <numerusform>يعرض الرسم البياني آخر %n شهرًا؛ ويسرد الجدول كل الأشهر.</numerusform>
            <numerusform>يعرض الرسم البياني آخر %n شهر؛ ويسرد الجدول كل الأشهر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check people in at events to see each chapter&apos;s attendance by month here.</source>
        <translation type="unfinished">سجّل حضور الأشخاص في الفعاليات لعرض حضور كل فرع حسب الشهر هنا.</translation>
    </message>
    <message>
        <source>People recorded</source>
        <translation type="unfinished">الأشخاص المسجَّلون</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n latest drives with records; the table lists every drive.</source>
        <translation type="unfinished">
            <numerusform>يعرض الرسم البياني أحدث %n حملة فيها سجلات؛ ويسرد الجدول كل الحملات.</numerusform>
            <numerusform>يعرض الرسم البياني أحدث %n حملة فيها سجلات؛ ويسرد الجدول كل الحملات.</numerusform>
            <numerusform>يعرض الرسم البياني أحدث %n حملتين فيهما سجلات؛ ويسرد الجدول كل الحملات.</numerusform>
            <numerusform>يعرض الرسم البياني أحدث %n حملات فيها سجلات؛ ويسرد الجدول كل الحملات.</numerusform>
            <numerusform>يعرض الرسم البياني أحدث %n حملة فيها سجلات؛ ويسرد الجدول كل الحملات.</numerusform>
            <numerusform>يعرض الرسم البياني أحدث %n حملة فيها سجلات؛ ويسرد الجدول كل الحملات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record who registered at voter-registration drives to see the results here.</source>
        <translation type="unfinished">سجّل من سُجّلوا في حملات تسجيل الناخبين لعرض النتائج هنا.</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n issue areas with the most partners; the table lists every area.</source>
        <translation type="unfinished">
            <numerusform>يعرض الرسم البياني %n مجال قضايا هي الأكثر شركاءً؛ ويسرد الجدول كل المجالات.</numerusform>
            <numerusform>يعرض الرسم البياني %n مجال قضايا هو الأكثر شركاءً؛ ويسرد الجدول كل المجالات.</numerusform>
            <numerusform>يعرض الرسم البياني %n مجالَي القضايا الأكثر شركاءً؛ ويسرد الجدول كل المجالات.</numerusform>
            <numerusform>يعرض الرسم البياني %n مجالات قضايا هي الأكثر شركاءً؛ ويسرد الجدول كل المجالات.</numerusform>
            <numerusform>يعرض الرسم البياني %n مجالًا للقضايا هي الأكثر شركاءً؛ ويسرد الجدول كل المجالات.</numerusform>
            <numerusform>يعرض الرسم البياني %n مجال قضايا هي الأكثر شركاءً؛ ويسرد الجدول كل المجالات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add issue areas to partners to see the coalition by issue here.</source>
        <translation type="unfinished">أضف مجالات القضايا إلى الشركاء لعرض التحالف حسب القضية هنا.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no deadline</comment>
        <translation type="unfinished">لا يوجد</translation>
    </message>
    <message>
        <source>Partners asked</source>
        <translation type="unfinished">الشركاء الذين طُلب منهم التوقيع</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %n letters with the latest deadlines; the table lists every letter.</source>
        <translation type="unfinished">
            <numerusform>يعرض الرسم البياني %n رسالة هي الأحدث من حيث الموعد النهائي؛ ويسرد الجدول كل الرسائل.</numerusform>
            <numerusform>يعرض الرسم البياني %n رسالة هي الأحدث من حيث الموعد النهائي؛ ويسرد الجدول كل الرسائل.</numerusform>
            <numerusform>يعرض الرسم البياني %n رسالتين هما الأحدث من حيث الموعد النهائي؛ ويسرد الجدول كل الرسائل.</numerusform>
            <numerusform>يعرض الرسم البياني %n رسائل هي الأحدث من حيث الموعد النهائي؛ ويسرد الجدول كل الرسائل.</numerusform>
            <numerusform>يعرض الرسم البياني %n رسالة هي الأحدث من حيث الموعد النهائي؛ ويسرد الجدول كل الرسائل.</numerusform>
            <numerusform>يعرض الرسم البياني %n رسالة هي الأحدث من حيث الموعد النهائي؛ ويسرد الجدول كل الرسائل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a sign-on letter and ask partners to sign it to see who signed here.</source>
        <translation type="unfinished">أنشئ رسالة توقيع مشترك واطلب من الشركاء توقيعها لعرض الموقّعين هنا.</translation>
    </message>
    <message>
        <source>No partner has been asked to sign yet. Ask partners to sign a letter to see who signed here.</source>
        <translation type="unfinished">لم يُطلب من أي شريك التوقيع بعد. اطلب من الشركاء توقيع رسالة لعرض الموقّعين هنا.</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation type="unfinished">الحم&amp;لات</translation>
    </message>
    <message>
        <source>Open campaigns</source>
        <translation type="unfinished">الحملات المفتوحة</translation>
    </message>
    <message>
        <source>How each open phone bank, door-knocking effort and get-out-the-vote drive is going: attempts, people reached and pledges to vote, in all and day by day.</source>
        <translation type="unfinished">سير كل بنك هاتف وحملة طرق أبواب وحملة حثّ على التصويت مفتوحة: المحاولات والأشخاص الذين وُصل إليهم وتعهدات التصويت، إجمالًا ويومًا بيوم.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished">الحملة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished">في القائمة</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">المحاولات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">جهات الاتصال</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished">نسبة التواصل</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished">التعهدات</translation>
    </message>
    <message>
        <source>Attempts that reached the person</source>
        <translation type="unfinished">المحاولات التي وصلت إلى الشخص</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">النتائج</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the %Ln newest open campaigns with results; the table lists every open campaign.</source>
        <translation type="unfinished">
            <numerusform>يعرض الرسم أحدث %Ln حملة مفتوحة لها نتائج؛ ويسرد الجدول كل حملة مفتوحة.</numerusform>
            <numerusform>يعرض الرسم أحدث حملة مفتوحة لها نتائج (%Ln)؛ ويسرد الجدول كل حملة مفتوحة.</numerusform>
            <numerusform>يعرض الرسم أحدث حملتين مفتوحتين لهما نتائج (%Ln)؛ ويسرد الجدول كل حملة مفتوحة.</numerusform>
            <numerusform>يعرض الرسم أحدث %Ln حملات مفتوحة لها نتائج؛ ويسرد الجدول كل حملة مفتوحة.</numerusform>
            <numerusform>يعرض الرسم أحدث %Ln حملةً مفتوحة لها نتائج؛ ويسرد الجدول كل حملة مفتوحة.</numerusform>
            <numerusform>يعرض الرسم أحدث %Ln حملة مفتوحة لها نتائج؛ ويسرد الجدول كل حملة مفتوحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: attempts, contacts and pledges per day</source>
        <translation type="unfinished">%1: المحاولات والتواصل والتعهدات يوميًا</translation>
    </message>
    <message>
        <source>Start a phone bank, door-knocking effort or get-out-the-vote drive to see its progress here.</source>
        <translation type="unfinished">ابدأ بنك هاتف أو حملة طرق أبواب أو حملة حثّ على التصويت لترى تقدمها هنا.</translation>
    </message>
    <message>
        <source>No results recorded yet in the open campaigns. Progress appears here as volunteers record results.</source>
        <translation type="unfinished">لم تُسجَّل نتائج بعد في الحملات المفتوحة. يظهر التقدم هنا كلما سجّل المتطوعون النتائج.</translation>
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
        <translation>إخراجه أيضًا من كل القوائم؟</translation>
    </message>
    <message>
        <source>Keep them on future lists</source>
        <translation>إبقاؤه في القوائم القادمة</translation>
    </message>
    <message>
        <source>Opt out: refused</source>
        <translation>إخراج: رفض</translation>
    </message>
    <message>
        <source>Opt out: hostile</source>
        <translation>إخراج: عدائي</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>answer key, answer</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>النتيجة: %1</translation>
    </message>
    <message>
        <source>Result: none chosen yet</source>
        <translation>النتيجة: لم تُختر بعد</translation>
    </message>
</context>
<context>
    <name>majlis::RowWriter</name>
    <message>
        <source>The record was deleted meanwhile, perhaps in another window.</source>
        <translation type="unfinished">حُذف السجل في هذه الأثناء، ربما في نافذة أخرى.</translation>
    </message>
</context>
<context>
    <name>majlis::SaveFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished">تعذّرت الكتابة في %1: %2</translation>
    </message>
</context>
<context>
    <name>majlis::ScheduleGridModel</name>
    <message numerus="yes">
        <source>%1 (%n people)</source>
        <translation type="unfinished">
            <numerusform>%1 (%n شخص)</numerusform>
            <numerusform>%1 (%n شخص)</numerusform>
            <numerusform>%1 (%n شخصان)</numerusform>
            <numerusform>%1 (%n أشخاص)</numerusform>
            <numerusform>%1 (%n شخصًا)</numerusform>
            <numerusform>%1 (%n شخص)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished">%1، الغرفة %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished">%1–%2</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished">%1 (قائد الفريق)</translation>
    </message>
    <message>
        <source>Pinned: scheduling again keeps it here.</source>
        <translation type="unfinished">مثبّت: يبقى في مكانه عند إعادة الجدولة.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished">تعارض</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">مثبّت</translation>
    </message>
</context>
<context>
    <name>majlis::SchedulePanel</name>
    <message>
        <source>Move meeting to %1</source>
        <translation type="unfinished">نقل اللقاء إلى %1</translation>
    </message>
    <message>
        <source>Cannot move the meeting</source>
        <translation type="unfinished">تعذّر نقل اللقاء</translation>
    </message>
    <message>
        <source>%1: no conflicts</source>
        <translation type="unfinished">%1: لا توجد تعارضات</translation>
    </message>
    <message>
        <source>&amp;Build Schedule</source>
        <translation type="unfinished">&amp;إنشاء الجدول</translation>
    </message>
    <message>
        <source>Place every constituent with their senators and representative. Pinned and reported meetings stay where they are. (Ctrl+R)</source>
        <translation type="unfinished">جدولة لقاءات كل ناخب مع عضوَي مجلس الشيوخ عن ولايته ونائبه في مجلس النواب. تبقى اللقاءات المثبّتة واللقاءات التي قُدّمت تقاريرها في أماكنها. (Ctrl+R)</translation>
    </message>
    <message>
        <source>By office</source>
        <translation type="unfinished">حسب المكتب</translation>
    </message>
    <message>
        <source>By attendee</source>
        <translation type="unfinished">حسب المشارك</translation>
    </message>
    <message>
        <source>By team</source>
        <translation type="unfinished">حسب الفريق</translation>
    </message>
    <message>
        <source>Show the schedule</source>
        <translation type="unfinished">عرض الجدول</translation>
    </message>
    <message>
        <source>&amp;Pin / Unpin</source>
        <translation type="unfinished">&amp;تثبيت / إلغاء التثبيت</translation>
    </message>
    <message>
        <source>A pinned meeting keeps its time when the schedule is built again.</source>
        <translation type="unfinished">يحتفظ اللقاء المثبّت بوقته عند إعادة إنشاء الجدول.</translation>
    </message>
    <message>
        <source>Schedule grid: drag a meeting to another time to move it</source>
        <translation type="unfinished">شبكة الجدول: اسحب لقاءً إلى وقت آخر لنقله</translation>
    </message>
    <message>
        <source>Time and office</source>
        <translation type="unfinished">الوقت والمكتب</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">المكان</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">الدور</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished">&amp;التعارضات</translation>
    </message>
    <message>
        <source>&amp;Not scheduled</source>
        <translation type="unfinished">&amp;غير مجدولة</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished">لا توجد تعارضات.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished">مثبّت</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">قائد الفريق</translation>
    </message>
    <message>
        <source>no office</source>
        <translation type="unfinished">بلا مكتب</translation>
    </message>
    <message>
        <source>%1 — %2: not scheduled yet; build the schedule to place this meeting.</source>
        <translation type="unfinished">%1 — %2: لم يُجدوَل بعد؛ أنشئ الجدول لتحديد موعد هذا اللقاء.</translation>
    </message>
    <message>
        <source>Register attendees on the Attendees tab, then build the schedule.</source>
        <translation type="unfinished">سجّل المشاركين في تبويب «المشاركون»، ثم أنشئ الجدول.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s); </source>
        <translation type="unfinished">
            <numerusform>%n لقاء؛ </numerusform>
            <numerusform>%n لقاء؛ </numerusform>
            <numerusform>%n لقاءان؛ </numerusform>
            <numerusform>%n لقاءات؛ </numerusform>
            <numerusform>%n لقاءً؛ </numerusform>
            <numerusform>%n لقاء؛ </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) not scheduled.</source>
        <translation type="unfinished">
            <numerusform>%n طلب غير مجدول.</numerusform>
            <numerusform>%n طلب غير مجدول.</numerusform>
            <numerusform>%n طلبان غير مجدولين.</numerusform>
            <numerusform>%n طلبات غير مجدولة.</numerusform>
            <numerusform>%n طلبًا غير مجدول.</numerusform>
            <numerusform>%n طلب غير مجدول.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has every meeting they can have.</source>
        <translation type="unfinished">حصل الجميع على كل اللقاءات الممكنة لهم.</translation>
    </message>
    <message>
        <source>Cannot build the schedule</source>
        <translation type="unfinished">تعذّر إنشاء الجدول</translation>
    </message>
    <message>
        <source>Cannot pin the meeting</source>
        <translation type="unfinished">تعذّر تثبيت اللقاء</translation>
    </message>
    <message>
        <source>&amp;Office times</source>
        <translation type="unfinished">&amp;أوقات المكاتب</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished">التعارضات</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished">غير مُجدوَل</translation>
    </message>
</context>
<context>
    <name>majlis::ScriptTreeModel</name>
    <message>
        <source>Choose one</source>
        <translation>اختر واحدًا</translation>
    </message>
    <message>
        <source>Choose any</source>
        <translation>اختر ما ينطبق</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>نعم أو لا</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>نص حر</translation>
    </message>
    <message>
        <source>Adds the tag %1</source>
        <translation>يضيف الوسم %1</translation>
    </message>
    <message>
        <source>Records a pledge to vote</source>
        <translation>يسجّل تعهدًا بالتصويت</translation>
    </message>
    <message>
        <source>Asks for a voter-registration follow-up</source>
        <translation>يطلب متابعة لتسجيل الناخب</translation>
    </message>
    <message>
        <source>Opts the person out of every list</source>
        <translation>يُخرج الشخص من كل القوائم</translation>
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
        <translation>السؤال والأجوبة</translation>
    </message>
    <message>
        <source>Kind, or what the answer does</source>
        <translation>النوع، أو ما يفعله الجواب</translation>
    </message>
</context>
<context>
    <name>majlis::SignOnLettersPanel</name>
    <message>
        <source>New &amp;Letter…</source>
        <translation type="unfinished">رسالة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Sign-on letters</source>
        <translation type="unfinished">رسائل التوقيع المشترك</translation>
    </message>
    <message>
        <source>&amp;Ask Partners…</source>
        <translation type="unfinished">&amp;طلب توقيع الشركاء…</translation>
    </message>
    <message>
        <source>&amp;Record Answer…</source>
        <translation type="unfinished">&amp;تسجيل الرد…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">الشريك</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">الرد</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished">تاريخ الرد</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished">الموقِّع</translation>
    </message>
    <message>
        <source>No sign-on letters yet</source>
        <translation type="unfinished">لا توجد رسائل توقيع مشترك بعد</translation>
    </message>
    <message>
        <source>When a coalition circulates a letter, add it with New Letter…, ask the partners you want on it, then record who signed and who declined. Signatures go into each partner&apos;s history.</source>
        <translation type="unfinished">عندما يعمّم تحالف رسالة، أضفها عبر «رسالة جديدة…»، واطلب التوقيع من الشركاء الذين تريدهم عليها، ثم سجّل من وقّع ومن اعتذر. تُضاف التوقيعات إلى سجل كل شريك.</translation>
    </message>
    <message>
        <source>No letter selected</source>
        <translation type="unfinished">لم تُحدَّد أي رسالة</translation>
    </message>
    <message>
        <source>Choose a letter in the list to see who was asked and who answered.</source>
        <translation type="unfinished">اختر رسالة من القائمة لعرض من طُلب منهم التوقيع ومن ردّ.</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished">الموعد النهائي %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished">بلا موعد نهائي</translation>
    </message>
    <message>
        <source>The deadline, %1, has passed</source>
        <translation type="unfinished">انقضى الموعد النهائي، %1</translation>
    </message>
    <message>
        <source>Nobody asked yet: click Ask Partners… to choose who should sign.</source>
        <translation type="unfinished">لم يُطلب من أحد بعد: انقر «طلب توقيع الشركاء…» لاختيار من ينبغي أن يوقّع.</translation>
    </message>
    <message>
        <source>%1 signed, %2 declined, %3 not yet answered</source>
        <translation type="unfinished">وقّع: %1، اعتذر: %2، لم يُجب بعد: %3</translation>
    </message>
    <message>
        <source>Every partner asked has answered.</source>
        <translation type="unfinished">ردّ كل الشركاء الذين طُلب منهم التوقيع.</translation>
    </message>
    <message>
        <source>Not yet answered: %1</source>
        <translation type="unfinished">لم يُجب بعد: %1</translation>
    </message>
    <message>
        <source>Cannot add the letter</source>
        <translation type="unfinished">تعذّرت إضافة الرسالة</translation>
    </message>
    <message>
        <source>Cannot ask the partners</source>
        <translation type="unfinished">تعذّر طلب التوقيع من الشركاء</translation>
    </message>
    <message>
        <source>Cannot record the answer</source>
        <translation type="unfinished">تعذّر تسجيل الرد</translation>
    </message>
    <message>
        <source>Change the Answer</source>
        <translation type="unfinished">تغيير الرد</translation>
    </message>
    <message>
        <source>%1 already answered: %2 on %3. Record a new answer instead?</source>
        <translation type="unfinished">سبق أن ردّ %1: %2 في %3. هل تريد تسجيل رد جديد بدلًا منه؟</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished">نص الرسالة</translation>
    </message>
    <message>
        <source>Partners&apos; answers</source>
        <translation type="unfinished">ردود الشركاء</translation>
    </message>
</context>
<context>
    <name>majlis::SyncController</name>
    <message>
        <source>This computer has no keychain Majlis can use, so the sync login is kept only until Majlis closes: the password will be asked again next time.</source>
        <translation type="unfinished">لا توجد على هذا الحاسوب سلسلة مفاتيح يستطيع مجلس استخدامها، لذا لا يُحتفظ بتسجيل الدخول للمزامنة إلا حتى يُغلق مجلس: ستُطلب كلمة المرور مجددًا في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>majlis::SyncServerDialog</name>
    <message>
        <source>Sync Server</source>
        <translation type="unfinished">خادم المزامنة</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation type="unfinished">https://sync.example.org</translation>
    </message>
    <message>
        <source>How this laptop recognizes the server</source>
        <translation type="unfinished">كيف يتعرّف هذا الحاسوب المحمول على الخادم</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate &amp;authority</source>
        <translation type="unfinished">&amp;سلطة الشهادات الخاصة بالمنظمة</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="unfinished">اختيار &amp;ملف…</translation>
    </message>
    <message>
        <source>The server certificate&apos;s SHA-256 &amp;fingerprint</source>
        <translation type="unfinished">&amp;بصمة SHA-256 لشهادة الخادم</translation>
    </message>
    <message>
        <source>AB:CD:EF:… (64 hexadecimal digits)</source>
        <translation type="unfinished">AB:CD:EF:… (64 رقمًا ست عشريًا)</translation>
    </message>
    <message>
        <source>Your organization&apos;s administrator gives you one of the two.</source>
        <translation type="unfinished">يعطيك مسؤول منظمتك أحد الخيارين.</translation>
    </message>
    <message>
        <source>Majlis does not save your password: the server gives this laptop a session, which is kept in this computer&apos;s keychain.</source>
        <translation type="unfinished">لا يحفظ مجلس كلمة مرورك: يمنح الخادم هذا الحاسوب المحمول جلسة تُحفظ في سلسلة المفاتيح على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished">&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation type="unfinished">تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>Forget the session on this laptop. Changes stay here until you log in again.</source>
        <translation type="unfinished">يحذف الجلسة من هذا الحاسوب المحمول. تبقى التغييرات هنا حتى تسجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished">&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished">&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation type="unfinished">أدخل اسم المستخدم الخاص بك على الخادم.</translation>
    </message>
    <message>
        <source>Choose the file of the organization&apos;s certificate authority, or give the server certificate&apos;s fingerprint instead.</source>
        <translation type="unfinished">اختر ملف سلطة الشهادات الخاصة بالمنظمة، أو أدخل بصمة شهادة الخادم بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format (a text file starting with “-----BEGIN CERTIFICATE-----”).</source>
        <translation type="unfinished">لا يحتوي %1 على شهادة بتنسيق PEM (ملف نصي يبدأ بـ «-----BEGIN CERTIFICATE-----»).</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished">سلطة الشهادات</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished">الشهادات (*.pem *.crt *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished">لم يُختر أي ملف.</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation type="unfinished">%1، صالحة حتى %2</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished">أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>A sync is running. Log in once it is done, or cancel it in the status bar.</source>
        <translation type="unfinished">تجري مزامنة الآن. سجّل الدخول بعد انتهائها، أو ألغِها من شريط الحالة.</translation>
    </message>
    <message>
        <source>Logged out. Changes stay on this laptop until you log in again.</source>
        <translation type="unfinished">سُجّل الخروج. تبقى التغييرات على هذا الحاسوب المحمول حتى تسجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished">جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>A sync is running; logging in is possible once it is done.</source>
        <translation type="unfinished">تجري مزامنة الآن؛ يمكن تسجيل الدخول بعد انتهائها.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished">سُجّل الدخول باسم %1.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation type="unfinished">لم يُسجَّل الدخول.</translation>
    </message>
</context>
<context>
    <name>majlis::SyncStatusWidget</name>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished">تمت المزامنة للتو</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform>تمت المزامنة قبل %n دقيقة</numerusform>
            <numerusform>تمت المزامنة قبل %n دقيقة</numerusform>
            <numerusform>تمت المزامنة قبل %n دقيقتين</numerusform>
            <numerusform>تمت المزامنة قبل %n دقائق</numerusform>
            <numerusform>تمت المزامنة قبل %n دقيقة</numerusform>
            <numerusform>تمت المزامنة قبل %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform>تمت المزامنة قبل %n ساعة</numerusform>
            <numerusform>تمت المزامنة قبل %n ساعة</numerusform>
            <numerusform>تمت المزامنة قبل %n ساعتين</numerusform>
            <numerusform>تمت المزامنة قبل %n ساعات</numerusform>
            <numerusform>تمت المزامنة قبل %n ساعة</numerusform>
            <numerusform>تمت المزامنة قبل %n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation type="unfinished">تمت المزامنة في %1</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation type="unfinished">آخر مزامنة: %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished">لم تتم المزامنة بعد.</translation>
    </message>
    <message>
        <source>Sent: %1 · Received: %2 · Removed: %3 · New conflicts: %4 · Refused: %5</source>
        <translation type="unfinished">المُرسلة: %1 · المستلمة: %2 · المحذوفة: %3 · التعارضات الجديدة: %4 · المرفوضة: %5</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation type="unfinished">المزامنة: غير مُعدّة</translation>
    </message>
    <message>
        <source>This workspace is only on this laptop. Click to choose the sync server.</source>
        <translation type="unfinished">مساحة العمل هذه موجودة على هذا الحاسوب المحمول فقط. انقر لاختيار خادم المزامنة.</translation>
    </message>
    <message>
        <source>Offline — will retry</source>
        <translation type="unfinished">دون اتصال — ستُعاد المحاولة</translation>
    </message>
    <message>
        <source>Majlis tries again every few minutes. Click to try now.</source>
        <translation type="unfinished">يعيد مجلس المحاولة كل بضع دقائق. انقر للمحاولة الآن.</translation>
    </message>
    <message>
        <source>Syncing: connecting…</source>
        <translation type="unfinished">المزامنة: جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Syncing: sending…</source>
        <translation type="unfinished">المزامنة: جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Sent %1 of %2 changes.</source>
        <translation type="unfinished">التغييرات المُرسلة: %1 من %2.</translation>
    </message>
    <message>
        <source>Syncing: receiving…</source>
        <translation type="unfinished">المزامنة: جارٍ الاستلام…</translation>
    </message>
    <message>
        <source>Received %1 changes so far.</source>
        <translation type="unfinished">التغييرات المستلمة حتى الآن: %1.</translation>
    </message>
    <message>
        <source>Sync: not synced yet</source>
        <translation type="unfinished">المزامنة: لم تتم بعد</translation>
    </message>
    <message>
        <source>Majlis syncs every few minutes. Click to sync now.</source>
        <translation type="unfinished">يزامن مجلس كل بضع دقائق. انقر للمزامنة الآن.</translation>
    </message>
    <message>
        <source>Sync: log in again</source>
        <translation type="unfinished">المزامنة: سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <source>Your changes stay on this laptop until then. Click to log in.</source>
        <translation type="unfinished">تبقى تغييراتك على هذا الحاسوب المحمول حتى ذلك الحين. انقر لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished">فشلت المزامنة</translation>
    </message>
    <message>
        <source>Click to try again.</source>
        <translation type="unfinished">انقر للمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished">حالة المزامنة</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished">تقدّم المزامنة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Stop syncing. What was already sent or received is kept.</source>
        <translation type="unfinished">إيقاف المزامنة. يُحتفظ بما أُرسل أو استُلم بالفعل.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform>%n تعارض</numerusform>
            <numerusform>%n تعارض</numerusform>
            <numerusform>%n تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>Values that lost to an edit made on another laptop. Click to review them.</source>
        <translation type="unfinished">قيم خسرت أمام تعديل أُجري على حاسوب محمول آخر. انقر لمراجعتها.</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutPanel</name>
    <message>
        <source>Turnout per district</source>
        <translation type="unfinished">نسبة المشاركة لكل دائرة</translation>
    </message>
    <message>
        <source>Chase list: pledged, not voted yet</source>
        <translation type="unfinished">قائمة المتابعة: تعهّدوا ولم يصوّتوا بعد</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">الدائرة</translation>
    </message>
    <message>
        <source>Chase list</source>
        <translation type="unfinished">قائمة المتابعة</translation>
    </message>
    <message>
        <source>&amp;Mark Voted</source>
        <translation type="unfinished">&amp;تسجيل التصويت</translation>
    </message>
    <message>
        <source>Mark the selected people on the chase list as voted</source>
        <translation type="unfinished">تسجيل تصويت الأشخاص المحددين في قائمة المتابعة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">ت&amp;راجع</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation type="unfinished">التراجع عن آخر تسجيل</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished">ال&amp;دائرة:</translation>
    </message>
    <message>
        <source>Find anyone</source>
        <translation type="unfinished">البحث عن أي شخص</translation>
    </message>
    <message>
        <source>Find by name or phone</source>
        <translation type="unfinished">البحث بالاسم أو الهاتف</translation>
    </message>
    <message>
        <source>Name or phone number</source>
        <translation type="unfinished">الاسم أو رقم الهاتف</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">الأشخاص الذين عُثر عليهم</translation>
    </message>
    <message>
        <source>Mark &amp;Voted</source>
        <translation type="unfinished">تسجيل &amp;صوته</translation>
    </message>
    <message>
        <source>Mark the people found as voted</source>
        <translation type="unfinished">تسجيل تصويت الأشخاص الذين عُثر عليهم</translation>
    </message>
    <message>
        <source>Mark &amp;Not Voted</source>
        <translation type="unfinished">إلغاء &amp;التصويت</translation>
    </message>
    <message>
        <source>Take the voted mark off the people found</source>
        <translation type="unfinished">إلغاء تسجيل التصويت عن الأشخاص الذين عُثر عليهم</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished">&amp;بحث:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">إ&amp;عادة</translation>
    </message>
    <message>
        <source>Choose an election to follow its turnout.</source>
        <translation type="unfinished">اختر انتخابات لمتابعة نسبة المشاركة فيها.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>election name, then its date</comment>
        <translation type="unfinished">%1، %2</translation>
    </message>
    <message>
        <source>Nobody has pledged to vote in this election yet. Pledges come from the answers people give to campaign scripts.</source>
        <translation type="unfinished">لم يتعهّد أحد بالتصويت في هذه الانتخابات بعد. تأتي التعهدات من إجابات الناس عن أسئلة نصوص الحملات.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pledged to vote; %1 of them (%2) have voted.</source>
        <translation type="unfinished">
            <numerusform>تعهّد %Ln بالتصويت؛ صوّت منهم %1 (%2).</numerusform>
            <numerusform>تعهّد شخص واحد (%Ln) بالتصويت؛ صوّت منهم %1 (%2).</numerusform>
            <numerusform>تعهّد شخصان (%Ln) بالتصويت؛ صوّت منهما %1 (%2).</numerusform>
            <numerusform>تعهّد %Ln أشخاص بالتصويت؛ صوّت منهم %1 (%2).</numerusform>
            <numerusform>تعهّد %Ln شخصًا بالتصويت؛ صوّت منهم %1 (%2).</numerusform>
            <numerusform>تعهّد %Ln شخص بالتصويت؛ صوّت منهم %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more voted without having pledged.</source>
        <translation type="unfinished">
            <numerusform>وصوّت %Ln آخرون دون تعهّد.</numerusform>
            <numerusform>وصوّت شخص آخر (%Ln) دون تعهّد.</numerusform>
            <numerusform>وصوّت شخصان آخران (%Ln) دون تعهّد.</numerusform>
            <numerusform>وصوّت %Ln أشخاص آخرين دون تعهّد.</numerusform>
            <numerusform>وصوّت %Ln شخصًا آخر دون تعهّد.</numerusform>
            <numerusform>وصوّت %Ln شخص آخر دون تعهّد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every district</source>
        <translation type="unfinished">كل الدوائر</translation>
    </message>
    <message>
        <source>Nobody to chase: nobody has pledged yet.</source>
        <translation type="unfinished">لا أحد للمتابعة: لم يتعهّد أحد بعد.</translation>
    </message>
    <message>
        <source>Nobody left to chase: everyone who pledged has voted.</source>
        <translation type="unfinished">لم يبقَ أحد للمتابعة: صوّت كل من تعهّد.</translation>
    </message>
    <message>
        <source>Type a name or phone number to find anyone, pledged or not, and mark them voted.</source>
        <translation type="unfinished">اكتب اسمًا أو رقم هاتف للعثور على أي شخص، متعهّدًا كان أو لا، وتسجيل تصويته.</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation type="unfinished">لا أحد يطابق «%1».</translation>
    </message>
    <message>
        <source>Already marked voted.</source>
        <translation type="unfinished">مسجَّل تصويته من قبل.</translation>
    </message>
    <message>
        <source>Not marked voted.</source>
        <translation type="unfinished">غير مسجَّل تصويته.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %Ln people voted.</source>
        <translation type="unfinished">
            <numerusform>سُجّل تصويت %Ln شخص.</numerusform>
            <numerusform>سُجّل تصويت شخص واحد (%Ln).</numerusform>
            <numerusform>سُجّل تصويت شخصين (%Ln).</numerusform>
            <numerusform>سُجّل تصويت %Ln أشخاص.</numerusform>
            <numerusform>سُجّل تصويت %Ln شخصًا.</numerusform>
            <numerusform>سُجّل تصويت %Ln شخص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the voted mark off %Ln people.</source>
        <translation type="unfinished">
            <numerusform>أُلغي تسجيل تصويت %Ln شخص.</numerusform>
            <numerusform>أُلغي تسجيل تصويت شخص واحد (%Ln).</numerusform>
            <numerusform>أُلغي تسجيل تصويت شخصين (%Ln).</numerusform>
            <numerusform>أُلغي تسجيل تصويت %Ln أشخاص.</numerusform>
            <numerusform>أُلغي تسجيل تصويت %Ln شخصًا.</numerusform>
            <numerusform>أُلغي تسجيل تصويت %Ln شخص.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo with %1.</source>
        <translation type="unfinished">للتراجع: %1.</translation>
    </message>
    <message>
        <source>Cannot mark the vote</source>
        <translation type="unfinished">تعذّر تسجيل التصويت</translation>
    </message>
</context>
<context>
    <name>majlis::TurnoutRowModel</name>
    <message>
        <source>Unknown district</source>
        <translation type="unfinished">دائرة غير معروفة</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished">تعهّدوا بالتصويت</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished">صوّت</translation>
    </message>
    <message>
        <source>Marked voted at %1</source>
        <translation type="unfinished">سُجّل التصويت في %1</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">الدائرة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
</context>
<context>
    <name>majlis::VolunteerModel</name>
    <message>
        <source>Volunteer (sync user name)</source>
        <translation>المتطوع (اسم مستخدم المزامنة)</translation>
    </message>
    <message>
        <source>Languages they call in</source>
        <translation>لغات الاتصال</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>للاتصال</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">منجزة</translation>
    </message>
</context>
<context>
    <name>majlis::WalkListPanel</name>
    <message>
        <source>Walk list of</source>
        <translation type="unfinished">قائمة جولة</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;طباعة…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished">حفظ &amp;ملف PDF…</translation>
    </message>
    <message>
        <source>Walk list preview</source>
        <translation type="unfinished">معاينة قائمة الجولة</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished">القائمة كاملة</translation>
    </message>
    <message>
        <source>Every volunteer&apos;s share (each on its own pages)</source>
        <translation type="unfinished">حصة كل متطوع (كلٌّ في صفحاته)</translation>
    </message>
    <message>
        <source>Choose a door-knocking campaign to print its walk lists.</source>
        <translation type="unfinished">اختر حملة طرق أبواب لطباعة قوائم جولاتها.</translation>
    </message>
    <message>
        <source>Print Walk Lists</source>
        <translation type="unfinished">طباعة قوائم الجولات</translation>
    </message>
    <message>
        <source>Save Walk Lists as PDF</source>
        <translation type="unfinished">حفظ قوائم الجولات بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished">تعذّر حفظ ملف PDF</translation>
    </message>
</context>
<context>
    <name>majlis::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation type="unfinished">إعدادات مساحة العمل</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s country</source>
        <translation type="unfinished">غير مضبوط: بلد هذا الحاسوب</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation type="unfinished">بلد أرقام الهاتف</translation>
    </message>
    <message>
        <source>Time zone of events</source>
        <translation type="unfinished">المنطقة الزمنية للفعاليات</translation>
    </message>
    <message>
        <source>Not set: this computer&apos;s time zone</source>
        <translation type="unfinished">غير مضبوط: المنطقة الزمنية لهذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation type="unfinished">&amp;بلد أرقام الهاتف:</translation>
    </message>
    <message>
        <source>&amp;Time zone of events:</source>
        <translation type="unfinished">المنطقة ال&amp;زمنية للفعاليات:</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished">الفروع</translation>
    </message>
    <message>
        <source>C&amp;hapters</source>
        <translation type="unfinished">ال&amp;فروع</translation>
    </message>
    <message>
        <source>A chapter&apos;s own country and time zone come before the workspace&apos;s for its contacts and events. Double-click a cell to change it; an empty one follows the workspace.</source>
        <translation type="unfinished">بلد الفرع ومنطقته الزمنية يتقدّمان على إعدادات مساحة العمل لجهات اتصاله وفعالياته. انقر نقرًا مزدوجًا على خلية لتغييرها؛ الخلية الفارغة تتبع مساحة العمل.</translation>
    </message>
    <message>
        <source>The chapters could not be read: %1</source>
        <translation type="unfinished">تعذّرت قراءة الفروع: %1</translation>
    </message>
    <message>
        <source>Numbers typed without + are read as numbers of %1, unless the contact or its chapter names another country.</source>
        <translation type="unfinished">تُقرأ الأرقام المكتوبة دون + على أنها أرقام من %1، ما لم تذكر جهة الاتصال أو فرعها بلدًا آخر.</translation>
    </message>
    <message>
        <source>In effect: %1, from this computer&apos;s language and region settings.</source>
        <translation type="unfinished">المعمول به: %1، من إعدادات اللغة والمنطقة في هذا الحاسوب.</translation>
    </message>
    <message>
        <source>None in effect: this computer&apos;s settings name no country, so numbers typed without + and without a country are kept as typed. Choose one.</source>
        <translation type="unfinished">لا بلد معمول به: إعدادات هذا الحاسوب لا تذكر بلدًا، لذا تُحفظ الأرقام المكتوبة دون + ودون بلد كما كُتبت. اختر بلدًا.</translation>
    </message>
    <message>
        <source>%1 is not a time zone this computer knows; choose one from the list.</source>
        <translation type="unfinished">%1 ليست منطقة زمنية يعرفها هذا الحاسوب؛ اختر واحدة من القائمة.</translation>
    </message>
    <message>
        <source>In effect: %1, this computer&apos;s time zone.</source>
        <translation type="unfinished">المعمول به: %1، المنطقة الزمنية لهذا الحاسوب.</translation>
    </message>
    <message>
        <source>Events without a zone of their own or of their chapter are at %1.</source>
        <translation type="unfinished">الفعاليات التي ليس لها منطقة زمنية خاصة بها أو بفرعها تكون بتوقيت %1.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished">لم يتغيّر شيء. %1</translation>
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
        <source>&quot;chapters add&quot; needs the chapter&apos;s name.</source>
        <translation type="unfinished">يحتاج &quot;chapters add&quot; إلى اسم الفرع.</translation>
    </message>
    <message>
        <source>Added chapter %1.</source>
        <translation type="unfinished">أُضيف الفرع %1.</translation>
    </message>
    <message>
        <source>No chapters yet. Add one with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">لا توجد فروع بعد. أضف واحدًا باستخدام &quot;majlis-cli chapters add NAME&quot;.</translation>
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
        <translation type="unfinished">موافقة غير معروفة &quot;%1&quot;؛ استخدم email أو sms أو phone أو photo.</translation>
    </message>
    <message>
        <source>%1 Add it first with &quot;majlis-cli chapters add NAME&quot;.</source>
        <translation type="unfinished">%1 أضفه أولًا باستخدام &quot;majlis-cli chapters add NAME&quot;.</translation>
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
        <source>Added %1.</source>
        <translation type="unfinished">أُضيف %1.</translation>
    </message>
    <message>
        <source>&quot;contacts search&quot; needs something to search for.</source>
        <translation type="unfinished">يحتاج &quot;contacts search&quot; إلى نص للبحث عنه.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished">يأخذ --limit رقمًا موجبًا.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; needs a contact id.</source>
        <translation type="unfinished">يحتاج &quot;contacts %1&quot; إلى معرّف جهة اتصال.</translation>
    </message>
    <message>
        <source>&quot;contacts %1&quot; takes one contact id.</source>
        <translation type="unfinished">يأخذ &quot;contacts %1&quot; معرّف جهة اتصال واحدًا.</translation>
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
    <message>
        <source>--date takes a date like 2027-03-04.</source>
        <translation type="unfinished">يأخذ --date تاريخًا مثل 2027-03-04.</translation>
    </message>
    <message>
        <source>--%1 takes a time like 09:00.</source>
        <translation type="unfinished">يأخذ --%1 وقتًا مثل 09:00.</translation>
    </message>
    <message>
        <source>--slot and --team-size take whole numbers.</source>
        <translation type="unfinished">يأخذ كل من --slot و --team-size عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Created advocacy day %1 (%2).</source>
        <translation type="unfinished">أُنشئ يوم المناصرة %1 (%2).</translation>
    </message>
    <message>
        <source>No advocacy days yet. Create one with &quot;majlis-cli day create TITLE --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">لا توجد أيام مناصرة بعد. أنشئ واحدًا باستخدام &quot;majlis-cli day create TITLE --date YYYY-MM-DD&quot;.</translation>
    </message>
    <message>
        <source>--role is one of constituent, team_lead, note_taker, first_timer.</source>
        <translation type="unfinished">قيمة --role واحدة من: constituent أو team_lead أو note_taker أو first_timer.</translation>
    </message>
    <message>
        <source>Name the contacts to register, by id or with --tag.</source>
        <translation type="unfinished">حدّد جهات الاتصال المراد تسجيلها، بالمعرّف أو باستخدام --tag.</translation>
    </message>
    <message numerus="yes">
        <source>Registered %n new attendee(s) for %1.</source>
        <translation type="unfinished">
            <numerusform>سُجّل %n مشارك جديد في %1.</numerusform>
            <numerusform>سُجّل %n مشارك جديد في %1.</numerusform>
            <numerusform>سُجّل %n مشاركان جديدان في %1.</numerusform>
            <numerusform>سُجّل %n مشاركين جدد في %1.</numerusform>
            <numerusform>سُجّل %n مشاركًا جديدًا في %1.</numerusform>
            <numerusform>سُجّل %n مشارك جديد في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered yet. Use &quot;majlis-cli day attendees add DAY CONTACT...&quot;.</source>
        <translation type="unfinished">لم يُسجَّل أحد بعد. استخدم &quot;majlis-cli day attendees add DAY CONTACT...&quot;.</translation>
    </message>
    <message>
        <source>Scheduled %1 meetings; %2 of %3 constituents have all their meetings.</source>
        <translation type="unfinished">جُدول %1 من اللقاءات؛ وحصل %2 من أصل %3 من الناخبين على كل لقاءاتهم.</translation>
    </message>
    <message>
        <source>Not scheduled:</source>
        <translation type="unfinished">غير مجدولة:</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished">تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation type="unfinished">
            <numerusform>تمت كتابة %n ملف.</numerusform>
            <numerusform>تمت كتابة %n ملف.</numerusform>
            <numerusform>تمت كتابة %n ملفين.</numerusform>
            <numerusform>تمت كتابة %n ملفات.</numerusform>
            <numerusform>تمت كتابة %n ملفًا.</numerusform>
            <numerusform>تمت كتابة %n ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;day attendees&quot; needs add or list.</source>
        <translation type="unfinished">يحتاج &quot;day attendees&quot; إلى add أو list.</translation>
    </message>
    <message>
        <source>The day&apos;s date, such as 2027-03-04.</source>
        <translation type="unfinished">تاريخ يوم المناصرة، مثل 2027-03-04.</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished">التاريخ</translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished">المدينة</translation>
    </message>
    <message>
        <source>The day&apos;s theme.</source>
        <translation type="unfinished">موضوع يوم المناصرة.</translation>
    </message>
    <message>
        <source>First meeting time (default 09:00).</source>
        <translation type="unfinished">وقت أول لقاء (الافتراضي 09:00).</translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished">الوقت</translation>
    </message>
    <message>
        <source>End of the last meeting (default 17:00).</source>
        <translation type="unfinished">نهاية آخر لقاء (الافتراضي 17:00).</translation>
    </message>
    <message>
        <source>Minutes per meeting (default 30).</source>
        <translation type="unfinished">عدد الدقائق لكل لقاء (الافتراضي 30).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished">الدقائق</translation>
    </message>
    <message>
        <source>Most people in one team (default 8).</source>
        <translation type="unfinished">أقصى عدد من الأشخاص في الفريق الواحد (الافتراضي 8).</translation>
    </message>
    <message>
        <source>An ask, as &quot;BILL: title&quot;; repeat for more.</source>
        <translation type="unfinished">مطلب، بصيغة &quot;BILL: title&quot;؛ كرّره لمطالب أخرى.</translation>
    </message>
    <message>
        <source>ask</source>
        <translation type="unfinished">المطلب</translation>
    </message>
    <message>
        <source>constituent (default), team_lead, note_taker or first_timer.</source>
        <translation type="unfinished">constituent (الافتراضي) أو team_lead أو note_taker أو first_timer.</translation>
    </message>
    <message>
        <source>Register every contact with this tag.</source>
        <translation type="unfinished">سجّل كل جهة اتصال تحمل هذا الوسم.</translation>
    </message>
    <message>
        <source>Write the day as an iCalendar file.</source>
        <translation type="unfinished">اكتب يوم المناصرة في ملف iCalendar.</translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished">الملف</translation>
    </message>
    <message>
        <source>Write the itineraries as a PDF, one per page.</source>
        <translation type="unfinished">اكتب برامج الزيارات في ملف PDF، برنامجًا في كل صفحة.</translation>
    </message>
    <message>
        <source>Write the schedule as CSV.</source>
        <translation type="unfinished">اكتب الجدول بصيغة CSV.</translation>
    </message>
    <message>
        <source>With --ics: one file per attendee, in the folder given.</source>
        <translation type="unfinished">مع --ics: ملف لكل مشارك، في المجلد المحدد.</translation>
    </message>
    <message>
        <source>unknown command &quot;day %1&quot;; use create, list, attendees add, attendees list, schedule or export.</source>
        <translation type="unfinished">أمر غير معروف &quot;day %1&quot;؛ استخدم create أو list أو attendees add أو attendees list أو schedule أو export.</translation>
    </message>
    <message>
        <source>&quot;day create&quot; needs the day&apos;s title.</source>
        <translation type="unfinished">يحتاج &quot;day create&quot; إلى عنوان يوم المناصرة.</translation>
    </message>
    <message>
        <source>Name the advocacy day, by the id &quot;day list&quot; shows or by its title.</source>
        <translation type="unfinished">حدّد يوم المناصرة بالمعرّف الذي يعرضه &quot;day list&quot; أو بعنوانه.</translation>
    </message>
    <message>
        <source>Imported %1 members of Congress: %2 new, %3 updated, %4 unchanged, %5 no longer in office.</source>
        <translation type="unfinished">استُورد %1 من أعضاء الكونغرس: جدد: %2، محدَّثون: %3، دون تغيير: %4، لم يعودوا في مناصبهم: %5.</translation>
    </message>
    <message>
        <source>Only this state, such as WA.</source>
        <translation type="unfinished">هذه الولاية فقط، مثل WA.</translation>
    </message>
    <message>
        <source>unknown command &quot;legislators %1&quot;; use import or list.</source>
        <translation type="unfinished">أمر غير معروف &quot;legislators %1&quot;؛ استخدم import أو list.</translation>
    </message>
    <message>
        <source>This walk-in may already be a contact: %1. Check in that contact by id instead.</source>
        <translation type="unfinished">قد يكون هذا الحاضر دون تسجيل مسبق جهة اتصال موجودة: %1. سجّل حضور جهة الاتصال تلك بمعرّفها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Added and checked in %1.</source>
        <translation type="unfinished">أُضيف %1 وسُجّل حضوره.</translation>
    </message>
    <message>
        <source>Name the contacts to check in by id, or add a walk-in with --walk-in --given NAME.</source>
        <translation type="unfinished">حدّد جهات الاتصال المراد تسجيل حضورها بالمعرّف، أو أضف حاضرًا دون تسجيل مسبق باستخدام --walk-in --given NAME.</translation>
    </message>
    <message>
        <source>%1 checked in at %2.</source>
        <translation type="unfinished">سُجّل حضور %1 في %2.</translation>
    </message>
    <message>
        <source>When it starts, such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">وقت بدء الفعالية، مثل &quot;2027-05-01 18:30&quot;.</translation>
    </message>
    <message>
        <source>When it ends.</source>
        <translation type="unfinished">وقت انتهاء الفعالية.</translation>
    </message>
    <message>
        <source>voter_registration, interfaith, town_hall, training, cultural, community or other.</source>
        <translation type="unfinished">voter_registration أو interfaith أو town_hall أو training أو cultural أو community أو other.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation type="unfinished">مكان الفعالية.</translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished">المكان</translation>
    </message>
    <message>
        <source>How many people fit (0: no limit).</source>
        <translation type="unfinished">عدد الأشخاص الذين يتسع لهم المكان (0: بلا حد).</translation>
    </message>
    <message>
        <source>The chapter running it.</source>
        <translation type="unfinished">الفرع المنظِّم للفعالية.</translation>
    </message>
    <message>
        <source>Add a new contact at the door and check them in.</source>
        <translation type="unfinished">أضف جهة اتصال جديدة عند الباب وسجّل حضورها.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s given name.</source>
        <translation type="unfinished">الاسم الأول للحاضر دون تسجيل مسبق.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s family name.</source>
        <translation type="unfinished">اسم العائلة للحاضر دون تسجيل مسبق.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s email.</source>
        <translation type="unfinished">البريد الإلكتروني للحاضر دون تسجيل مسبق.</translation>
    </message>
    <message>
        <source>The walk-in&apos;s phone.</source>
        <translation type="unfinished">رقم هاتف الحاضر دون تسجيل مسبق.</translation>
    </message>
    <message>
        <source>Write attendance as CSV to this file (- for the screen).</source>
        <translation type="unfinished">اكتب قائمة الحضور بصيغة CSV في هذا الملف (- للعرض على الشاشة).</translation>
    </message>
    <message>
        <source>--start takes a time such as &quot;2027-05-01 18:30&quot;.</source>
        <translation type="unfinished">يأخذ --start وقتًا مثل &quot;2027-05-01 18:30&quot;.</translation>
    </message>
    <message>
        <source>--end takes a time such as &quot;2027-05-01 21:00&quot;.</source>
        <translation type="unfinished">يأخذ --end وقتًا مثل &quot;2027-05-01 21:00&quot;.</translation>
    </message>
    <message>
        <source>--kind is one of voter_registration, interfaith, town_hall, training, cultural, community, other.</source>
        <translation type="unfinished">قيمة --kind واحدة من: voter_registration أو interfaith أو town_hall أو training أو cultural أو community أو other.</translation>
    </message>
    <message>
        <source>Created event %1 (%2).</source>
        <translation type="unfinished">أُنشئت الفعالية %1 (%2).</translation>
    </message>
    <message>
        <source>No events yet. Create one with &quot;majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;&quot;.</source>
        <translation type="unfinished">لا توجد فعاليات بعد. أنشئ واحدة باستخدام &quot;majlis-cli events create TITLE --start \&quot;2027-05-01 18:30\&quot;&quot;.</translation>
    </message>
    <message>
        <source>Name the event, by the id &quot;events list&quot; shows or by its title.</source>
        <translation type="unfinished">حدّد الفعالية بالمعرّف الذي يعرضه &quot;events list&quot; أو بعنوانها.</translation>
    </message>
    <message>
        <source>Wrote the attendance of %1 to %2.</source>
        <translation type="unfinished">كُتبت قائمة حضور %1 في %2.</translation>
    </message>
    <message>
        <source>People:</source>
        <translation type="unfinished">الأشخاص:</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation type="unfinished"> (حتى %1)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished">السجل:</translation>
    </message>
    <message>
        <source>mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media or other.</source>
        <translation type="unfinished">mosque أو interfaith أو civil_rights أو immigrant_rights أو labor أو student أو faith_other أو government أو media أو other.</translation>
    </message>
    <message>
        <source>An issue area; repeat for several.</source>
        <translation type="unfinished">مجال قضايا؛ كرّره لعدة مجالات.</translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished">المجال</translation>
    </message>
    <message>
        <source>prospect, active or dormant.</source>
        <translation type="unfinished">prospect أو active أو dormant.</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished">المدينة.</translation>
    </message>
    <message>
        <source>State or region.</source>
        <translation type="unfinished">الولاية أو المنطقة.</translation>
    </message>
    <message>
        <source>Web address.</source>
        <translation type="unfinished">عنوان الموقع الإلكتروني.</translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished">الرابط</translation>
    </message>
    <message>
        <source>The chapter that keeps the relationship.</source>
        <translation type="unfinished">الفرع المسؤول عن العلاقة.</translation>
    </message>
    <message>
        <source>Only partners whose name, city or notes contain this.</source>
        <translation type="unfinished">الشركاء الذين يحتوي اسمهم أو مدينتهم أو ملاحظاتهم على هذا النص فقط.</translation>
    </message>
    <message>
        <source>unknown command &quot;partners %1&quot;; use add, list or show.</source>
        <translation type="unfinished">أمر غير معروف &quot;partners %1&quot;؛ استخدم add أو list أو show.</translation>
    </message>
    <message>
        <source>--kind is one of mosque, interfaith, civil_rights, immigrant_rights, labor, student, faith_other, government, media, other.</source>
        <translation type="unfinished">قيمة --kind واحدة من: mosque أو interfaith أو civil_rights أو immigrant_rights أو labor أو student أو faith_other أو government أو media أو other.</translation>
    </message>
    <message>
        <source>--status is one of prospect, active, dormant.</source>
        <translation type="unfinished">قيمة --status واحدة من: prospect أو active أو dormant.</translation>
    </message>
    <message>
        <source>&quot;partners show&quot; needs the partner&apos;s name or id.</source>
        <translation type="unfinished">يحتاج &quot;partners show&quot; إلى اسم الشريك أو معرّفه.</translation>
    </message>
    <message>
        <source>&quot;partners add&quot; needs the partner&apos;s name.</source>
        <translation type="unfinished">يحتاج &quot;partners add&quot; إلى اسم الشريك.</translation>
    </message>
    <message>
        <source>Added partner %1 (%2).</source>
        <translation type="unfinished">أُضيف الشريك %1 (%2).</translation>
    </message>
    <message>
        <source>No partners match. Add one with &quot;majlis-cli partners add NAME --kind interfaith&quot;.</source>
        <translation type="unfinished">لا يوجد شركاء مطابقون. أضف واحدًا باستخدام &quot;majlis-cli partners add NAME --kind interfaith&quot;.</translation>
    </message>
    <message>
        <source>&quot;events calendar&quot; needs the .ics file to write.</source>
        <translation type="unfinished">يحتاج &quot;events calendar&quot; إلى ملف .ics المراد كتابته.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>تمت كتابة %n فعالية في %1.</numerusform>
            <numerusform>تمت كتابة %n فعالية في %1.</numerusform>
            <numerusform>تمت كتابة %n فعاليتين في %1.</numerusform>
            <numerusform>تمت كتابة %n فعاليات في %1.</numerusform>
            <numerusform>تمت كتابة %n فعالية في %1.</numerusform>
            <numerusform>تمت كتابة %n فعالية في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished">تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD with a column of the file&apos;s header and a field such as email; &quot;%1&quot; is neither.</source>
        <translation type="unfinished">يأخذ --map القيمة COLUMN=FIELD، حيث COLUMN عمود من سطر عناوين الملف وFIELD حقل مثل email؛ و&quot;%1&quot; ليس كذلك.</translation>
    </message>
    <message>
        <source>--duplicates is one of merge, skip, create.</source>
        <translation type="unfinished">قيمة --duplicates واحدة من: merge أو skip أو create.</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished">استيراد من %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read; %4 to create, %5 to merge, %6 to skip, %7 problems.</source>
        <translation type="unfinished">%1 (%2): قُرئ %3 من الصفوف؛ للإنشاء: %4، للدمج: %5، للتخطّي: %6، المشكلات: %7.</translation>
    </message>
    <message>
        <source>  line %1, %2: %3</source>
        <translation type="unfinished">  السطر %1، %2: %3</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 merged, %3 skipped.</source>
        <translation type="unfinished">اكتمل الاستيراد: مُنشأة: %1، مدموجة: %2، متخطّاة: %3.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished">تجربة دون كتابة: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Show what would be created, merged and skipped, and write nothing.</source>
        <translation type="unfinished">اعرض ما سيُنشأ وما سيُدمج وما سيُتخطّى، دون كتابة أي شيء.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD; repeatable. Fields: %1.</source>
        <translation type="unfinished">COLUMN=FIELD؛ يمكن تكراره. الحقول: %1.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished">الربط</translation>
    </message>
    <message>
        <source>What to do with rows that match a contact: merge (default), skip or create.</source>
        <translation type="unfinished">ما يُفعل بالصفوف المطابقة لجهة اتصال: merge (الافتراضي) أو skip أو create.</translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished">الإجراء</translation>
    </message>
    <message>
        <source>Put every imported contact in this chapter.</source>
        <translation type="unfinished">ضع كل جهة اتصال مستوردة في هذا الفرع.</translation>
    </message>
    <message>
        <source>Write the problems found, row by row, to this CSV file.</source>
        <translation type="unfinished">اكتب المشكلات التي عُثر عليها، صفًا بصف، في ملف CSV هذا.</translation>
    </message>
    <message>
        <source>&quot;import %1&quot; needs the file to import.</source>
        <translation type="unfinished">يحتاج &quot;import %1&quot; إلى الملف المراد استيراده.</translation>
    </message>
    <message>
        <source>Imported the archive %1.</source>
        <translation type="unfinished">استُورد الأرشيف %1.</translation>
    </message>
    <message>
        <source>Only contacts matching this search.</source>
        <translation type="unfinished">جهات الاتصال المطابقة لهذا البحث فقط.</translation>
    </message>
    <message>
        <source>&quot;export %1&quot; needs the file to write.</source>
        <translation type="unfinished">يحتاج &quot;export %1&quot; إلى الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>Wrote the workspace archive %1.</source>
        <translation type="unfinished">كُتب أرشيف مساحة العمل %1.</translation>
    </message>
    <message>
        <source>No contacts match; nothing was written.</source>
        <translation type="unfinished">لا توجد جهات اتصال مطابقة؛ لم يُكتب شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>تم تصدير %n جهة اتصال إلى %1.</numerusform>
            <numerusform>تم تصدير %n جهة اتصال إلى %1.</numerusform>
            <numerusform>تم تصدير %n جهتي اتصال إلى %1.</numerusform>
            <numerusform>تم تصدير %n جهات اتصال إلى %1.</numerusform>
            <numerusform>تم تصدير %n جهة اتصال إلى %1.</numerusform>
            <numerusform>تم تصدير %n جهة اتصال إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 cards; %3 to create, %4 to merge, %5 to skip, %6 problems.</source>
        <translation type="unfinished">%1: %2 بطاقة؛ %3 للإنشاء، %4 للدمج، %5 للتخطي، %6 مشكلة.</translation>
    </message>
    <message>
        <source>unknown command &quot;import %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">أمر غير معروف &quot;import %1&quot;؛ استخدم csv أو vcard أو archive.</translation>
    </message>
    <message>
        <source>vCard version: 4.0 (default), 3.0 or 2.1.</source>
        <translation type="unfinished">إصدار vCard: ‏4.0 (الافتراضي) أو 3.0 أو 2.1.</translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished">الإصدار</translation>
    </message>
    <message>
        <source>unknown command &quot;export %1&quot;; use csv, vcard or archive.</source>
        <translation type="unfinished">أمر غير معروف &quot;export %1&quot;؛ استخدم csv أو vcard أو archive.</translation>
    </message>
    <message>
        <source>--version is one of 4.0, 3.0, 2.1.</source>
        <translation type="unfinished">يأخذ --version إحدى القيم 4.0 أو 3.0 أو 2.1.</translation>
    </message>
    <message>
        <source>Server address, such as https://sync.example.org.</source>
        <translation type="unfinished">عنوان الخادم، مثل https://sync.example.org.</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation type="unfinished">اسم المستخدم على الخادم.</translation>
    </message>
    <message>
        <source>The organization&apos;s certificate authority (PEM file).</source>
        <translation type="unfinished">سلطة الشهادات الخاصة بالمنظمة (ملف PEM).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate.</source>
        <translation type="unfinished">بصمة SHA-256 لشهادة الخادم.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished">اقرأ كلمة المرور من الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished">تعذّرت قراءة %1.</translation>
    </message>
    <message>
        <source>Give --server and --user the first time.</source>
        <translation type="unfinished">حدّد --server و--user في المرة الأولى.</translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation type="unfinished">أدخل كلمة المرور عبر الإدخال القياسي باستخدام --password-stdin.</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 received, %3 removed, %4 conflict(s), %5 refused.</source>
        <translation type="unfinished">اكتملت المزامنة: التغييرات المُرسلة: %1، المستلمة: %2، المحذوفة: %3، التعارضات: %4، المرفوضة: %5.</translation>
    </message>
    <message>
        <source>&quot;contacts export-data&quot; takes a contact id and the file to write.</source>
        <translation type="unfinished">يأخذ &quot;contacts export-data&quot; معرّف جهة اتصال والملف المراد كتابته.</translation>
    </message>
    <message>
        <source>Wrote everything this workspace holds about the contact to %1.</source>
        <translation type="unfinished">كُتب كل ما تحفظه مساحة العمل هذه عن جهة الاتصال في %1.</translation>
    </message>
    <message>
        <source>Confirm that the erasure cannot be undone.</source>
        <translation type="unfinished">أكّد أن المحو لا يمكن التراجع عنه.</translation>
    </message>
    <message>
        <source>&quot;contacts erase&quot; takes one contact id.</source>
        <translation type="unfinished">يأخذ &quot;contacts erase&quot; معرّف جهة اتصال واحدة.</translation>
    </message>
    <message>
        <source>Erasing a person removes everything held about them, here and at the next sync on every laptop, and cannot be undone. Export it first with &quot;contacts export-data&quot; if they asked for a copy, then run the command again with --yes.</source>
        <translation type="unfinished">محو شخص يزيل كل ما يُحفظ عنه، هنا وعلى كل حاسوب محمول عند المزامنة التالية، ولا يمكن التراجع عنه. إذا طلب نسخة فصدّرها أولًا باستخدام &quot;contacts export-data&quot;، ثم شغّل الأمر مرة أخرى مع --yes.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the contact and %n row(s) about them. The erasure reaches other laptops at their next sync.</source>
        <translation type="unfinished">
            <numerusform>تم محو جهة الاتصال و%n من السجلات عنها. يصل المحو إلى الحواسيب الأخرى عند مزامنتها التالية.</numerusform>
            <numerusform>تم محو جهة الاتصال و%n من السجلات عنها. يصل المحو إلى الحواسيب الأخرى عند مزامنتها التالية.</numerusform>
            <numerusform>تم محو جهة الاتصال و%n من السجلات عنها. يصل المحو إلى الحواسيب الأخرى عند مزامنتها التالية.</numerusform>
            <numerusform>تم محو جهة الاتصال و%n من السجلات عنها. يصل المحو إلى الحواسيب الأخرى عند مزامنتها التالية.</numerusform>
            <numerusform>تم محو جهة الاتصال و%n من السجلات عنها. يصل المحو إلى الحواسيب الأخرى عند مزامنتها التالية.</numerusform>
            <numerusform>تم محو جهة الاتصال و%n من السجلات عنها. يصل المحو إلى الحواسيب الأخرى عند مزامنتها التالية.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;contacts %1&quot;; use add, list, search, show, edit, delete, merge, export-data or erase.</source>
        <translation type="unfinished">أمر غير معروف &quot;contacts %1&quot;؛ استخدم add أو list أو search أو show أو edit أو delete أو merge أو export-data أو erase.</translation>
    </message>
    <message>
        <source>&quot;contacts merge&quot; takes the id of the contact to keep and of the one to merge into it.</source>
        <translation type="unfinished">يأخذ &quot;contacts merge&quot; معرّف جهة الاتصال التي تبقى ومعرّف التي تُدمج فيها.</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation type="unfinished">دُمج في %1.</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation type="unfinished">عنوان الشارع.</translation>
    </message>
    <message>
        <source>City or town.</source>
        <translation type="unfinished">المدينة أو البلدة.</translation>
    </message>
    <message>
        <source>State, province or region of the address.</source>
        <translation type="unfinished">الولاية أو المقاطعة أو المنطقة في العنوان.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation type="unfinished">الرمز البريدي.</translation>
    </message>
    <message>
        <source>Country, two letters such as DE or GB; phone numbers without + are read as numbers of this country.</source>
        <translation type="unfinished">البلد، حرفان مثل DE أو GB؛ تُقرأ أرقام الهاتف التي لا تبدأ بـ + على أنها أرقام من هذا البلد.</translation>
    </message>
    <message>
        <source>--country takes a two-letter country code such as DE, GB, FR, CA or TR.</source>
        <translation type="unfinished">يأخذ --country رمز بلد من حرفين، مثل DE أو GB أو FR أو CA أو TR.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a value and its label, such as an email and home</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>  given name: %1</source>
        <translation type="unfinished">  الاسم الأول: %1</translation>
    </message>
    <message>
        <source>  family name: %1</source>
        <translation type="unfinished">  اسم العائلة: %1</translation>
    </message>
    <message>
        <source>  preferred name: %1</source>
        <translation type="unfinished">  الاسم المفضّل: %1</translation>
    </message>
    <message>
        <source>  address: %1</source>
        <translation type="unfinished">  العنوان: %1</translation>
    </message>
    <message>
        <source>  organization: %1</source>
        <translation type="unfinished">  المنظمة: %1</translation>
    </message>
    <message>
        <source>  role: %1</source>
        <translation type="unfinished">  الدور: %1</translation>
    </message>
    <message>
        <source>  languages: %1</source>
        <translation type="unfinished">  اللغات: %1</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation type="unfinished">مُنحت في %1</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation type="unfinished">رُفضت في %1</translation>
    </message>
    <message>
        <source>  consent to %1: %2</source>
        <translation type="unfinished">  الموافقة على %1: %2</translation>
    </message>
    <message>
        <source>  skills: %1</source>
        <translation type="unfinished">  المهارات: %1</translation>
    </message>
    <message>
        <source>  interests: %1</source>
        <translation type="unfinished">  الاهتمامات: %1</translation>
    </message>
    <message>
        <source>  birthday: %1</source>
        <translation type="unfinished">  تاريخ الميلاد: %1</translation>
    </message>
    <message>
        <source>  notes: %1</source>
        <translation type="unfinished">  الملاحظات: %1</translation>
    </message>
    <message>
        <source>No workspace country: numbers without + and without a country are kept as typed.</source>
        <translation type="unfinished">لا يوجد بلد لمساحة العمل: تُحفظ الأرقام التي لا تبدأ بـ + والتي ليس لها بلد كما كُتبت.</translation>
    </message>
    <message>
        <source>Workspace country: %1</source>
        <translation type="unfinished">بلد مساحة العمل: %1</translation>
    </message>
    <message>
        <source>Choose one of --ics, --pdf, --html or --csv, with the file to write.</source>
        <translation type="unfinished">اختر أحد الخيارات --ics أو --pdf أو --html أو --csv، مع الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>With --pdf or --html: one page per team instead of per attendee.</source>
        <translation type="unfinished">مع --pdf أو --html: صفحة لكل فريق بدلًا من صفحة لكل مشارك.</translation>
    </message>
    <message>
        <source>Write the itineraries as a web page, to send or open in a browser.</source>
        <translation type="unfinished">اكتب برامج الزيارات كصفحة ويب لإرسالها أو فتحها في متصفح.</translation>
    </message>
    <message>
        <source>&quot;chapters time-zone&quot; takes one zone, such as Europe/London.</source>
        <translation type="unfinished">يأخذ &quot;chapters time-zone&quot; منطقة زمنية واحدة، مثل Europe/London.</translation>
    </message>
    <message>
        <source>Workspace time zone: %1</source>
        <translation type="unfinished">المنطقة الزمنية لمساحة العمل: %1</translation>
    </message>
    <message>
        <source>Time zone of %1: %2</source>
        <translation type="unfinished">المنطقة الزمنية لـ %1: %2</translation>
    </message>
    <message>
        <source>The IANA time zone of the chapter&apos;s events, such as Europe/London.</source>
        <translation type="unfinished">المنطقة الزمنية (IANA) لفعاليات الفرع، مثل Europe/London.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished">المنطقة</translation>
    </message>
    <message>
        <source>The chapter to show or set.</source>
        <translation type="unfinished">الفرع المراد عرضه أو ضبطه.</translation>
    </message>
    <message>
        <source>unknown command &quot;chapters %1&quot;; use add, list, region or time-zone.</source>
        <translation type="unfinished">أمر غير معروف &quot;chapters %1&quot;؛ استخدم add أو list أو region أو time-zone.</translation>
    </message>
    <message>
        <source>Also print the Hijri date (Islamic civil calendar).</source>
        <translation type="unfinished">اطبع التاريخ الهجري أيضًا (التقويم الإسلامي المدني).</translation>
    </message>
    <message>
        <source>The IANA time zone of its place, such as Europe/London (default: the chapter&apos;s).</source>
        <translation type="unfinished">المنطقة الزمنية (IANA) لمكانها، مثل Europe/London (الافتراضي: منطقة الفرع).</translation>
    </message>
    <message>
        <source>unknown command &quot;events %1&quot;; use create, list, show, checkin, attendance or calendar.</source>
        <translation type="unfinished">أمر غير معروف &quot;events %1&quot;؛ استخدم create أو list أو show أو checkin أو attendance أو calendar.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished">النوع: %1</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation type="unfinished">البداية: %1</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation type="unfinished">النهاية: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished">المنطقة الزمنية: %1</translation>
    </message>
    <message>
        <source>%1 (the chapter&apos;s or the workspace&apos;s)</source>
        <translation type="unfinished">%1 (منطقة الفرع أو مساحة العمل)</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished">المكان: %1</translation>
    </message>
    <message>
        <source>--encoding &quot;%1&quot; is not one Majlis reads; use one of %2.</source>
        <translation type="unfinished">الترميز --encoding &quot;%1&quot; لا يقرؤه مجلس؛ استخدم أحد: %2.</translation>
    </message>
    <message>
        <source>%1, detected</source>
        <translation type="unfinished">%1، مكتشَف</translation>
    </message>
    <message>
        <source>%1, as chosen</source>
        <translation type="unfinished">%1، حسب الاختيار</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding, when detection guesses wrong: %1.</source>
        <translation type="unfinished">ترميز نص الملف، حين يخطئ الاكتشاف: %1.</translation>
    </message>
    <message>
        <source>&quot;chapters region&quot; takes one country code, such as DE.</source>
        <translation type="unfinished">يأخذ &quot;chapters region&quot; رمز بلد واحدًا، مثل DE.</translation>
    </message>
    <message>
        <source>Country of %1: %2</source>
        <translation type="unfinished">بلد %1: %2</translation>
    </message>
    <message>
        <source>--building takes a name, and after = the group it is a short walk from, such as &quot;Binsfeld Office Building=offices&quot;.</source>
        <translation type="unfinished">يأخذ --building اسمًا، وبعد = المجموعة القريبة منه سيرًا، مثل &quot;Binsfeld Office Building=offices&quot;.</translation>
    </message>
    <message>
        <source>%1: the U.S. Capitol&apos;s buildings, as Majlis knows them.</source>
        <translation type="unfinished">%1: مباني الكابيتول الأمريكي كما يعرفها مجلس.</translation>
    </message>
    <message>
        <source>%1: one building, the capitol.</source>
        <translation type="unfinished">%1: مبنى واحد، هو المقر.</translation>
    </message>
    <message>
        <source>With campus: a building of the capitol as NAME=GROUP; buildings of one group are a short walk apart. Repeat for each; the list replaces the campus.</source>
        <translation type="unfinished">مع campus: مبنى من مباني المقر بصيغة NAME=GROUP؛ مباني المجموعة الواحدة قريبة سيرًا. كرّره لكل مبنى؛ القائمة تحل محل المباني السابقة.</translation>
    </message>
    <message>
        <source>building</source>
        <translation type="unfinished">مبنى</translation>
    </message>
    <message>
        <source>unknown command &quot;bodies %1&quot;; use list or campus.</source>
        <translation type="unfinished">أمر غير معروف &quot;bodies %1&quot;؛ استخدم list أو campus.</translation>
    </message>
    <message>
        <source>&quot;bodies campus&quot; needs the body&apos;s code, such as us-mi.</source>
        <translation type="unfinished">يحتاج &quot;bodies campus&quot; إلى رمز الهيئة، مثل us-mi.</translation>
    </message>
    <message>
        <source>The legislature the day lobbies, by code or name (default: the U.S. Congress).</source>
        <translation type="unfinished">الهيئة التشريعية التي يتوجه إليها اليوم، بالرمز أو الاسم (الافتراضي: الكونغرس الأمريكي).</translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished">الهيئة</translation>
    </message>
    <message>
        <source>The day&apos;s time zone, such as America/Detroit (default: the capitol&apos;s).</source>
        <translation type="unfinished">المنطقة الزمنية لليوم، مثل America/Detroit (الافتراضي: منطقة المقر).</translation>
    </message>
    <message>
        <source>Only this legislature, by its code or name (default: every one; see &quot;bodies list&quot;).</source>
        <translation type="unfinished">هذه الهيئة التشريعية فقط، برمزها أو اسمها (الافتراضي: كلها؛ انظر &quot;bodies list&quot;).</translation>
    </message>
    <message>
        <source>Only this chamber: upper, lower or unicameral (senate and house also work).</source>
        <translation type="unfinished">هذا المجلس فقط: upper أو lower أو unicameral (وتعمل senate وhouse أيضًا).</translation>
    </message>
    <message>
        <source>chamber</source>
        <translation type="unfinished">غرفة</translation>
    </message>
    <message>
        <source>--chamber is one of upper, lower or unicameral.</source>
        <translation type="unfinished">قيمة --chamber واحدة من upper أو lower أو unicameral.</translation>
    </message>
    <message>
        <source>No members match. Import a legislature&apos;s members with &quot;majlis-cli legislators import FILE&quot;.</source>
        <translation type="unfinished">لا أعضاء مطابقون. استورد أعضاء هيئة تشريعية بالأمر &quot;majlis-cli legislators import FILE&quot;.</translation>
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
        <translation type="unfinished">يحتاج &quot;districts lookup&quot; إلى رمز ZIP: ‎--zip 48126.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a legislature, its chamber and a district</comment>
        <translation type="unfinished">%1 (%2): %3</translation>
    </message>
    <message>
        <source>No district file knows ZIP %1 (ZIP codes of post office boxes only have no area).</source>
        <translation type="unfinished">لا يعرف أي ملف دوائر رمز ZIP ‏%1 (رموز ZIP الخاصة بصناديق البريد فقط لا منطقة لها).</translation>
    </message>
    <message>
        <source>ZIP %1 spans several districts; the address decides which:</source>
        <translation type="unfinished">يمتد رمز ZIP ‏%1 على عدة دوائر؛ العنوان يحدد أيها:</translation>
    </message>
    <message>
        <source>&quot;districts import&quot; takes one CSV file, --body CODE and --chamber senate|house|unicameral.</source>
        <translation type="unfinished">يأخذ &quot;districts import&quot; ملف CSV واحدًا و‎--body CODE و‎--chamber senate|house|unicameral.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished">السطر %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 postcodes in %2 rows for %3 (%4); %5 rows left out.</source>
        <translation type="unfinished">استُورد %1 رمزًا بريديًا في %2 صفًا لـ %3 (%4)؛ تُرك %5 صفًا.</translation>
    </message>
    <message>
        <source>The ZIP code, such as 48126 or 48126-1234.</source>
        <translation type="unfinished">رمز ZIP، مثل 48126 أو 48126-1234.</translation>
    </message>
    <message>
        <source>zip</source>
        <translation type="unfinished">zip</translation>
    </message>
    <message>
        <source>The legislature&apos;s code, such as us-mi.</source>
        <translation type="unfinished">رمز الهيئة التشريعية، مثل us-mi.</translation>
    </message>
    <message>
        <source>senate, house or unicameral.</source>
        <translation type="unfinished">senate أو house أو unicameral.</translation>
    </message>
    <message>
        <source>unknown command &quot;districts %1&quot;; use lookup or import.</source>
        <translation type="unfinished">أمر غير معروف &quot;districts %1&quot;؛ استخدم lookup أو import.</translation>
    </message>
    <message numerus="yes">
        <source>Would fill %n district(s) from postcodes (dry run: nothing was written).</source>
        <translation type="unfinished">
            <numerusform>ستُملأ %n دوائر من الرموز البريدية (تجربة: لم يُكتب شيء).</numerusform>
            <numerusform>ستُملأ دائرة واحدة (%n) من الرموز البريدية (تجربة: لم يُكتب شيء).</numerusform>
            <numerusform>ستُملأ %n دوائر من الرموز البريدية (تجربة: لم يُكتب شيء).</numerusform>
            <numerusform>ستُملأ %n دوائر من الرموز البريدية (تجربة: لم يُكتب شيء).</numerusform>
            <numerusform>ستُملأ %n دوائر من الرموز البريدية (تجربة: لم يُكتب شيء).</numerusform>
            <numerusform>ستُملأ %n دوائر من الرموز البريدية (تجربة: لم يُكتب شيء).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n district(s) from postcodes.</source>
        <translation type="unfinished">
            <numerusform>مُلئت %n دوائر من الرموز البريدية.</numerusform>
            <numerusform>مُلئت دائرة واحدة (%n) من الرموز البريدية.</numerusform>
            <numerusform>مُلئت %n دوائر من الرموز البريدية.</numerusform>
            <numerusform>مُلئت %n دوائر من الرموز البريدية.</numerusform>
            <numerusform>مُلئت %n دوائر من الرموز البريدية.</numerusform>
            <numerusform>مُلئت %n دوائر من الرموز البريدية.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already filled, %2 kept (entered by hand or confirmed), %3 without a postcode, of %4 contacts.</source>
        <translation type="unfinished">%1 مملوءة من قبل، و%2 محفوظة (أُدخلت يدويًا أو مؤكدة)، و%3 بلا رمز بريدي، من أصل %4 جهة اتصال.</translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) span several districts; choose with &quot;contacts districts ID --set DISTRICT&quot;:</source>
        <translation type="unfinished">
            <numerusform>%n رموز بريدية تمتد على عدة دوائر؛ اختر بـ &quot;contacts districts ID --set DISTRICT&quot;:</numerusform>
            <numerusform>رمز بريدي واحد (%n) يمتد على عدة دوائر؛ اختر بـ &quot;contacts districts ID --set DISTRICT&quot;:</numerusform>
            <numerusform>%n رموز بريدية تمتد على عدة دوائر؛ اختر بـ &quot;contacts districts ID --set DISTRICT&quot;:</numerusform>
            <numerusform>%n رموز بريدية تمتد على عدة دوائر؛ اختر بـ &quot;contacts districts ID --set DISTRICT&quot;:</numerusform>
            <numerusform>%n رموز بريدية تمتد على عدة دوائر؛ اختر بـ &quot;contacts districts ID --set DISTRICT&quot;:</numerusform>
            <numerusform>%n رموز بريدية تمتد على عدة دوائر؛ اختر بـ &quot;contacts districts ID --set DISTRICT&quot;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n postcode(s) no district file knows:</source>
        <translation type="unfinished">
            <numerusform>%n رموز بريدية لا يعرفها أي ملف دوائر:</numerusform>
            <numerusform>رمز بريدي واحد (%n) لا يعرفه أي ملف دوائر:</numerusform>
            <numerusform>%n رموز بريدية لا يعرفها أي ملف دوائر:</numerusform>
            <numerusform>%n رموز بريدية لا يعرفها أي ملف دوائر:</numerusform>
            <numerusform>%n رموز بريدية لا يعرفها أي ملف دوائر:</numerusform>
            <numerusform>%n رموز بريدية لا يعرفها أي ملف دوائر:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ZIP code(s) lie only in another state than the contact&apos;s; check the address:</source>
        <translation type="unfinished">
            <numerusform>%n رموز ZIP تقع فقط في ولاية غير ولاية جهة الاتصال؛ تحقق من العنوان:</numerusform>
            <numerusform>رمز ZIP واحد (%n) يقع فقط في ولاية غير ولاية جهة الاتصال؛ تحقق من العنوان:</numerusform>
            <numerusform>%n رموز ZIP تقع فقط في ولاية غير ولاية جهة الاتصال؛ تحقق من العنوان:</numerusform>
            <numerusform>%n رموز ZIP تقع فقط في ولاية غير ولاية جهة الاتصال؛ تحقق من العنوان:</numerusform>
            <numerusform>%n رموز ZIP تقع فقط في ولاية غير ولاية جهة الاتصال؛ تحقق من العنوان:</numerusform>
            <numerusform>%n رموز ZIP تقع فقط في ولاية غير ولاية جهة الاتصال؛ تحقق من العنوان:</numerusform>
        </translation>
    </message>
    <message>
        <source>candidates: %1</source>
        <translation type="unfinished">المرشحة: %1</translation>
    </message>
    <message>
        <source>No districts yet; &quot;contacts districts --fill&quot; finds them from postcodes.</source>
        <translation type="unfinished">لا دوائر بعد؛ يجدها &quot;contacts districts --fill&quot; من الرموز البريدية.</translation>
    </message>
    <message>
        <source>Fill districts from postcodes.</source>
        <translation type="unfinished">املأ الدوائر من الرموز البريدية.</translation>
    </message>
    <message>
        <source>List who still has districts to choose.</source>
        <translation type="unfinished">اسرد من لا تزال لديهم دوائر للاختيار.</translation>
    </message>
    <message>
        <source>Only this advocacy day&apos;s attendees.</source>
        <translation type="unfinished">حضور يوم المناصرة هذا فقط.</translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished">يوم</translation>
    </message>
    <message>
        <source>Only this legislature, such as us-congress or us-mi.</source>
        <translation type="unfinished">هذه الهيئة التشريعية فقط، مثل us-congress أو us-mi.</translation>
    </message>
    <message>
        <source>senate, house or unicameral (default house).</source>
        <translation type="unfinished">senate أو house أو unicameral (الافتراضي house).</translation>
    </message>
    <message>
        <source>Report what would be filled; write nothing.</source>
        <translation type="unfinished">أبلغ بما سيُملأ؛ لا تكتب شيئًا.</translation>
    </message>
    <message>
        <source>Choose the district, such as MI-12 for the U.S. House.</source>
        <translation type="unfinished">اختر الدائرة، مثل MI-12 لمجلس النواب الأمريكي.</translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished">الدائرة</translation>
    </message>
    <message>
        <source>The district held is right.</source>
        <translation type="unfinished">الدائرة المحفوظة صحيحة.</translation>
    </message>
    <message>
        <source>Mark the district to be checked.</source>
        <translation type="unfinished">ضع علامة على الدائرة للتحقق منها.</translation>
    </message>
    <message>
        <source>Give one of --fill, --ambiguous, --set, --confirm and --check-later.</source>
        <translation type="unfinished">أعطِ واحدًا من ‎--fill و‎--ambiguous و‎--set و‎--confirm و‎--check-later.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) to choose.</source>
        <translation type="unfinished">
            <numerusform>%n دوائر للاختيار.</numerusform>
            <numerusform>دائرة واحدة (%n) للاختيار.</numerusform>
            <numerusform>%n دوائر للاختيار.</numerusform>
            <numerusform>%n دوائر للاختيار.</numerusform>
            <numerusform>%n دوائر للاختيار.</numerusform>
            <numerusform>%n دوائر للاختيار.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;contacts districts&quot; takes one contact id, or --fill or --ambiguous.</source>
        <translation type="unfinished">يأخذ &quot;contacts districts&quot; معرّف جهة اتصال واحدًا، أو ‎--fill أو ‎--ambiguous.</translation>
    </message>
    <message>
        <source>--chamber takes senate, house or unicameral.</source>
        <translation type="unfinished">يأخذ ‎--chamber القيمة senate أو house أو unicameral.</translation>
    </message>
    <message>
        <source>Count what would be added, updated and marked departed, and write nothing.</source>
        <translation type="unfinished">عُدّ ما سيُضاف وما سيُحدّث وما سيُعلَّم كمغادر، ولا تكتب شيئًا.</translation>
    </message>
    <message>
        <source>Read PATH as a member list (CSV) of this legislature, by its code, such as gb-parliament.</source>
        <translation type="unfinished">اقرأ PATH كقائمة أعضاء (CSV) لهذه الهيئة التشريعية، برمزها، مثل gb-parliament.</translation>
    </message>
    <message>
        <source>The legislature&apos;s name, for a new one, such as &quot;UK Parliament&quot;.</source>
        <translation type="unfinished">اسم الهيئة التشريعية، إن كانت جديدة، مثل «UK Parliament».</translation>
    </message>
    <message>
        <source>The legislature&apos;s country, such as GB.</source>
        <translation type="unfinished">بلد الهيئة التشريعية، مثل GB.</translation>
    </message>
    <message>
        <source>The name of its upper chamber.</source>
        <translation type="unfinished">اسم مجلسها الأعلى.</translation>
    </message>
    <message>
        <source>The name of its lower chamber, where members go when the list names none.</source>
        <translation type="unfinished">اسم مجلسها الأدنى، حيث يوضع الأعضاء عندما لا تذكر القائمة مجلسًا.</translation>
    </message>
    <message>
        <source>The time zone of its capital, such as Europe/London.</source>
        <translation type="unfinished">المنطقة الزمنية لعاصمتها، مثل Europe/London.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN pairs, comma-separated, for the columns a guess misses. Fields: %1.</source>
        <translation type="unfinished">أزواج FIELD=COLUMN مفصولة بفواصل، للأعمدة التي يخطئها التخمين. الحقول: %1.</translation>
    </message>
    <message>
        <source>--body takes a legislature&apos;s code, letters, digits and dashes such as gb-parliament; &quot;%1&quot; is none in this workspace.</source>
        <translation type="unfinished">يأخذ --body رمز هيئة تشريعية من حروف وأرقام وشرطات مثل gb-parliament؛ و«%1» ليس منها في مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>%1 is a new legislature: give its name with --body-name.</source>
        <translation type="unfinished">%1 هيئة تشريعية جديدة: أعطِ اسمها بـ --body-name.</translation>
    </message>
    <message>
        <source>--time-zone takes a zone such as Europe/London; &quot;%1&quot; is none.</source>
        <translation type="unfinished">يأخذ --time-zone منطقة زمنية مثل Europe/London؛ و«%1» ليست منطقة زمنية.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 members; %4 new, %5 updated, %6 unchanged, %7 no longer in office.</source>
        <translation type="unfinished">%1 (%2): %3 عضوًا؛ %4 جديد، %5 محدَّث، %6 دون تغيير، %7 لم يعودوا في مناصبهم.</translation>
    </message>
    <message>
        <source>&quot;legislators import&quot; needs one path: legislators-current.csv, an Open States folder or download, or a member list with --body.</source>
        <translation type="unfinished">يحتاج «legislators import» إلى مسار واحد: legislators-current.csv، أو مجلد Open States أو ملفه المنزّل، أو قائمة أعضاء مع --body.</translation>
    </message>
    <message>
        <source>--map reads a member list: say whose with --body.</source>
        <translation type="unfinished">يقرأ --map قائمة أعضاء: حدّد لأي هيئة بـ --body.</translation>
    </message>
    <message>
        <source>Where (default: the legislature&apos;s capital, such as Washington, DC).</source>
        <translation type="unfinished">المكان (الافتراضي: عاصمة الهيئة التشريعية، مثل Washington, DC).</translation>
    </message>
    <message>
        <source>Import the members of Congress built into this program instead of a file.</source>
        <translation type="unfinished">استيراد أعضاء الكونغرس المدمجين في هذا البرنامج بدلًا من ملف.</translation>
    </message>
    <message>
        <source>--bundled imports the members of Congress built in: give no path, --body or --map with it.</source>
        <translation type="unfinished">الخيار ‎--bundled يستورد أعضاء الكونغرس المدمجين: لا تُعطِ معه مسارًا ولا ‎--body ولا ‎--map.</translation>
    </message>
    <message>
        <source>Say who is calling with --caller NAME: this workspace syncs with no server, so there is no user name to call as.</source>
        <translation type="unfinished">حدّد من يتصل باستخدام --caller NAME: مساحة العمل هذه لا تتزامن مع أي خادم، فلا يوجد اسم مستخدم يُتصل به.</translation>
    </message>
    <message>
        <source>--answer takes QUESTION=ANSWER, such as plan=yes (&quot;%1&quot; is not).</source>
        <translation type="unfinished">يأخذ --answer الصيغة السؤال=الجواب، مثل plan=yes (و«%1» ليست كذلك).</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; takes one answer, and was given two.</source>
        <translation type="unfinished">السؤال «%1» يقبل جوابًا واحدًا، وقد أُعطي جوابين.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished">الهاتف: %1</translation>
    </message>
    <message>
        <source>%1 (as typed; check it)</source>
        <translation type="unfinished">%1 (كما كُتب؛ تحقّق منه)</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished">اللغات: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished">العنوان: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s) before in this campaign.</source>
        <translation type="unfinished">
            <numerusform>جُرّب %n مرة من قبل في هذه الحملة.</numerusform>
            <numerusform>جُرّب مرة واحدة (%n) من قبل في هذه الحملة.</numerusform>
            <numerusform>جُرّب مرتين (%n) من قبل في هذه الحملة.</numerusform>
            <numerusform>جُرّب %n مرات من قبل في هذه الحملة.</numerusform>
            <numerusform>جُرّب %n مرة من قبل في هذه الحملة.</numerusform>
            <numerusform>جُرّب %n مرة من قبل في هذه الحملة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact: %1, %2 (%3)</source>
        <translation type="unfinished">آخر تواصل: %1، %2 (%3)</translation>
    </message>
    <message>
        <source>Last contact: never</source>
        <translation type="unfinished">آخر تواصل: لم يحدث قط</translation>
    </message>
    <message>
        <source>Still to call: %1, this one included.</source>
        <translation type="unfinished">المتبقي للاتصال: %1، بمن فيهم هذا الشخص.</translation>
    </message>
    <message>
        <source>Record it with: majlis-cli campaigns record %1 %2 --result CODE [--answer QUESTION=ANSWER]</source>
        <translation type="unfinished">سجّلها بالأمر: majlis-cli campaigns record %1 %2 --result CODE [--answer السؤال=الجواب]</translation>
    </message>
    <message>
        <source>Nobody is left for %1 to call on %2.</source>
        <translation type="unfinished">لم يبقَ أحد ليتصل به %1 في %2.</translation>
    </message>
    <message>
        <source>&quot;campaigns record&quot; needs the campaign and the person: campaigns record CAMPAIGN CONTACT --result CODE.</source>
        <translation type="unfinished">يحتاج «campaigns record» إلى الحملة والشخص: campaigns record الحملة جهة_الاتصال --result CODE.</translation>
    </message>
    <message>
        <source>--result is one of %1.</source>
        <translation type="unfinished">قيمة --result واحدة من: %1.</translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; for %2 by %3.</source>
        <translation type="unfinished">سُجّلت «%1» لـ %2 بواسطة %3.</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2</source>
        <translation type="unfinished">في القائمة: %1؛ المنتهون: %2</translation>
    </message>
    <message>
        <source>Attempts: %1; reached: %2 (%3%); pledges: %4; follow-ups: %5; opt-outs: %6</source>
        <translation type="unfinished">المحاولات: %1؛ تم الوصول: %2 (%3%)؛ التعهدات: %4؛ المتابعات: %5؛ رفض التواصل: %6</translation>
    </message>
    <message>
        <source>Per volunteer:</source>
        <translation type="unfinished">حسب المتطوع:</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3 (%4%), pledges %5, from %6 to %7</source>
        <translation type="unfinished">  %1: المحاولات %2، تم الوصول %3 (%4%)، التعهدات %5، من %6 إلى %7</translation>
    </message>
    <message>
        <source>    check: %1</source>
        <translation type="unfinished">    للمراجعة: %1</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished">الأجوبة:</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation type="unfinished">حسب اليوم:</translation>
    </message>
    <message>
        <source>  %1: attempts %2, reached %3, pledges %4</source>
        <translation type="unfinished">  %1: المحاولات %2، تم الوصول %3، التعهدات %4</translation>
    </message>
    <message>
        <source>--caller names the volunteer whose results to withdraw.</source>
        <translation type="unfinished">يحدّد --caller المتطوع الذي تُسحب نتائجه.</translation>
    </message>
    <message>
        <source>--%1 takes a time such as 2026-11-01T14:00 (this computer&apos;s time, or end it with Z for UTC) or a day such as 2026-11-01.</source>
        <translation type="unfinished">يأخذ --%1 وقتًا مثل 2026-11-01T14:00 (بتوقيت هذا الحاسوب، أو أنهِه بـ Z للتوقيت العالمي) أو يومًا مثل 2026-11-01.</translation>
    </message>
    <message>
        <source>--from must come before --to.</source>
        <translation type="unfinished">يجب أن يسبق --from الخيار --to.</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %n result(s) by %1 from %2; those people can be called again.</source>
        <translation type="unfinished">
            <numerusform>سُحبت %n نتيجة سجّلها %1 في %2؛ ويمكن الاتصال بأولئك الأشخاص من جديد.</numerusform>
            <numerusform>سُحبت %n نتيجة سجّلها %1 في %2؛ ويمكن الاتصال بأولئك الأشخاص من جديد.</numerusform>
            <numerusform>سُحبت %n نتيجتين سجّلها %1 في %2؛ ويمكن الاتصال بأولئك الأشخاص من جديد.</numerusform>
            <numerusform>سُحبت %n نتائج سجّلها %1 في %2؛ ويمكن الاتصال بأولئك الأشخاص من جديد.</numerusform>
            <numerusform>سُحبت %n نتيجة سجّلها %1 في %2؛ ويمكن الاتصال بأولئك الأشخاص من جديد.</numerusform>
            <numerusform>سُحبت %n نتيجة سجّلها %1 في %2؛ ويمكن الاتصال بأولئك الأشخاص من جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is calling (default: the user this workspace syncs as).</source>
        <translation type="unfinished">من يتصل (الافتراضي: المستخدم الذي تتزامن به مساحة العمل هذه).</translation>
    </message>
    <message>
        <source>Pass over this person for now; repeatable.</source>
        <translation type="unfinished">تخطَّ هذا الشخص الآن؛ يمكن تكراره.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished">جهة اتصال</translation>
    </message>
    <message>
        <source>What came of it: %1.</source>
        <translation type="unfinished">ما نتج عنها: %1.</translation>
    </message>
    <message>
        <source>QUESTION=ANSWER from the script; repeatable. Several answers to a multiple-choice question: QUESTION=A,B.</source>
        <translation type="unfinished">السؤال=الجواب من النص؛ يمكن تكراره. لعدة أجوبة عن سؤال متعدد الخيارات: السؤال=أ,ب.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished">جواب</translation>
    </message>
    <message>
        <source>refused or hostile: the person is never contacted again.</source>
        <translation type="unfinished">refused أو hostile: لن يُتواصل مع الشخص مرة أخرى أبدًا.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>The number dialled, when not the card&apos;s (marked bad by wrong_number or disconnected).</source>
        <translation type="unfinished">الرقم الذي طُلب، إن لم يكن رقم البطاقة (يُعلَّم غير صالح بـ wrong_number أو disconnected).</translation>
    </message>
    <message>
        <source>The volunteer whose results to withdraw.</source>
        <translation type="unfinished">المتطوع الذي تُسحب نتائجه.</translation>
    </message>
    <message>
        <source>Only results recorded from this time on.</source>
        <translation type="unfinished">النتائج المسجلة من هذا الوقت فصاعدًا فقط.</translation>
    </message>
    <message>
        <source>Only results recorded up to this time.</source>
        <translation type="unfinished">النتائج المسجلة حتى هذا الوقت فقط.</translation>
    </message>
    <message>
        <source>Election day, such as 2026-11-03.</source>
        <translation type="unfinished">يوم الانتخابات، مثل 2026-11-03.</translation>
    </message>
    <message>
        <source>Where it is held, such as Michigan or Dearborn.</source>
        <translation type="unfinished">مكان إجرائها، مثل Michigan أو Dearborn.</translation>
    </message>
    <message>
        <source>The chapter mobilizing for it.</source>
        <translation type="unfinished">الفرع الذي يحشد لها.</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns elections %1&quot;; use add or list.</source>
        <translation type="unfinished">أمر غير معروف «campaigns elections %1»؛ استخدم add أو list.</translation>
    </message>
    <message>
        <source>--date takes the election day, such as 2026-11-03.</source>
        <translation type="unfinished">يأخذ --date يوم الانتخابات، مثل 2026-11-03.</translation>
    </message>
    <message>
        <source>Added the election %1 on %2 (%3).</source>
        <translation type="unfinished">أُضيفت انتخابات %1 في %2 (%3).</translation>
    </message>
    <message>
        <source>No elections yet. Add one with &quot;majlis-cli campaigns elections add NAME --date YYYY-MM-DD&quot;.</source>
        <translation type="unfinished">لا توجد انتخابات بعد. أضف واحدة بالأمر «majlis-cli campaigns elections add الاسم --date YYYY-MM-DD».</translation>
    </message>
    <message>
        <source>phone (a phone bank), door (door knocking) or gotv (get out the vote).</source>
        <translation type="unfinished">phone (بنك هاتف) أو door (طرق الأبواب) أو gotv (الحث على التصويت).</translation>
    </message>
    <message>
        <source>The script: a YAML or JSON file with the introduction and questions.</source>
        <translation type="unfinished">النص: ملف YAML أو JSON فيه المقدمة والأسئلة.</translation>
    </message>
    <message>
        <source>The election it is for, by name or id.</source>
        <translation type="unfinished">الانتخابات التي هي لها، بالاسم أو المعرّف.</translation>
    </message>
    <message>
        <source>election</source>
        <translation type="unfinished">انتخابات</translation>
    </message>
    <message>
        <source>The chapter running it (default: the whole organization).</source>
        <translation type="unfinished">الفرع الذي يديرها (الافتراضي: المنظمة كلها).</translation>
    </message>
    <message>
        <source>First day, such as 2026-10-01.</source>
        <translation type="unfinished">اليوم الأول، مثل 2026-10-01.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished">اليوم الأخير.</translation>
    </message>
    <message>
        <source>Give the campaign a name: &quot;campaigns create NAME --kind phone --script FILE&quot;.</source>
        <translation type="unfinished">أعطِ الحملة اسمًا: «campaigns create الاسم --kind phone --script الملف».</translation>
    </message>
    <message>
        <source>--kind is one of phone, door, gotv.</source>
        <translation type="unfinished">قيمة --kind واحدة من phone وdoor وgotv.</translation>
    </message>
    <message>
        <source>--script names the script file (YAML or JSON).</source>
        <translation type="unfinished">يحدّد --script ملف النص (YAML أو JSON).</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-10-01.</source>
        <translation type="unfinished">يأخذ --%1 تاريخًا مثل 2026-10-01.</translation>
    </message>
    <message>
        <source>Cannot read the script %1: %2</source>
        <translation type="unfinished">تعذّرت قراءة النص %1: %2</translation>
    </message>
    <message>
        <source>The script %1: %2</source>
        <translation type="unfinished">النص %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 (%2). Kind: %3; %n question(s) in its script.</source>
        <translation type="unfinished">
            <numerusform>أُنشئت %1 (%2). النوع: %3؛ في نصها %n سؤال.</numerusform>
            <numerusform>أُنشئت %1 (%2). النوع: %3؛ في نصها سؤال واحد (%n).</numerusform>
            <numerusform>أُنشئت %1 (%2). النوع: %3؛ في نصها سؤالان (%n).</numerusform>
            <numerusform>أُنشئت %1 (%2). النوع: %3؛ في نصها %n أسئلة.</numerusform>
            <numerusform>أُنشئت %1 (%2). النوع: %3؛ في نصها %n سؤالًا.</numerusform>
            <numerusform>أُنشئت %1 (%2). النوع: %3؛ في نصها %n سؤال.</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished">مغلقة</translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished">مفتوحة</translation>
    </message>
    <message>
        <source>No campaigns yet. Create one with &quot;majlis-cli campaigns create NAME --kind phone --script FILE.yaml&quot;.</source>
        <translation type="unfinished">لا توجد حملات بعد. أنشئ واحدة بالأمر «majlis-cli campaigns create الاسم --kind phone --script الملف.yaml».</translation>
    </message>
    <message>
        <source>Election: %1 on %2</source>
        <translation type="unfinished">الانتخابات: %1 في %2</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation type="unfinished">التواريخ: من %1 إلى %2</translation>
    </message>
    <message>
        <source>Closed: it takes no more results.</source>
        <translation type="unfinished">مغلقة: لم تعد تقبل نتائج.</translation>
    </message>
    <message>
        <source>On the list: %1; finished: %2; attempts: %3; reached: %4</source>
        <translation type="unfinished">في القائمة: %1؛ المنتهون: %2؛ المحاولات: %3؛ تم الوصول: %4</translation>
    </message>
    <message>
        <source>  still to call for %1: %2</source>
        <translation type="unfinished">  المتبقي للاتصال لدى %1: %2</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished">(لا أحد بعد)</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation type="unfinished">النص:</translation>
    </message>
    <message>
        <source>People with this tag; repeat for any of several.</source>
        <translation type="unfinished">الأشخاص الذين لديهم هذا الوسم؛ كرّره لأيٍّ من عدة أوسام.</translation>
    </message>
    <message>
        <source>People of this chapter.</source>
        <translation type="unfinished">أشخاص هذا الفرع.</translation>
    </message>
    <message>
        <source>People who speak this language, such as ar.</source>
        <translation type="unfinished">الأشخاص الذين يتحدثون هذه اللغة، مثل ar.</translation>
    </message>
    <message>
        <source>People in this U.S. state, two letters.</source>
        <translation type="unfinished">الأشخاص في هذه الولاية الأمريكية، حرفان.</translation>
    </message>
    <message>
        <source>With --district: the legislature, such as us-mi.</source>
        <translation type="unfinished">مع --district: الهيئة التشريعية، مثل us-mi.</translation>
    </message>
    <message>
        <source>People in this district of --body.</source>
        <translation type="unfinished">الأشخاص في هذه الدائرة من --body.</translation>
    </message>
    <message>
        <source>People who checked in at this event.</source>
        <translation type="unfinished">الأشخاص الذين سجّلوا حضورهم في هذه الفعالية.</translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished">فعالية</translation>
    </message>
    <message>
        <source>People with this voter-registration status at any drive: %1.</source>
        <translation type="unfinished">الأشخاص الذين لهم حالة تسجيل الناخبين هذه في أي حملة تسجيل: %1.</translation>
    </message>
    <message>
        <source>With --question and --answer: people who gave that answer in this campaign.</source>
        <translation type="unfinished">مع --question و--answer: الأشخاص الذين أعطوا ذلك الجواب في هذه الحملة.</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished">حملة</translation>
    </message>
    <message>
        <source>The question&apos;s key.</source>
        <translation type="unfinished">مفتاح السؤال.</translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished">مفتاح</translation>
    </message>
    <message>
        <source>The answer&apos;s key.</source>
        <translation type="unfinished">مفتاح الجواب.</translation>
    </message>
    <message>
        <source>With --pledged or --not-voted: the election.</source>
        <translation type="unfinished">مع --pledged أو --not-voted: الانتخابات.</translation>
    </message>
    <message>
        <source>People who pledged to vote in --election.</source>
        <translation type="unfinished">الأشخاص الذين تعهّدوا بالتصويت في --election.</translation>
    </message>
    <message>
        <source>People not yet marked as voted in --election.</source>
        <translation type="unfinished">الأشخاص الذين لم توضع عليهم علامة «صوّت» بعد في --election.</translation>
    </message>
    <message>
        <source>Say how many would be added, and add nobody.</source>
        <translation type="unfinished">قل كم سيُضاف، ولا تُضف أحدًا.</translation>
    </message>
    <message>
        <source>--state takes two letters, such as MI.</source>
        <translation type="unfinished">يأخذ --state حرفين، مثل MI.</translation>
    </message>
    <message>
        <source>--body and --district go together: the district of which legislature.</source>
        <translation type="unfinished">يُستخدم --body و--district معًا: دائرة أي هيئة تشريعية.</translation>
    </message>
    <message>
        <source>--voter-status is one of %1.</source>
        <translation type="unfinished">قيمة --voter-status واحدة من: %1.</translation>
    </message>
    <message>
        <source>--answered, --question and --answer go together: who gave which answer where.</source>
        <translation type="unfinished">تُستخدم --answered و--question و--answer معًا: من أعطى أي جواب وأين.</translation>
    </message>
    <message>
        <source>--election goes with --pledged or --not-voted.</source>
        <translation type="unfinished">يُستخدم --election مع --pledged أو --not-voted.</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n person(s) to the list of %1; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform>كان سيُضاف %n شخص إلى قائمة %1؛ لم يتغير شيء.</numerusform>
            <numerusform>كان سيُضاف %n شخص إلى قائمة %1؛ لم يتغير شيء.</numerusform>
            <numerusform>كان سيُضاف %n شخصين إلى قائمة %1؛ لم يتغير شيء.</numerusform>
            <numerusform>كان سيُضاف %n أشخاص إلى قائمة %1؛ لم يتغير شيء.</numerusform>
            <numerusform>كان سيُضاف %n شخصًا إلى قائمة %1؛ لم يتغير شيء.</numerusform>
            <numerusform>كان سيُضاف %n شخص إلى قائمة %1؛ لم يتغير شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) to the list of %1.</source>
        <translation type="unfinished">
            <numerusform>أُضيف %n شخص إلى قائمة %1.</numerusform>
            <numerusform>أُضيف %n شخص إلى قائمة %1.</numerusform>
            <numerusform>أُضيف %n شخصين إلى قائمة %1.</numerusform>
            <numerusform>أُضيف %n أشخاص إلى قائمة %1.</numerusform>
            <numerusform>أُضيف %n شخصًا إلى قائمة %1.</numerusform>
            <numerusform>أُضيف %n شخص إلى قائمة %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">منجز</translation>
    </message>
    <message>
        <source>Nobody is on the list yet. Add people with &quot;majlis-cli campaigns build %1 --tag TAG&quot;.</source>
        <translation type="unfinished">لا أحد في القائمة بعد. أضف أشخاصًا بالأمر «majlis-cli campaigns build %1 --tag الوسم».</translation>
    </message>
    <message>
        <source>Split the list with --to a,b,c (by count) or --by-language NAME=LANG,LANG (repeat per volunteer), not both.</source>
        <translation type="unfinished">قسّم القائمة بـ --to a,b,c (بالعدد) أو بـ --by-language الاسم=لغة,لغة (مكررًا لكل متطوع)، لا بكليهما.</translation>
    </message>
    <message>
        <source>--by-language takes NAME=LANG,LANG, such as amina=ar,en.</source>
        <translation type="unfinished">يأخذ --by-language الصيغة الاسم=لغة,لغة، مثل amina=ar,en.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n person(s) on the list of %1.</source>
        <translation type="unfinished">
            <numerusform>عُيّن %n شخص من قائمة %1.</numerusform>
            <numerusform>عُيّن %n شخص من قائمة %1.</numerusform>
            <numerusform>عُيّن %n شخصين من قائمة %1.</numerusform>
            <numerusform>عُيّن %n أشخاص من قائمة %1.</numerusform>
            <numerusform>عُيّن %n شخصًا من قائمة %1.</numerusform>
            <numerusform>عُيّن %n شخص من قائمة %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n to call</source>
        <translation type="unfinished">
            <numerusform>  %1: %n شخص للاتصال</numerusform>
            <numerusform>  %1: %n شخص للاتصال</numerusform>
            <numerusform>  %1: %n شخصين للاتصال</numerusform>
            <numerusform>  %1: %n أشخاص للاتصال</numerusform>
            <numerusform>  %1: %n شخصًا للاتصال</numerusform>
            <numerusform>  %1: %n شخص للاتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>--out names the CSV file to write.</source>
        <translation type="unfinished">يحدّد --out ملف CSV المطلوب كتابته.</translation>
    </message>
    <message>
        <source>--volunteer goes with --list: one volunteer&apos;s share of the list.</source>
        <translation type="unfinished">يُستخدم --volunteer مع --list: نصيب متطوع واحد من القائمة.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n person(s) to call or visit to %1.</source>
        <translation type="unfinished">
            <numerusform>كُتب %n شخص للاتصال أو الزيارة في %1.</numerusform>
            <numerusform>كُتب %n شخص للاتصال أو الزيارة في %1.</numerusform>
            <numerusform>كُتب %n شخصين للاتصال أو الزيارة في %1.</numerusform>
            <numerusform>كُتب %n أشخاص للاتصال أو الزيارة في %1.</numerusform>
            <numerusform>كُتب %n شخصًا للاتصال أو الزيارة في %1.</numerusform>
            <numerusform>كُتب %n شخص للاتصال أو الزيارة في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n result(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>كُتبت %n نتيجة في %1.</numerusform>
            <numerusform>كُتبت %n نتيجة في %1.</numerusform>
            <numerusform>كُتبت %n نتيجتين في %1.</numerusform>
            <numerusform>كُتبت %n نتائج في %1.</numerusform>
            <numerusform>كُتبت %n نتيجة في %1.</numerusform>
            <numerusform>كُتبت %n نتيجة في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the campaign, by the id &quot;campaigns list&quot; shows or by its name.</source>
        <translation type="unfinished">حدّد الحملة بالمعرّف الذي يعرضه «campaigns list» أو باسمها.</translation>
    </message>
    <message>
        <source>Volunteers to split the list among by count, such as amina,bilal.</source>
        <translation type="unfinished">المتطوعون الذين تُقسَّم القائمة بينهم بالعدد، مثل amina,bilal.</translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished">أسماء</translation>
    </message>
    <message>
        <source>A volunteer and the languages they call in, such as amina=ar,en; repeat per volunteer.</source>
        <translation type="unfinished">متطوع واللغات التي يتصل بها، مثل amina=ar,en؛ كرّره لكل متطوع.</translation>
    </message>
    <message>
        <source>name=languages</source>
        <translation type="unfinished">الاسم=اللغات</translation>
    </message>
    <message>
        <source>Take back only this volunteer&apos;s share.</source>
        <translation type="unfinished">استرجع نصيب هذا المتطوع فقط.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished">ملف CSV المطلوب كتابته.</translation>
    </message>
    <message>
        <source>Write the list to call or walk instead of the results.</source>
        <translation type="unfinished">اكتب قائمة الاتصال أو الجولة بدل النتائج.</translation>
    </message>
    <message>
        <source>With --list: only this volunteer&apos;s share.</source>
        <translation type="unfinished">مع --list: نصيب هذا المتطوع فقط.</translation>
    </message>
    <message>
        <source>unknown command &quot;campaigns %1&quot;; use elections, create, list, show, build, entries, assign, release, next, record, progress, rollback, close or export.</source>
        <translation type="unfinished">أمر غير معروف «campaigns %1»؛ استخدم elections أو create أو list أو show أو build أو entries أو assign أو release أو next أو record أو progress أو rollback أو close أو export.</translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from every volunteer.</source>
        <translation type="unfinished">
            <numerusform>استُرجع %n شخص من جميع المتطوعين.</numerusform>
            <numerusform>استُرجع %n شخص من جميع المتطوعين.</numerusform>
            <numerusform>استُرجع %n شخصين من جميع المتطوعين.</numerusform>
            <numerusform>استُرجع %n أشخاص من جميع المتطوعين.</numerusform>
            <numerusform>استُرجع %n شخصًا من جميع المتطوعين.</numerusform>
            <numerusform>استُرجع %n شخص من جميع المتطوعين.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took back %n person(s) from %1.</source>
        <translation type="unfinished">
            <numerusform>استُرجع %n شخص من %1.</numerusform>
            <numerusform>استُرجع %n شخص من %1.</numerusform>
            <numerusform>استُرجع %n شخصين من %1.</numerusform>
            <numerusform>استُرجع %n أشخاص من %1.</numerusform>
            <numerusform>استُرجع %n شخصًا من %1.</numerusform>
            <numerusform>استُرجع %n شخص من %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1: it takes no more results, and its assignments have ended.</source>
        <translation type="unfinished">أُغلقت %1: لم تعد تقبل نتائج، وانتهت تعييناتها.</translation>
    </message>
    <message>
        <source>(district unknown)</source>
        <translation type="unfinished">(الدائرة غير معروفة)</translation>
    </message>
    <message>
        <source>Pledged: %1; of them voted: %2; everyone marked voted: %3</source>
        <translation type="unfinished">المتعهدون: %1؛ صوّت منهم: %2؛ كل من عليه علامة «صوّت»: %3</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 pledged have voted</source>
        <translation type="unfinished">  %1: صوّت %2 من %3 متعهدين</translation>
    </message>
    <message>
        <source>Everyone who pledged to vote in %1 has voted (or nobody pledged yet).</source>
        <translation type="unfinished">كل من تعهّد بالتصويت في %1 قد صوّت (أو لم يتعهد أحد بعد).</translation>
    </message>
    <message>
        <source>Name the people who voted, by contact id: gotv voted ELECTION ID...</source>
        <translation type="unfinished">حدّد من صوّتوا بمعرّف جهة الاتصال: gotv voted الانتخابات ID...</translation>
    </message>
    <message numerus="yes">
        <source>Took back the vote of %n person(s) in %1.</source>
        <translation type="unfinished">
            <numerusform>أُزيلت علامة التصويت عن %n شخص في %1.</numerusform>
            <numerusform>أُزيلت علامة التصويت عن %n شخص في %1.</numerusform>
            <numerusform>أُزيلت علامة التصويت عن %n شخصين في %1.</numerusform>
            <numerusform>أُزيلت علامة التصويت عن %n أشخاص في %1.</numerusform>
            <numerusform>أُزيلت علامة التصويت عن %n شخصًا في %1.</numerusform>
            <numerusform>أُزيلت علامة التصويت عن %n شخص في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n person(s) as having voted in %1.</source>
        <translation type="unfinished">
            <numerusform>وُضعت علامة «صوّت» على %n شخص في %1.</numerusform>
            <numerusform>وُضعت علامة «صوّت» على %n شخص في %1.</numerusform>
            <numerusform>وُضعت علامة «صوّت» على %n شخصين في %1.</numerusform>
            <numerusform>وُضعت علامة «صوّت» على %n أشخاص في %1.</numerusform>
            <numerusform>وُضعت علامة «صوّت» على %n شخصًا في %1.</numerusform>
            <numerusform>وُضعت علامة «صوّت» على %n شخص في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the mark back: they have not voted after all.</source>
        <translation type="unfinished">أزل العلامة: لم يصوّتوا في النهاية.</translation>
    </message>
    <message>
        <source>unknown command &quot;gotv %1&quot;; use summary, chase or voted.</source>
        <translation type="unfinished">أمر غير معروف «gotv %1»؛ استخدم summary أو chase أو voted.</translation>
    </message>
    <message>
        <source>Name the election, by the id &quot;campaigns elections list&quot; shows or by its name.</source>
        <translation type="unfinished">حدّد الانتخابات بالمعرّف الذي يعرضه «campaigns elections list» أو باسمها.</translation>
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
