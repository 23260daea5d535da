<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../explorer/ui/map/view.py" line="+65"/>
        <location filename="../../explorer/ui/window/accessibility.py" line="+43"/>
        <source>World map</source>
        <translation>خريطة العالم</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/accessibility.py" line="+1"/>
        <source>Map legend</source>
        <translation>مفتاح الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country details</source>
        <translation>تفاصيل البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows</source>
        <translation>التدفّقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow settings</source>
        <translation>إعدادات التدفّقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../explorer/ui/window/search_box.py" line="+103"/>
        <source>Find a country</source>
        <translation>البحث عن بلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country selected.</source>
        <translation>لم يُحدَّد أي بلد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no data</source>
        <translation>لا بيانات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (class {label})</source>
        <translation> (الفئة {label})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected: {name}, {value}{klass}.</source>
        <translation>البلد المحدَّد: {name}، {value}{klass}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Legend: {labels} ({note}).</source>
        <translation>مفتاح الخريطة: {labels} ({note}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; line widths for {widths}</source>
        <translation>؛ عروض الخطوط لـ {widths}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; colours {colours}</source>
        <translation>؛ الألوان {colours}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No indicator shown.</source>
        <translation>لا يُعرض أي مؤشر.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Which flows the map draws and how: indicator, number, minimum, region, focus, widths and colours</source>
        <translation>التدفّقات التي ترسمها الخريطة وطريقة رسمها: المؤشر والعدد والحد الأدنى والمنطقة والتركيز والعروض والألوان</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the map shows</source>
        <translation>ما تعرضه الخريطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breakdown</source>
        <translation>التفصيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total, or a part such as sex or age</source>
        <translation>المجموع، أو جزء منه مثل الجنس أو العمر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play years</source>
        <translation>تشغيل السنوات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a country name or ISO code and press Enter to select it; then Tab to the map and use Up and Down to step through the ranking</source>
        <translation>اكتب اسم بلد أو رمز ISO الخاص به واضغط Enter لتحديده؛ ثم انتقل إلى الخريطة بالمفتاح Tab واستخدم السهمين Up وDown للتنقل في الترتيب</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Playing through the years (Space pauses)</source>
        <translation>تشغيل السنوات تباعًا (المسافة Space للإيقاف المؤقت)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused (Space plays through the years)</source>
        <translation>متوقف مؤقتًا (المسافة Space لتشغيل السنوات تباعًا)</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../explorer/ui/panel/activities.py" line="+47"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Activity kind</source>
        <translation>نوع النشاط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity theme</source>
        <translation>موضوع النشاط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity status</source>
        <translation>حالة النشاط</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search activities</source>
        <translation>البحث في الأنشطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From year</source>
        <translation>من سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To year</source>
        <translation>إلى سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assistance activities</source>
        <translation>أنشطة المساعدة</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No assistance activities recorded for this country.</source>
        <translation>لا توجد أنشطة مساعدة مسجَّلة لهذا البلد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 assistance activity: {parts}</source>
        <translation>نشاط مساعدة واحد: {parts}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n assistance activities: {parts}</source>
        <translation>
            <numerusform>%n نشاط مساعدة: {parts}</numerusform>
            <numerusform>نشاط مساعدة واحد (%n): {parts}</numerusform>
            <numerusform>نشاطا مساعدة (%n): {parts}</numerusform>
            <numerusform>%n أنشطة مساعدة: {parts}</numerusform>
            <numerusform>%n نشاطًا للمساعدة: {parts}</numerusform>
            <numerusform>%n نشاط مساعدة: {parts}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Themes: {themes}</source>
        <translation>المواضيع: {themes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners: {partners}</source>
        <translation>الشركاء: {partners}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference: {reference}</source>
        <translation>المرجع: {reference}</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../explorer/ui/window/settings.py" line="+145"/>
        <source>The saved settings come from a newer version of Trafficking Flows Explorer; this version starts with its defaults and leaves them unchanged.</source>
        <extracomment>The layout of the stored keys. Raise it (and convert in ``_migrate``) when a key changes meaning; a file with a higher number came from a newer app. The version passed to QMainWindow.saveState/restoreState (the dock layout format). Values kept in memory only, while the file belongs to a newer app version. A message for the user about the settings file, or &quot;&quot; (e.g. a newer version).</extracomment>
        <translation>الإعدادات المحفوظة صادرة عن إصدار أحدث من Trafficking Flows Explorer؛ يبدأ هذا الإصدار بإعداداته الافتراضية ويترك تلك الإعدادات دون تغيير.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../explorer/ui/window/banner.py" line="+14"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics. Detected victims are not a measure of prevalence.</source>
        <translation>بيانات إيضاحية اصطناعية: ليست إحصاءات رسمية. أعداد الضحايا المكتشَفين ليست مقياسًا لمدى انتشار الظاهرة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data warning</source>
        <translation>تحذير بشأن البيانات</translation>
    </message>
</context>
<context>
    <name>Caveats</name>
    <message>
        <location filename="../../explorer/core/data/known_caveats.py" line="+20"/>
        <source>SYNTHETIC demonstration data: not official statistics.</source>
        <translation>بيانات إيضاحية اصطناعية: ليست إحصاءات رسمية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected victims are not a measure of prevalence.</source>
        <translation>أعداد الضحايا المكتشَفين ليست مقياسًا لمدى انتشار الظاهرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures, flows and activities are invented; any resemblance to real values is chance.</source>
        <translation>الأرقام والتدفّقات والأنشطة مختلَقة؛ وأي تشابه مع القيم الحقيقية محض صدفة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detected victims are not a measure of prevalence: they reflect what national authorities detected and reported.</source>
        <translation>أعداد الضحايا المكتشَفين ليست مقياسًا لمدى انتشار الظاهرة: إنها تعكس ما اكتشفته السلطات الوطنية وأبلغت عنه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;5 marks a suppressed count of 1 to 4.</source>
        <translation>تشير &lt;٥ إلى عدد صغير محجوب من ١ إلى ٤.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins are the victims&apos; citizenship as reported; free-text labels were resolved to countries, and unresolved labels are shown as unknown.</source>
        <translation>المنشأ هو جنسية الضحايا كما أُبلغ عنها؛ وقد رُبطت التسميات النصية الحرة بالبلدان، وتظهر التسميات التي لم تُحسم على أنها غير معروفة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Origins and destinations were matched to countries by code or name; origins not understood are shown as unknown, rows whose destination was not a country were set aside (see the import report).</source>
        <translation>طوبقت المنشآت والمقاصد مع البلدان بالرمز أو الاسم؛ وتظهر المنشآت غير المفهومة على أنها غير معروفة، ونُحّيت الصفوف التي لم تكن وجهتها بلدًا (انظر تقرير الاستيراد).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;N marks a suppressed count of 1 to N-1.</source>
        <translation>تشير &lt;N إلى عدد صغير محجوب من ١ إلى N-١.</translation>
    </message>
</context>
<context>
    <name>ClassesNote</name>
    <message>
        <location filename="../../explorer/core/view/choropleth.py" line="+57"/>
        <source>Quantile classes over {span}</source>
        <extracomment>The classes note of each scheme (English in data exports, translated on display).</extracomment>
        <translation>فئات حسب الكمّيات على مدى {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural-breaks classes over {span}</source>
        <translation>فئات حسب الفواصل الطبيعية على مدى {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal-interval classes over {span}</source>
        <translation>فئات بفترات متساوية على مدى {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual-break classes over {span}</source>
        <translation>فئات بفواصل يدوية على مدى {span}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{first}-{last}</source>
        <translation>السنوات من {first} إلى {last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories, in order, over {span}</source>
        <translation>فئات مرتّبة على مدى {span}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change against the year before; fixed classes centred on no change</source>
        <translation>التغيّر مقارنةً بالسنة السابقة؛ فئات ثابتة متمركزة حول انعدام التغيّر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change against the first year; fixed classes centred on no change</source>
        <translation>التغيّر مقارنةً بالسنة الأولى؛ فئات ثابتة متمركزة حول انعدام التغيّر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{scheme} classes over {span}</source>
        <translation>فئات {scheme} على مدى {span}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all years</source>
        <translation>جميع السنوات</translation>
    </message>
</context>
<context>
    <name>CompareYears</name>
    <message>
        <location filename="../../explorer/ui/map/compare_years.py" line="+26"/>
        <location line="+59"/>
        <source>Compare two years</source>
        <translation>المقارنة بين سنتين</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Indicator:</source>
        <translation>المؤشر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the change</source>
        <translation>عرض التغيّر</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Compare t&amp;wo years…</source>
        <translation>المقارنة بين سنتين(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Compare two years…</source>
        <translation type="vanished">المقارنة بين سنتين(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A map of how the shown indicator changed between two years</source>
        <translation>خريطة لتغيّر المؤشر المعروض بين سنتين</translation>
    </message>
</context>
<context>
    <name>Consistency</name>
    <message>
        <location filename="../../explorer/core/indicators/consistency_words.py" line="+36"/>
        <source>a part above the total</source>
        <translation>جزء أكبر من المجموع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parts above the total</source>
        <translation>أجزاء مجموعها أكبر من المجموع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a &lt;5 total with parts above 4</source>
        <translation>مجموع &lt;٥ وأجزاؤه تتجاوز ٤</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{part} alone is {number}, above the total {total}.</source>
        <extracomment>A warning on a figure (&quot;⚠ In the file: …&quot;): one part of its breakdown (&quot;Female&quot;, &quot;Children (0-17)&quot;, &quot;Sexual exploitation&quot;) is larger than the total the file gives.</extracomment>
        <translation>الفئة «{part}» وحدها تبلغ {number}، أي أكثر من المجموع ({total}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The origin &apos;{origin}&apos; alone is {number}, above the total {total}.</source>
        <translation>المنشأ «{origin}» وحده يبلغ {number}، أي أكثر من المجموع ({total}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One part alone is {number}, above the total {total}.</source>
        <translation>جزء واحد وحده يبلغ {number}، أي أكثر من المجموع ({total}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Female + male add up to {number}, more than the total {total}.</source>
        <translation>يبلغ عدد الإناث والذكور معًا {number}، أي أكثر من المجموع ({total}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children + adults add up to {number}, more than the total {total}.</source>
        <translation>يبلغ عدد الأطفال والبالغين معًا {number}، أي أكثر من المجموع ({total}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The forms of exploitation add up to {number}, more than the total {total}.</source>
        <translation>تبلغ أشكال الاستغلال معًا {number}، أي أكثر من المجموع ({total}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The origins add up to {number}, more than the total {total}.</source>
        <translation>تبلغ جهات المنشأ معًا {number}، أي أكثر من المجموع ({total}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The total is {total}, but female + male add up to {number}.</source>
        <translation>المجموع {total}، لكن عدد الإناث والذكور معًا يبلغ {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but children + adults add up to {number}.</source>
        <translation>المجموع {total}، لكن عدد الأطفال والبالغين معًا يبلغ {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but the forms of exploitation add up to {number}.</source>
        <translation>المجموع {total}، لكن أشكال الاستغلال معًا تبلغ {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but the origins add up to {number}.</source>
        <translation>المجموع {total}، لكن جهات المنشأ معًا تبلغ {number}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sex</source>
        <extracomment>The breakdown a contradiction is in, as the import report&apos;s column names it.</extracomment>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms of exploitation</source>
        <translation>أشكال الاستغلال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins</source>
        <translation>المنشأ</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../../explorer/ui/common/core_texts.py" line="+40"/>
        <source>The boundaries and names shown do not imply official endorsement or acceptance.</source>
        <extracomment>Every fixed core text the UI shows (the ``QT_TRANSLATE_NOOP`` calls are what lupdate reads).</extracomment>
        <translation>الحدود والأسماء المبيَّنة لا تعني ضمنًا تأييدًا أو قبولًا رسميًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics</source>
        <translation>بيانات إيضاحية اصطناعية: ليست إحصاءات رسمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>لا بيانات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>إناث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>ذكور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other sex</source>
        <translation>جنس آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex unknown</source>
        <translation>الجنس غير معروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children (0-17)</source>
        <translation>أطفال (٠-١٧)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults (18+)</source>
        <translation>بالغون (١٨+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age unknown</source>
        <translation>العمر غير معروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Girls</source>
        <translation>فتيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys</source>
        <translation>فتيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual exploitation</source>
        <translation>الاستغلال الجنسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced labour</source>
        <translation>العمل القسري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other forms of exploitation</source>
        <translation>أشكال الاستغلال الأخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deuteranopia (green-blind, the most common)</source>
        <translation>عمى اللون الأخضر (الأكثر شيوعًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protanopia (red-blind)</source>
        <translation>عمى اللون الأحمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tritanopia (blue-blind, rare)</source>
        <translation>عمى اللون الأزرق (نادر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greyscale (black-and-white print)</source>
        <translation>تدرّج رمادي (طباعة بالأبيض والأسود)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slide 16:9, 1920 x 1080 px</source>
        <translation>شريحة عرض 16:9، 1920 x 1080 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide 16:9 4K, 3840 x 2160 px</source>
        <translation>شريحة عرض 16:9 بدقة 4K، 3840 x 2160 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 أفقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 portrait</source>
        <translation>A4 عمودي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 landscape</source>
        <translation>A3 أفقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 portrait</source>
        <translation>A3 عمودي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: the sum of the exact figures of the countries in the place that reported; a &lt;5 is never added as a number.</source>
        <translation>المجموع: مجموع الأرقام الدقيقة للبلدان التي أبلغت في المكان؛ ولا تُضاف القيمة &lt;٥ كرقم أبدًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change since the previous year: over the countries with an exact figure in both years only (a &lt;5 or a gap in either year leaves the country out).</source>
        <translation>التغيّر منذ السنة السابقة: يُحسب على البلدان التي لديها رقم دقيق في السنتين كلتيهما فقط (تُستبعد البلدان التي لديها &lt;٥ أو لا رقم لها في إحدى السنتين).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trend: each year&apos;s change on its own constant set of countries, chained into an index (first year = 100); a rise in reporting is never read as a rise in trafficking.</source>
        <translation>الاتجاه: تغيّر كل سنة محسوب على مجموعة ثابتة خاصة بها من البلدان، ومتسلسل في مؤشر قياسي (السنة الأولى = ١٠٠)؛ ولا تُقرأ زيادة الإبلاغ أبدًا على أنها زيادة في الاتجار.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shares (children, girls, boys, women, men, forms of exploitation): over the countries that reported every part of the breakdown exactly; the range adds the countries whose parts include a &lt;5.</source>
        <translation>الحصص (الأطفال والفتيات والفتيان والنساء والرجال وأشكال الاستغلال): تُحسب على البلدان التي أبلغت عن كل أجزاء التفصيل بدقة؛ ويضيف النطاق البلدان التي تتضمن أجزاؤها قيمة &lt;٥.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where victims came from: relative to each country of detection; each share is a range, from every &lt;5 at 1 to every &lt;5 at 4.</source>
        <translation>من أين جاء الضحايا: نسبةً إلى كل بلد اكتشاف؛ وكل حصة نطاق، من احتساب كل &lt;٥ بقيمة ١ إلى احتساب كل &lt;٥ بقيمة ٤.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Levels (such as TIP tiers) are ordered ranks, not quantities: no total, sum, change, trend or share of them is computed.</source>
        <translation>المستويات (مثل فئات تقرير TIP) رُتب مرتّبة وليست كميات: لا يُحسب لها أي مجموع أو جمع أو تغيّر أو اتجاه أو حصة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A place counts how many of its countries stand at each level in the year shown, in the levels&apos; order; a country with no level that year is not counted.</source>
        <translation>يَعُدّ المكان كم بلدًا من بلدانه يقع في كل مستوى في السنة المعروضة، بترتيب المستويات؛ ولا يُحتسب البلد الذي ليس له مستوى في تلك السنة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A level outside the order (such as Special case) is counted apart and never ranked; a country&apos;s chart by year marks it above the ranked levels.</source>
        <translation>يُعَدّ المستوى الواقع خارج الترتيب (مثل Special case) على حدة ولا يُرتَّب أبدًا؛ ويُعلِّمه الرسم البياني السنوي للبلد فوق المستويات المرتّبة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>الحصص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins</source>
        <translation>بلدان المنشأ</translation>
    </message>
    <message>
        <location filename="../../explorer/render/page/legend.py" line="+61"/>
        <location filename="../../explorer/ui/common/core_texts.py" line="-77"/>
        <source>No data</source>
        <translation>لا بيانات</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../explorer/ui/common/core_texts.py" line="+1"/>
        <source>Suppressed (&lt;{n})</source>
        <translation>محجوب (&lt;{n})</translation>
    </message>
    <message>
        <location filename="../../explorer/core/demo/shown_name.py" line="+13"/>
        <source>Demo (synthetic)</source>
        <translation>عرض إيضاحي (اصطناعية)</translation>
    </message>
</context>
<context>
    <name>CountryBrief</name>
    <message>
        <location filename="../../explorer/ui/export/brief_page.py" line="+39"/>
        <source>The boundaries and names shown do not imply official endorsement or acceptance.</source>
        <translation>الحدود والأسماء المبيَّنة لا تعني ضمنًا تأييدًا أو قبولًا رسميًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortened to fit one page (…): the app shows all of it.</source>
        <translation>اختُصر هذا الموجز (…) ليتّسع في صفحة واحدة؛ يعرضه التطبيق كاملًا.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics</source>
        <translation>بيانات إيضاحية اصطناعية: ليست إحصاءات رسمية</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Produced with Trafficking Flows Explorer on {date}.</source>
        <translation>أُعِدّ باستخدام Trafficking Flows Explorer في {date}.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/country_brief.py" line="+48"/>
        <source>Country brief: {name}</source>
        <translation>موجز قطري: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{iso3} · {region} · {subregion} · country brief, {year}</source>
        <translation>{iso3} · {region} · {subregion} · موجز قطري، {year}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{indicator} ({breakdown}) by year</source>
        <translation>{indicator} ({breakdown}) حسب السنة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who the detected victims were, {year}</source>
        <translation>من هم الضحايا المكتشَفون، {year}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flows</source>
        <translation>التدفّقات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top origins: {flows}</source>
        <translation>أهم بلدان المنشأ: {flows}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected in: {flows}</source>
        <translation>اكتُشفوا في: {flows}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no flows recorded</source>
        <translation>لا تدفّقات مسجَّلة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Assistance activities ({count})</source>
        <translation>أنشطة المساعدة ({count})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>… and {count} more.</source>
        <translation>… و{count} غيرها.</translation>
    </message>
</context>
<context>
    <name>CountryProfile</name>
    <message numerus="yes">
        <location filename="../../explorer/core/indicators/country_profile.py" line="+30"/>
        <source> (sum of %n rows)</source>
        <translation>
            <numerusform> (مجموع %n صف)</numerusform>
            <numerusform> (مجموع صف واحد)</numerusform>
            <numerusform> (مجموع صفّين)</numerusform>
            <numerusform> (مجموع %n صفوف)</numerusform>
            <numerusform> (مجموع %n صفًا)</numerusform>
            <numerusform> (مجموع %n صف)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (sum of %n rows of the file)</source>
        <translation>
            <numerusform> (مجموع %n صف من الملف)</numerusform>
            <numerusform> (مجموع صف واحد من الملف)</numerusform>
            <numerusform> (مجموع صفّين من الملف)</numerusform>
            <numerusform> (مجموع %n صفوف من الملف)</numerusform>
            <numerusform> (مجموع %n صفًا من الملف)</numerusform>
            <numerusform> (مجموع %n صف من الملف)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No detected-victim figures for {name} in this dataset</source>
        <translation>لا توجد أرقام عن الضحايا المكتشَفين في {name} في مجموعة البيانات هذه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No smuggled-migrant figures for {name} in this dataset</source>
        <translation>لا توجد أرقام عن المهاجرين المهرَّبين في {name} في مجموعة البيانات هذه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No persons-convicted figures for {name} in this dataset</source>
        <translation>لا توجد أرقام عن الأشخاص المدانين في {name} في مجموعة البيانات هذه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No &quot;{indicator}&quot; figures for {name} in this dataset</source>
        <translation>لا توجد أرقام «{indicator}» عن {name} في مجموعة البيانات هذه</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../explorer/ui/panel/detail.py" line="+78"/>
        <location line="+132"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Click a country on the map, or find one with Ctrl+F.</source>
        <extracomment>The interface language: region names and numbers are written in it.</extracomment>
        <translation>انقر على بلد في الخريطة، أو ابحث عنه باستخدام Ctrl+F.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Year</source>
        <extracomment>Another edition of the data gives this figure differently (View &gt; Compare editions).</extracomment>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures over time</source>
        <translation>الأرقام عبر الزمن</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assistance activities</source>
        <translation>أنشطة المساعدة</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No country selected</source>
        <translation>لم يُحدَّد أي بلد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No country selected: click one on the map, or find one with Ctrl+F.</source>
        <translation>لم يُحدَّد أي بلد: انقر على بلد في الخريطة، أو ابحث عنه باستخدام Ctrl+F.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place_links.py" line="+73"/>
        <source>Subregion: {name} →</source>
        <translation>المنطقة الفرعية: {name} ←</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: {name} →</source>
        <translation>المنطقة: {name} ←</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/detail.py" line="+49"/>
        <source>{indicator} ({breakdown}) by year</source>
        <translation>{indicator} ({breakdown}) حسب السنة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who the detected victims were, {year}</source>
        <translation>من هم الضحايا المكتشَفون، {year}</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <location filename="../../explorer/ui/editions/menu.py" line="+18"/>
        <source>Compare &amp;editions…</source>
        <translation>مقارنة الإصدارات(&amp;E)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the newer edition of the data on screen revised</source>
        <translation>ما نقّحه الإصدار الأحدث من البيانات المعروضة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import another edition of the same publication (e.g. a newer GLOTIP export) to compare them</source>
        <translation>استورد إصدارًا آخر من المنشور نفسه (مثل ملف GLOTIP مُصدَّر أحدث) للمقارنة بينهما</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/revision_map.py" line="+42"/>
        <source>raised</source>
        <translation>رُفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowered</source>
        <translation>خُفّض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made exact within the old range</source>
        <translation>أصبح دقيقًا ضمن النطاق القديم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to a later level</source>
        <translation>انتقل إلى مستوى لاحق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to an earlier level</source>
        <translation>انتقل إلى مستوى سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved into a level outside the order</source>
        <translation>انتقل إلى مستوى خارج الترتيب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved out of a level outside the order</source>
        <translation>خرج من مستوى خارج الترتيب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new in the newer edition</source>
        <translation>جديد في الإصدار الأحدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>سُحب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>لم يتغيّر</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../explorer/ui/editions/window.py" line="+103"/>
        <source>Revision map</source>
        <translation>خريطة التنقيحات</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{words} ({count})</source>
        <translation>{words} ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no figure in either edition</source>
        <translation>لا رقم في أي من الإصدارين</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/revision_table.py" line="+32"/>
        <source>Country</source>
        <extracomment>(column of the frame, header) in the table&apos;s order.</extracomment>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old</source>
        <translation>القديم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>New</source>
        <translation>الجديد</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All revised</source>
        <extracomment>Kinds the filter offers; &quot;&quot; shows every revised figure (unchanged ones left out).</extracomment>
        <translation>كل ما نُقِّح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>سُحب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>لم يتغيّر</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{kind} ({direction})</source>
        <translation>{kind} ({direction})</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Filter: country, …</source>
        <translation>تصفية: بلد، …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the revised figures</source>
        <translation>تصفية الأرقام المنقَّحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of revision</source>
        <translation>نوع التنقيح</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../explorer/ui/editions/window.py" line="+5"/>
        <source>Revised figures</source>
        <translation>الأرقام المنقَّحة</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/window.py" line="-54"/>
        <source>no figures</source>
        <translation>لا أرقام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} (N={n} of {m})</source>
        <translation>{total} (N={n} من {m})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not computable</source>
        <translation>يتعذّر حسابه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pct} (N={n})</source>
        <translation>{pct} (N={n})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Compare editions</source>
        <translation>مقارنة الإصدارات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export table…</source>
        <translation>تصدير الجدول(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+121"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>The World and regions in each edition</source>
        <translation>العالم والمناطق في كل إصدار</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>World and regions</source>
        <translation>العالم والمناطق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current edition:</source>
        <translation>الإصدار الحالي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compared with:</source>
        <translation>مقارنةً بـ:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The workspace holds one edition only.</source>
        <translation>لا تحتوي مساحة العمل إلا على إصدار واحد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{new} against the {old}: {changed} figures changed, {added} new, {withdrawn} withdrawn, {same} unchanged. The map shows {indicator}, {breakdown}, {year}.</source>
        <translation>{new} مقارنةً بـ {old}: أرقام متغيّرة {changed}، وجديدة {added}، ومسحوبة {withdrawn}، ودون تغيير {same}. تعرض الخريطة {indicator}، {breakdown}، {year}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{old} → {new} ({kind})</source>
        <translation>{old} ← {new} ({kind})</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Total, {edition}</source>
        <translation>المجموع، {edition}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Change, {edition}</source>
        <translation>التغيّر، {edition}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{year}. Total: the sum of the exact figures of the N countries that reported one, of M in the place. Change since {previous}: over the N countries with an exact figure in both years, in that edition.</source>
        <translation>{year}. المجموع: مجموع الأرقام الدقيقة لعدد N من البلدان التي أبلغت عن رقم، من أصل M في المكان. التغيّر منذ {previous}: على عدد N من البلدان التي لديها رقم دقيق في السنتين كلتيهما، في ذلك الإصدار.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+9"/>
        <source>Export revised figures</source>
        <translation>تصدير الأرقام المنقَّحة</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>مصنّف Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../../explorer/ui/window/error_handler.py" line="+170"/>
        <source>Error &amp;log…</source>
        <extracomment>The package logger: the error log also gets the app&apos;s own warnings.</extracomment>
        <translation>سجل الأخطاء(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where unexpected errors are written, to send with a report</source>
        <translation>المكان الذي تُكتب فيه الأخطاء غير المتوقعة، لإرساله مع بلاغ</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{error} happened again ({count} times); see Help &gt; Error log</source>
        <translation>تكرّر الخطأ {error} (عدد المرات: {count})؛ انظر تعليمات &gt; سجل الأخطاء</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/error_texts.py" line="+28"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: {error}</source>
        <translation>حدث خطأ ما: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app keeps running, but what you just did may not have finished.</source>
        <translation>يواصل التطبيق العمل، لكن ما قمت به للتو ربما لم يكتمل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are in the log file:</source>
        <translation>التفاصيل موجودة في ملف السجل:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No log file could be written: copy the details below instead.</source>
        <translation>تعذّرت كتابة ملف السجل: انسخ التفاصيل أدناه بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This error happened {count} times.</source>
        <translation>عدد مرات وقوع هذا الخطأ: {count}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} other error(s) happened since; they are in the log too.</source>
        <translation>أخطاء أخرى وقعت منذ ذلك الحين: {count}؛ وهي مسجَّلة في السجل أيضًا.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Error log</source>
        <translation>سجل الأخطاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected errors are written, with their details, to:</source>
        <translation>تُكتب الأخطاء غير المتوقعة، مع تفاصيلها، في:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors this session: {count}. Send the file with a problem report.</source>
        <translation>الأخطاء في هذه الجلسة: {count}. أرسل الملف مع بلاغ المشكلة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open log folder</source>
        <translation>فتح مجلد السجل</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/ui/export/formats.py" line="+28"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image (*.svg)</source>
        <translation>صورة متجهية SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive HTML map, works offline (*.html)</source>
        <translation>خريطة HTML تفاعلية تعمل دون اتصال (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنّف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage for QGIS (*.gpkg)</source>
        <translation>GeoPackage لبرنامج QGIS (*.gpkg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image</source>
        <translation>صورة متجهية SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive HTML map (offline)</source>
        <translation>خريطة HTML تفاعلية (دون اتصال)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: CSV</source>
        <translation>البيانات: CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: Excel (XLSX)</source>
        <translation>البيانات: Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: GeoPackage (QGIS)</source>
        <translation>البيانات: GeoPackage (QGIS)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not used by the interactive HTML map: it fills the browser window and opens on the whole world with its legends. Used by PNG, SVG and PDF images.</source>
        <translation>لا يُستخدم في خريطة HTML التفاعلية: فهي تملأ نافذة المتصفح وتُفتح على العالم كله مع مفاتيح الخريطة. يُستخدم لصور PNG و SVG و PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not used by data files (CSV, Excel, GeoPackage): they hold the figures, not a picture. Used by PNG, SVG and PDF images.</source>
        <translation>لا يُستخدم في ملفات البيانات (CSV و Excel و GeoPackage): فهي تحتوي على الأرقام لا على صورة. يُستخدم لصور PNG و SVG و PDF.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/dialog.py" line="+51"/>
        <location line="+217"/>
        <source>Export map</source>
        <translation>تصدير الخريطة</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Legends (classes, no data, suppressed, flow widths)</source>
        <translation>مفاتيح الخريطة (الفئات، لا بيانات، القيم المحجوبة، عروض التدفّقات)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole world</source>
        <translation>العالم كله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current view</source>
        <translation>العرض الحالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format:</source>
        <translation>التنسيق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle:</source>
        <translation>العنوان الفرعي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source line:</source>
        <translation>سطر المصدر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caveat:</source>
        <translation>التحفّظ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclaimer:</source>
        <translation>إخلاء المسؤولية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date line:</source>
        <translation>سطر التاريخ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extent:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>السمة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synthetic data: the export carries the SYNTHETIC band.</source>
        <translation>بيانات اصطناعية: يحمل الملف المُصدَّر شريط «بيانات اصطناعية».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export preview</source>
        <translation>معاينة التصدير</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy image</source>
        <translation>نسخ الصورة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the map image to the clipboard, to paste into slides</source>
        <translation>نسخ صورة الخريطة إلى الحافظة، للصقها في شرائح العرض</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{width} x {height} px</source>
        <translation>{width} x {height} px</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{width} x {height} mm ({pixels} at {dpi} dpi)</source>
        <translation>{width} x {height} mm ({pixels} بدقة {dpi} dpi)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{format}, {size}.</source>
        <translation>{format}، {size}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An interactive map in one HTML file that opens with no network.</source>
        <translation>خريطة تفاعلية في ملف HTML واحد تُفتح دون اتصال بالشبكة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{format}: the values, classes and flows shown, with the source.</source>
        <translation>{format}: القيم والفئات والتدفّقات المعروضة، مع المصدر.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written: {error}</source>
        <translation>لم يُكتب أي شيء: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {path}</source>
        <translation>تم تصدير {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Map image copied to the clipboard</source>
        <translation>نُسخت صورة الخريطة إلى الحافظة</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/page_size.py" line="+21"/>
        <source>Custom size</source>
        <translation>حجم مخصص</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Width</source>
        <extracomment>a PNG of a paper page gets print resolution</extracomment>
        <translation>العرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of width and height</source>
        <translation>وحدة العرض والارتفاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (dots per inch)</source>
        <translation>الدقة (نقطة لكل بوصة)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>x</source>
        <comment>width x height</comment>
        <translation>x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at</source>
        <comment>a size at a resolution</comment>
        <translation>بدقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../explorer/core/data/figures.py" line="+76"/>
        <source>no figure</source>
        <translation>عدم وجود رقم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {figure} figure</source>
        <translation>رقم {figure}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an inexact figure</source>
        <translation>رقم غير دقيق</translation>
    </message>
    <message>
        <location filename="../../explorer/core/data/values.py" line="+28"/>
        <source>at least {number}</source>
        <extracomment>Flag of a derived value known only as a range (a rate from a suppressed count). Flag of a sum that includes ``&lt;5`` cells: ``value`` is then a lower bound.</extracomment>
        <translation>{number} على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low} to {high}</source>
        <translation>من {low} إلى {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>لا بيانات</translation>
    </message>
</context>
<context>
    <name>FirstFrame</name>
    <message>
        <location filename="../../explorer/ui/window/first_frame.py" line="+81"/>
        <source>Opening the workspace…</source>
        <extracomment>The stored settings that change how the map looks: every ``view/`` one. (The window&apos;s size and docks are the frame&apos;s own: it is kept after the window closed and stored them.)</extracomment>
        <translation>جارٍ فتح مساحة العمل…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../explorer/ui/window/first_run.py" line="+47"/>
        <source>About the demo data</source>
        <translation>حول البيانات الإيضاحية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is synthetic demonstration data</source>
        <translation>هذه بيانات إيضاحية اصطناعية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures and flows on this map are invented by the program to show how it works. They are not official statistics and must not be quoted.</source>
        <translation>الأرقام والتدفّقات على هذه الخريطة من اختلاق البرنامج لبيان طريقة عمله. وهي ليست إحصاءات رسمية ولا يجوز الاستشهاد بها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To see real data, choose File &gt; Import data… or drag a file onto the window: a UNODC GLOTIP export (xlsx or csv), a CTDC data file, a country-indicator sheet or an activity list. Imports are kept in your workspace, with their source and caveats.</source>
        <translation>لعرض بيانات حقيقية، اختر ملف &gt; استيراد بيانات… أو اسحب ملفًا إلى النافذة: ملف GLOTIP مُصدَّر من UNODC (xlsx أو csv)، أو ملف بيانات CTDC، أو جدول مؤشرات قطرية، أو قائمة أنشطة. تُحفظ البيانات المستوردة في مساحة العمل الخاصة بك، مع مصدرها وتحفّظاتها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import data…</source>
        <translation>استيراد بيانات(&amp;I)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing needs a workspace (started without --demo-only)</source>
        <translation>يتطلب الاستيراد مساحة عمل (التشغيل دون --demo-only)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Got it</source>
        <translation>فهمت(&amp;G)</translation>
    </message>
</context>
<context>
    <name>FlowControls</name>
    <message>
        <location filename="../../explorer/ui/map/flow_controls.py" line="+28"/>
        <source>Follow the map&apos;s indicator</source>
        <translation>اتّباع مؤشر الخريطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All flows</source>
        <translation>كل التدفّقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into the selected country</source>
        <translation>إلى البلد المحدَّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of the selected country</source>
        <translation>من البلد المحدَّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into and out of the selected country</source>
        <translation>إلى البلد المحدَّد ومنه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Square root of volume</source>
        <translation>الجذر التربيعي للحجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear in volume</source>
        <translation>خطي حسب الحجم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subregions</source>
        <translation>المناطق الفرعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By origin region</source>
        <translation>حسب منطقة المنشأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single colour</source>
        <translation>لون واحد</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Flows</source>
        <translation>التدفّقات</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Show flows</source>
        <extracomment>The language indicators are named in (the data keep English).</extracomment>
        <translation>عرض التدفّقات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flow indicator</source>
        <translation>مؤشر التدفّقات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows between</source>
        <translation>التدفّقات بين</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sum the country flows into flows between UN subregions or regions (flows inside one place are drawn as a ring)</source>
        <translation>جمع تدفّقات البلدان في تدفّقات بين المناطق الفرعية أو المناطق حسب تصنيف الأمم المتحدة (تُرسم التدفّقات داخل المكان الواحد على شكل حلقة)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of largest flows</source>
        <translation>عدد أكبر التدفّقات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum volume</source>
        <translation>الحد الأدنى للحجم</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Focus</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Same widths for every year</source>
        <translation>العروض نفسها لكل السنوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock width scale</source>
        <translation>تثبيت مقياس العرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Show &lt;5 flows as dashed lines</source>
        <translation>عرض التدفّقات &lt;٥ بخطوط متقطعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show suppressed flows</source>
        <translation>عرض التدفّقات المحجوبة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Circles for incoming and outgoing totals</source>
        <translation>دوائر لمجاميع التدفّقات الواردة والصادرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location totals</source>
        <translation>مجاميع المواقع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between</source>
        <translation>بين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>الأكبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least</source>
        <translation>على الأقل</translation>
    </message>
</context>
<context>
    <name>FlowLegend</name>
    <message>
        <location filename="../../explorer/render/flows/legend.py" line="+44"/>
        <source>Total detected in the country</source>
        <extracomment>The ring&apos;s words (&quot;&quot; = own nationals; flows between places: within the place).</extracomment>
        <translation>مجموع المكتشَفين في البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total from the country (dashed)</source>
        <translation>مجموع القادمين من البلد (متقطع)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own nationals (domestic)</source>
        <translation>مواطنو البلد نفسه (محلي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppressed (&lt;5)</source>
        <translation>محجوب (&lt;٥)</translation>
    </message>
</context>
<context>
    <name>FlowPair</name>
    <message>
        <location filename="../../explorer/ui/panel/flow_pair.py" line="+45"/>
        <source>Year</source>
        <extracomment>The flows on the map (summed between places when the layer joins places) and the names of their ends: a clicked subregion flow has its series here too.</extracomment>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected flow by year</source>
        <translation>التدفّق المحدَّد حسب السنة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Selected flow: {origin} → {destination} ({what})</source>
        <translation>التدفّق المحدَّد: {origin} ← {destination} ({what})</translation>
    </message>
</context>
<context>
    <name>FlowTable</name>
    <message>
        <location filename="../../explorer/core/indicators/country_flow_table.py" line="+89"/>
        <source>No shares: no row has an exact figure</source>
        <translation>لا حصص: لا يوجد صف برقم دقيق</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Shares are of the {sum} {people} counted exactly; %n rows without an exact figure (&lt;5) left out</source>
        <translation>
            <numerusform>الحصص محسوبة من {sum} {people} عُدّوا بدقة؛ ولم يُحتسب %n صف دون رقم دقيق (&lt;٥)</numerusform>
            <numerusform>الحصص محسوبة من {sum} {people} عُدّوا بدقة؛ ولم يُحتسب صف واحد دون رقم دقيق (&lt;٥)</numerusform>
            <numerusform>الحصص محسوبة من {sum} {people} عُدّوا بدقة؛ ولم يُحتسب صفّان دون رقم دقيق (&lt;٥)</numerusform>
            <numerusform>الحصص محسوبة من {sum} {people} عُدّوا بدقة؛ ولم تُحتسب %n صفوف دون رقم دقيق (&lt;٥)</numerusform>
            <numerusform>الحصص محسوبة من {sum} {people} عُدّوا بدقة؛ ولم يُحتسب %n صفًا دون رقم دقيق (&lt;٥)</numerusform>
            <numerusform>الحصص محسوبة من {sum} {people} عُدّوا بدقة؛ ولم يُحتسب %n صف دون رقم دقيق (&lt;٥)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <location filename="../../explorer/core/flows/labels.py" line="+24"/>
        <source>Own nationals (domestic)</source>
        <translation>مواطنو البلد نفسه (محلي)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown origin</source>
        <translation>منشأ غير معروف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place} (former country, not on today&apos;s map)</source>
        <translation>{place} (بلد سابق، غير موجود على خريطة اليوم)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{region} (region, country not specified)</source>
        <translation>{region} (منطقة، البلد غير محدد)</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>{amount} identified victims</source>
        <translation>
            <numerusform>{amount} ضحية تم تحديد هويتها</numerusform>
            <numerusform>{amount} ضحية تم تحديد هويتها</numerusform>
            <numerusform>{amount} ضحيتان تم تحديد هويتهما</numerusform>
            <numerusform>{amount} ضحايا تم تحديد هويتهم</numerusform>
            <numerusform>{amount} ضحية تم تحديد هويتها</numerusform>
            <numerusform>{amount} ضحية تم تحديد هويتها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} detected victims</source>
        <translation>
            <numerusform>{amount} ضحية مكتشَفة</numerusform>
            <numerusform>{amount} ضحية مكتشَفة</numerusform>
            <numerusform>{amount} ضحيتان مكتشَفتان</numerusform>
            <numerusform>{amount} ضحايا مكتشَفين</numerusform>
            <numerusform>{amount} ضحية مكتشَفة</numerusform>
            <numerusform>{amount} ضحية مكتشَفة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} smuggled migrants detected</source>
        <translation>
            <numerusform>{amount} مهاجر مهرَّب مكتشَف</numerusform>
            <numerusform>{amount} مهاجر مهرَّب مكتشَف</numerusform>
            <numerusform>{amount} مهاجران مهرَّبان مكتشَفان</numerusform>
            <numerusform>{amount} مهاجرين مهرَّبين مكتشَفين</numerusform>
            <numerusform>{amount} مهاجرًا مهرَّبًا مكتشَفًا</numerusform>
            <numerusform>{amount} مهاجر مهرَّب مكتشَف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} persons convicted</source>
        <translation>
            <numerusform>{amount} شخص مدان</numerusform>
            <numerusform>{amount} شخص مدان</numerusform>
            <numerusform>{amount} شخصان مدانان</numerusform>
            <numerusform>{amount} أشخاص مدانين</numerusform>
            <numerusform>{amount} شخصًا مدانًا</numerusform>
            <numerusform>{amount} شخص مدان</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} ({indicator})</source>
        <translation>{amount} ({indicator})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>identified victims</source>
        <translation>الضحايا الذين تم تحديد هويتهم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected victims</source>
        <translation>الضحايا المكتشَفون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smuggled migrants detected</source>
        <translation>المهاجرون المهرَّبون المكتشَفون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persons convicted</source>
        <translation>الأشخاص المدانون</translation>
    </message>
    <message>
        <location filename="../../explorer/core/flows/selection.py" line="+106"/>
        <source>{amount} of unknown origin</source>
        <translation>{amount} من منشأ غير معروف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} own nationals (domestic)</source>
        <translation>{amount} من مواطني البلد نفسه (محلي)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} from {place}</source>
        <translation>{amount} من {place}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{amount} from {place} (not on the map)</source>
        <translation>{amount} من {place} (غير موجود على الخريطة)</translation>
    </message>
</context>
<context>
    <name>FlowsOverlay</name>
    <message>
        <location filename="../../explorer/render/flows/drawn.py" line="+31"/>
        <source>subregions</source>
        <extracomment>``translate(context, text)``: the app&apos;s translations, installed by the ui at start.</extracomment>
        <translation>المناطق الفرعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Width: square-root scale, {scale}</source>
        <translation>العرض: مقياس الجذر التربيعي، {scale}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width: linear scale, {scale}</source>
        <translation>العرض: مقياس خطي، {scale}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>From {region}</source>
        <translation>من {region}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>locked across years</source>
        <translation>مثبَّت عبر السنوات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this year</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows: {what}, {year}</source>
        <translation>التدفّقات: {what}، {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows between {level}: {what}, {year}</source>
        <translation>التدفّقات بين {level}: {what}، {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within the place (own nationals included)</source>
        <translation>داخل المكان (بما في ذلك مواطنو البلد نفسه)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map/flows_overlay.py" line="+167"/>
        <source>{origin} → {destination}, {year}: {what}</source>
        <translation>{origin} ← {destination}، {year}: {what}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Country pairs behind it ({n}):</source>
        <translation>أزواج البلدان التي يستند إليها ({n}):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and {n} more</source>
        <translation>… و{n} غيرها</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../explorer/ui/window/about_dialog.py" line="+111"/>
        <source>not stated</source>
        <extracomment>Licences of the dependencies, for packages whose metadata does not name one clearly. Packages the app needs beyond its declared dependencies (PySide6&apos;s runtime). Free-text licence names and their SPDX identifiers. Licence texts too vague to print when the table above knows better.</extracomment>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not installed</source>
        <translation>غير مثبَّت</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Font licence text (SIL Open Font License 1.1): {path}</source>
        <translation>نص ترخيص الخطوط (SIL Open Font License 1.1): {path}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Country shapes: Natural Earth admin-0 countries, 1:50m (Natural Earth 4.1.0), as packaged in world-atlas 2.0.2. Natural Earth data: public domain. world-atlas packaging: ISC licence, (c) Michael Bostock. Boundaries are Natural Earth&apos;s de facto lines, not an official position.</source>
        <translation>أشكال البلدان: بلدان Natural Earth من المستوى admin-0، بمقياس 1:50m (Natural Earth 4.1.0)، بالصيغة المحزَّمة في world-atlas 2.0.2. بيانات Natural Earth: ملك عام. تحزيم world-atlas: ترخيص ISC، (c) Michael Bostock. الحدود هي خطوط الأمر الواقع لدى Natural Earth، وليست موقفًا رسميًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo data: synthetic, generated by this program to show how it works. Not official statistics.</source>
        <translation>البيانات الإيضاحية: اصطناعية، يولّدها هذا البرنامج لبيان طريقة عمله. ليست إحصاءات رسمية.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported data stay under their publishers&apos; terms (UNODC GLOTIP, CTDC and others); each dataset&apos;s source, edition, licence and caveats are in File &gt; Dataset provenance…</source>
        <translation>تبقى البيانات المستوردة خاضعة لشروط الجهات الناشرة لها (UNODC GLOTIP وCTDC وغيرها)؛ ويرد مصدر كل مجموعة بيانات وإصدارها وترخيصها وتحفّظاتها في ملف &gt; منشأ مجموعة البيانات…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leaflet {version} (inlined in the interactive HTML export): BSD-2-Clause, (c) Vladimir Agafonkin, (c) CloudMade.</source>
        <translation>Leaflet {version} (مضمَّنة في تصدير HTML التفاعلي): BSD-2-Clause، (c) Vladimir Agafonkin، (c) CloudMade.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An offline map of human-trafficking and migrant-smuggling data. It makes no network request.</source>
        <translation>خريطة تعمل دون اتصال لبيانات الاتجار بالبشر وتهريب المهاجرين. لا تُجري أي طلب عبر الشبكة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+89"/>
        <source>Data sources</source>
        <translation>مصادر البيانات</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Libraries (package, version, licence)</source>
        <translation>المكتبات (الحزمة، الإصدار، الترخيص)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compiled libraries inside them</source>
        <translation>المكتبات المترجَمة المضمَّنة فيها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fonts (font, version, licence)</source>
        <translation>الخطوط (الخط، الإصدار، الترخيص)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About Trafficking Flows Explorer</source>
        <translation>حول Trafficking Flows Explorer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Package</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Font</source>
        <translation>الخط</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Libraries</source>
        <translation>المكتبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compiled libraries</source>
        <translation>المكتبات المترجَمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy all as text</source>
        <translation>نسخ الكل كنص(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/how_to_read.py" line="+30"/>
        <source>Detected victims are not prevalence</source>
        <translation>الضحايا المكتشَفون ليسوا مقياسًا لمدى الانتشار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures count victims that the authorities of a country detected and reported: people identified by police, prosecutors, courts, social services or organisations. They do not estimate how many people are trafficked. A high figure can mean that a country looks hard and records well; a low figure, or none, does not mean that trafficking is rare.</source>
        <translation>تُحصي الأرقام الضحايا الذين اكتشفتهم سلطات البلد وأبلغت عنهم: أشخاص حدّدتهم الشرطة أو النيابة العامة أو المحاكم أو الخدمات الاجتماعية أو المنظمات. وهي لا تقدّر عدد الأشخاص المتَّجر بهم. فقد يعني الرقم المرتفع أن البلد يبحث بجدّ ويسجّل جيدًا؛ ولا يعني الرقم المنخفض، أو انعدامه، أن الاتجار نادر.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Countries detect differently</source>
        <translation>تختلف البلدان في طرق الاكتشاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laws, definitions, institutions and ways of counting differ between countries and change over time. Compare countries with care; a trend within one country is usually safer than a ranking of countries.</source>
        <translation>تختلف القوانين والتعاريف والمؤسسات وطرق العدّ بين البلدان وتتغيّر بمرور الوقت. قارِن بين البلدان بحذر؛ فالاتجاه داخل بلد واحد عادةً أكثر موثوقية من ترتيب البلدان.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suppressed small counts</source>
        <translation>الأعداد الصغيرة المحجوبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishers hide small numbers to protect the people behind them: &quot;&lt;5&quot; (UNODC GLOTIP) means between 1 and 4, &quot;&lt;10&quot; (CTDC) between 1 and 9. The map shows such figures as a range with their own legend swatch, never as a number and never as zero; totals that include them read &quot;at least&quot;. Grey countries have no figure for that year.</source>
        <translation>تُخفي الجهات الناشرة الأعداد الصغيرة لحماية الأشخاص المعنيين: &quot;&lt;٥&quot; (UNODC GLOTIP) تعني ما بين ١ و٤، و&quot;&lt;١٠&quot; (CTDC) ما بين ١ و٩. تعرض الخريطة هذه الأرقام كنطاق له رمز خاص في مفتاح الخريطة، ولا تعرضها أبدًا كرقم ولا كصفر؛ وتُقرأ المجاميع التي تتضمنها &quot;على الأقل&quot;. البلدان الرمادية لا رقم لها في تلك السنة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flows are minimum figures</source>
        <translation>التدفّقات أرقام دنيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An arrow from A to B counts the victims detected in B whose citizenship was recorded as A. Victims whose citizenship was not recorded, or recorded only as a region or as unknown, have no arrow: they are listed in the country&apos;s tooltip and panel. So each arrow is at least the number shown, and a country&apos;s arrows do not add up to all its victims. Citizenship is not always where a person was recruited.</source>
        <translation>يُحصي السهم من A إلى B الضحايا المكتشَفين في B الذين سُجّلت جنسيتهم على أنها A. أما الضحايا الذين لم تُسجَّل جنسيتهم، أو سُجّلت كمنطقة فقط أو كغير معروفة، فلا سهم لهم: وهم مدرجون في التلميح الخاص بالبلد وفي لوحته. لذا فكل سهم يمثّل على الأقل الرقم المعروض، ولا يبلغ مجموع أسهم البلد كل ضحاياه. والجنسية ليست دائمًا المكان الذي جُنّد فيه الشخص.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case data (CTDC)</source>
        <translation>بيانات الحالات (CTDC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTDC data describe identified cases recorded by the contributing organisations: a sample of identified victims, not a count for a whole country.</source>
        <translation>تصف بيانات CTDC الحالات المحدَّدة التي سجّلتها المنظمات المساهمة: وهي عيّنة من الضحايا الذين تم تحديد هويتهم، وليست عددًا لبلد بأكمله.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rates per 100,000</source>
        <translation>المعدلات لكل ١٠٠٬٠٠٠ نسمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates divide a count by the population loaded in the workspace for the same country and year (or the nearest year, said in the caveat). A rate built on a suppressed count is a range. Demo data get no rates.</source>
        <translation>تقسم المعدلات العدد على السكان المحمَّلين في مساحة العمل للبلد والسنة نفسيهما (أو أقرب سنة، كما يُذكر في التحفّظ). والمعدل المبني على عدد محجوب هو نطاق. ولا تُحسب معدلات للبيانات الإيضاحية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The World, regions and groups</source>
        <translation>العالم والمناطق والمجموعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With no country selected, the panel shows a place: the World, a UN region or subregion, or a group of your own (the place picker, View &gt; Zoom to region, or the links in a country&apos;s panel). Every figure says how many countries it covers (N), because countries report different years:</source>
        <translation>عند عدم تحديد أي بلد، تعرض اللوحة مكانًا: العالم، أو منطقة أو منطقة فرعية حسب تصنيف الأمم المتحدة، أو مجموعة من إنشائك (أداة اختيار المكان، أو عرض &gt; التكبير إلى منطقة، أو الروابط في لوحة البلد). ويبيّن كل رقم عدد البلدان التي يشملها (N)، لأن البلدان تُبلغ عن سنوات مختلفة:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flows between places</source>
        <translation>التدفّقات بين الأماكن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows &gt; Between: subregions or regions sums the country flows into flows between places, drawn between points on land inside each place; flows inside one place (own nationals included) are its ring. The tooltip lists the country pairs behind each. A sum with a &lt;5 part reads &quot;at least&quot;.</source>
        <translation>التدفّقات &gt; بين: يجمع خيار المناطق الفرعية أو المناطق تدفّقات البلدان في تدفّقات بين الأماكن، تُرسم بين نقاط على اليابسة داخل كل مكان؛ وتمثّل حلقة المكان التدفّقات داخله (بما في ذلك مواطنو البلد نفسه). ويسرد التلميح أزواج البلدان التي يستند إليها كل تدفّق. والمجموع الذي يتضمن جزءًا &lt;٥ يُقرأ &quot;على الأقل&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sources and caveats</source>
        <translation>المصادر والتحفّظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every dataset keeps its provenance: publisher, edition, file, checksum and the publisher&apos;s caveats (File &gt; Dataset provenance…). Exports carry the source line.</source>
        <translation>تحتفظ كل مجموعة بيانات بمنشئها: الجهة الناشرة والإصدار والملف والمجموع الاختباري وتحفّظات الجهة الناشرة (ملف &gt; منشأ مجموعة البيانات…). وتحمل الملفات المُصدَّرة سطر المصدر.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to read this map</source>
        <translation>كيفية قراءة هذه الخريطة</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The dataset on screen: {name}</source>
        <translation>مجموعة البيانات المعروضة: {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/help_dialogs.py" line="+44"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mouse: the wheel zooms, dragging pans, a click selects a country or a flow.</source>
        <translation>الفأرة: العجلة للتكبير والتصغير، والسحب للتحريك، والنقر لتحديد بلد أو تدفّق.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Help</source>
        <translation>تعليمات(&amp;H)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How to &amp;read this map</source>
        <translation>كيفية قراءة هذه الخريطة(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Trafficking Flows Explorer</source>
        <translation>حول Trafficking Flows Explorer(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HtmlPage</name>
    <message>
        <location filename="../../explorer/web/html_layers.py" line="+108"/>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../explorer/web/html_legend.py" line="+26"/>
        <source>Line width by number of {people}; arrowheads point to the destination.</source>
        <translation>سُمك الخط حسب عدد {people}؛ ورؤوس الأسهم تشير إلى بلد المقصد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faded flows are outside the current focus.</source>
        <translation>التدفقات الباهتة خارج التركيز الحالي.</translation>
    </message>
    <message>
        <location filename="../../explorer/web/html_page.py" line="+62"/>
        <source>Interactive map drawn with Leaflet {version}.</source>
        <translation>خريطة تفاعلية مرسومة باستخدام Leaflet {version}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="+154"/>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country name</source>
        <translation>اسم البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin</source>
        <translation>المنشأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin name (checks the code)</source>
        <translation>اسم المنشأ (يتحقق من الرمز)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination name (checks the code)</source>
        <translation>اسم الوجهة (يتحقق من الرمز)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator names</source>
        <translation>أسماء المؤشرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored</source>
        <translation>مُهمَل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>مؤشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values</source>
        <translation>قيم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values of a year</source>
        <translation>قيم سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flow indicator</source>
        <translation>مؤشر تدفّقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no flow</source>
        <translation>لا تدفّق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a year column of a wide table</source>
        <translation>ليس عمود سنة في جدول عريض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a year column of a wide table, but the table has one row per year</source>
        <translation>عمود سنة لجدول عريض، لكن الجدول فيه صف لكل سنة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notes, codes and flags are not figures</source>
        <translation>الملاحظات والرموز والعلامات ليست أرقامًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text, not numbers</source>
        <translation>نص، لا أرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers, but not chosen as a value column</source>
        <translation>أرقام، لكنه لم يُختر عمودَ قيم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers, but no value column was chosen</source>
        <translation>أرقام، لكن لم يُختر أي عمود قيم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: nothing imported</source>
        <translation>{indicator}: لم يُستورد شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{indicator}: levels (categorical)</source>
        <extracomment>An indicator and what the app does with its figures, by kind.</extracomment>
        <translation>{indicator}: مستويات (فئوي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: a rate (never summed)</source>
        <translation>{indicator}: معدل (لا يُجمع أبدًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: a count (summed in regional totals)</source>
        <translation>{indicator}: عدد (يُجمع في المجاميع الإقليمية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: not a count (never summed)</source>
        <translation>{indicator}: ليس عددًا (لا يُجمع أبدًا)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} indicators ({listed})</source>
        <extracomment>A value column holding several indicators: how many, then the first ones and their kinds.</extracomment>
        <translation>المؤشرات: {count} ({listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} indicators ({listed} and {more} more)</source>
        <translation>المؤشرات: {count} ({listed} و{more} أخرى)</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../explorer/ui/workspace/import_job.py" line="+64"/>
        <source>{file}: could not be imported ({error})</source>
        <translation>{file}: تعذّر استيراده ({error})</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../explorer/core/names/agency_codes.py" line="+24"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified nationality</source>
        <translation>جنسية غير محددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>stateless</source>
        <translation>عديم الجنسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refugee (1951 Convention)</source>
        <translation>لاجئ (اتفاقية عام ١٩٥١)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refugee (other)</source>
        <translation>لاجئ (غير ذلك)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tibetan</source>
        <translation>تبتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>various</source>
        <translation>متنوع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a code that is not a country</source>
        <extracomment>What a code shaped like a country&apos;s but of no country stands for.</extracomment>
        <translation>رمز ليس بلدًا</translation>
    </message>
    <message>
        <location filename="../../explorer/core/names/historical.py" line="+29"/>
        <source>{code} {country} (a country until {year})</source>
        <extracomment>Why a table row naming a former country is not a row of a country: &quot;is ...&quot; follows. A former country in the import report&apos;s words (said in the interface language there).</extracomment>
        <translation>{code} {country} (بلد حتى عام {year})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a former country, kept apart as {place} (not merged into {successors})</source>
        <translation>بلد سابق، أُبقي منفصلًا باسم {place} (لم يُدمج في {successors})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any of the {count} countries of today on its territory</source>
        <extracomment>The successors of a former country of more than three countries of today.</extracomment>
        <translation>أيٍّ من البلدان الحالية على أراضيه (وعددها {count})</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/report_words.py" line="+108"/>
        <source>row {list}</source>
        <translation>الصف {list}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {list}</source>
        <translation>الصفوف {list}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows {list}, ... ({count} rows)</source>
        <extracomment>The first rows of a long list, then how many in all.</extracomment>
        <translation>الصفوف {list}، … (عدد الصفوف: {count})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a country code: {cell}</source>
        <translation>ليس رمز بلد: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no indicator</source>
        <translation>لا مؤشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blank value</source>
        <translation>قيمة فارغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a number: {cell}</source>
        <translation>القيمة ليست رقمًا: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year is not a whole number: {cell}</source>
        <translation>السنة ليست عددًا صحيحًا: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implausible: questionnaire code {category} with value {value}</source>
        <translation>غير معقول: رمز استبيان {category} بالقيمة {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>implausible: count {value} is 1,000,000 or more</source>
        <translation>غير معقول: العدد {value} يبلغ ١٬٠٠٠٬٠٠٠ أو أكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a total row in {dimension} (labelled {category}), not a flow (it would count victims twice)</source>
        <translation>صف مجموع في {dimension} (بالتسمية {category})، وليس تدفّقًا (لكان سيحسب الضحايا مرتين)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a row without a label in {dimension}: it is larger than the country&apos;s total ({total}), so not a part of it; not a flow (it would count victims twice)</source>
        <translation>صف بلا تسمية في {dimension}: أكبر من مجموع البلد ({total})، فليس جزءًا منه؛ وليس تدفّقًا (لكان سيحسب الضحايا مرتين)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row without a label in {dimension}: its value equals the country&apos;s total ({total}); not a flow (it would count victims twice)</source>
        <translation>صف بلا تسمية في {dimension}: قيمته تساوي مجموع البلد ({total})؛ وليس تدفّقًا (لكان سيحسب الضحايا مرتين)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row without a label in {dimension}: its value equals the sum of the labelled rows ({total}); not a flow (it would count victims twice)</source>
        <translation>صف بلا تسمية في {dimension}: قيمته تساوي مجموع الصفوف ذات التسميات ({total})؛ وليس تدفّقًا (لكان سيحسب الضحايا مرتين)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>your choice in the import report</source>
        <translation>اختيارك في تقرير الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same value in every row</source>
        <translation>القيمة نفسها في كل صف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no total to check a sum against: the largest kept</source>
        <translation>لا مجموع للتحقق من المجموع مقابله: أُبقي على الأكبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with the other parts they add up to {sum}, within the total {total}</source>
        <translation>مع الأجزاء الأخرى يبلغ مجموعها {sum}، ضمن المجموع {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>summed with the other parts they would be {sum}, more than the total {total}: the largest kept</source>
        <translation>لو جُمعت مع الأجزاء الأخرى لبلغت {sum}، أكثر من المجموع {total}: أُبقي على الأكبر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{low} to {high}</source>
        <extracomment>The figure of parts summed with a &lt;5 among them: a range (&quot;7 to 10&quot;, &quot;7 to ?&quot;).</extracomment>
        <translation>من {low} إلى {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of {count} rows sharing one breakdown ({values}): summed as parts of one figure, {kept}</source>
        <extracomment>What became of one row of a group (&quot;Show source rows&quot;); &quot;{values}&quot; lists the group&apos;s.</extracomment>
        <translation>أحد الصفوف ({count}) التي تتشارك تفصيلًا واحدًا ({values}): جُمعت بوصفها أجزاء رقم واحد، {kept}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of {count} rows sharing one breakdown ({values}): taken as repeats of one figure, {kept} kept</source>
        <translation>أحد الصفوف ({count}) التي تتشارك تفصيلًا واحدًا ({values}): عُدّت تكرارات لرقم واحد، أُبقي على {kept}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of {count} rows sharing one breakdown ({values}): summed as parts of one figure, {kept} ({why})</source>
        <extracomment>As above, then why the rule was chosen.</extracomment>
        <translation>أحد الصفوف ({count}) التي تتشارك تفصيلًا واحدًا ({values}): جُمعت بوصفها أجزاء رقم واحد، {kept} ({why})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one of {count} rows sharing one breakdown ({values}): taken as repeats of one figure, {kept} kept ({why})</source>
        <translation>أحد الصفوف ({count}) التي تتشارك تفصيلًا واحدًا ({values}): عُدّت تكرارات لرقم واحد، أُبقي على {kept} ({why})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no country of exploitation</source>
        <translation>لا بلد استغلال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country of exploitation is not a country code: {cell}</source>
        <translation>بلد الاستغلال ليس رمز بلد: {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no year of registration</source>
        <translation>لا سنة تسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year of registration is not a year: {cell}</source>
        <translation>سنة التسجيل ليست سنة: {cell}</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="-174"/>
        <source>no country</source>
        <translation>لا بلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no destination</source>
        <translation>لا وجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a regional aggregate, not a country: {shown}</source>
        <translation>مجموع إقليمي، وليس بلدًا: {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is a regional aggregate, not a country: {shown}</source>
        <translation>الوجهة مجموع إقليمي، وليست بلدًا: {shown}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a former country, not on today&apos;s map: {former}</source>
        <extracomment>&quot;{former}&quot; is &quot;SCG Serbia and Montenegro (a country until 2006)&quot;.</extracomment>
        <translation>بلد سابق، ليس على خريطة اليوم: {former}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is a former country, not on today&apos;s map: {former}</source>
        <translation>الوجهة بلد سابق، ليس على خريطة اليوم: {former}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a country: {shown}</source>
        <translation>ليس بلدًا: {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is not a country: {shown}</source>
        <translation>الوجهة ليست بلدًا: {shown}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>country not understood: {shown}</source>
        <translation>بلد لم يُفهم: {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination not understood: {shown}</source>
        <translation>وجهة لم تُفهم: {shown}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>destination is not a country: {code} ({meaning})</source>
        <extracomment>A label and what it stands for: an agency&apos;s code (&quot;XXA&quot;) and its meaning (&quot;stateless&quot;), or a label and the region or class it resolved to.</extracomment>
        <translation>الوجهة ليست بلدًا: {code} ({meaning})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination is not a country: {code} ({meaning}, {name})</source>
        <translation>الوجهة ليست بلدًا: {code} ({meaning}، {name})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} ({meaning}) is not a country: kept as unknown origin</source>
        <translation>رمز المنشأ {code} ({meaning}) ليس بلدًا: أُبقي منشأً غير معروف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} ({meaning}, {name}) is not a country: kept as unknown origin</source>
        <translation>رمز المنشأ {code} ({meaning}، {name}) ليس بلدًا: أُبقي منشأً غير معروف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>regional aggregate {name}</source>
        <translation>مجموع إقليمي {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination code {code} and its name {name} ({other}) disagree</source>
        <translation>رمز الوجهة {code} واسمها {name} ({other}) متعارضان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination code {code} and its name {name} (no country) disagree</source>
        <translation>رمز الوجهة {code} واسمها {name} (ليس بلدًا) متعارضان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} and its name {name} ({other}) disagree: kept as unknown origin</source>
        <translation>رمز المنشأ {code} واسمه {name} ({other}) متعارضان: أُبقي منشأً غير معروف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>origin code {code} and its name {name} (no country) disagree: kept as unknown origin</source>
        <translation>رمز المنشأ {code} واسمه {name} (ليس بلدًا) متعارضان: أُبقي منشأً غير معروف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>origin code {code} is named {name}, {former}: imported as {result}, as the code says</source>
        <translation>رمز المنشأ {code} مسمّى {name}، {former}: استُورد بوصفه {result} كما يقول الرمز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>destination code {code} is named {name}, {former}: imported as {result}, as the code says</source>
        <translation>رمز الوجهة {code} مسمّى {name}، {former}: استُورد بوصفه {result} كما يقول الرمز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>origin {former}: {kept}</source>
        <extracomment>&quot;{kept}&quot; says where its figures were kept apart.</extracomment>
        <translation>المنشأ {former}: {kept}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>year is not a whole year (1800-2100): {cell}</source>
        <translation>السنة ليست سنة كاملة (١٨٠٠-٢١٠٠): {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a number in {year}: {cell}</source>
        <translation>قيمة عام {year} ليست رقمًا: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a number in {column}: {cell}</source>
        <translation>القيمة في {column} ليست رقمًا: {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a level of {name}: {cell}</source>
        <translation>القيمة ليست مستوى من مستويات {name}: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a level of {name} in {year}: {cell}</source>
        <translation>قيمة عام {year} ليست مستوى من مستويات {name}: {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a level of {name} in {column}: {cell}</source>
        <translation>القيمة في {column} ليست مستوى من مستويات {name}: {cell}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{reason} (and {more} more cells)</source>
        <extracomment>Why a cell is no value: (the indicator has levels, where the cell is) -&gt; the reason. A row&apos;s first wrong cell (the reason before), then how many more it has.</extracomment>
        <translation>{reason} (وخلايا أخرى عددها {more})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative value: {cell}</source>
        <translation>قيمة سالبة: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative value in {column}: {cell}</source>
        <translation>قيمة سالبة في {column}: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value</source>
        <translation>لا قيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value ({cell})</source>
        <translation>لا قيمة ({cell})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any column</source>
        <translation>لا قيمة في أي عمود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any year</source>
        <translation>لا قيمة في أي سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any value column</source>
        <translation>لا قيمة في أي عمود قيم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a note, not a data row: {cell}</source>
        <extracomment>A footer or note line of the file, in quotes.</extracomment>
        <translation>ملاحظة، وليست صف بيانات: {cell}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>no title</source>
        <translation>لا عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>example row from the template: delete it, or remove {cell} from the title</source>
        <translation>صف مثال من القالب: احذفه، أو أزل {cell} من العنوان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} is a region, not a country (list its countries, with &apos;;&apos;)</source>
        <translation>{label} منطقة، وليست بلدًا (اذكر بلدانها مفصولة بـ &apos;;&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} is not a country</source>
        <translation>{label} ليس بلدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown kind {cell} (allowed: {allowed})</source>
        <extracomment>&quot;{allowed}&quot; lists the words the column takes.</extracomment>
        <translation>نوع غير معروف {cell} (المسموح: {allowed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status {cell} (allowed: {allowed})</source>
        <translation>حالة غير معروفة {cell} (المسموح: {allowed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled: a cancelled activity is not imported (never delivered)</source>
        <translation>ملغى: النشاط الملغى لا يُستورد (لم يُنفّذ قط)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start is not a date: {cell} (write yyyy-mm-dd, dd/mm/yyyy or a year)</source>
        <translation>البداية ليست تاريخًا: {cell} (اكتب yyyy-mm-dd أو dd/mm/yyyy أو سنة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end is not a date: {cell} (write yyyy-mm-dd, dd/mm/yyyy or a year)</source>
        <translation>النهاية ليست تاريخًا: {cell} (اكتب yyyy-mm-dd أو dd/mm/yyyy أو سنة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end {end} is before start {start}</source>
        <translation>النهاية {end} قبل البداية {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recipient country</source>
        <translation>لا بلد مستفيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regional activity, no recipient country (recipient-region {regions})</source>
        <translation>نشاط إقليمي، لا بلد مستفيد (recipient-region {regions})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recipient-country code not understood: {codes}</source>
        <translation>رمز recipient-country لم يُفهم: {codes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled (IATI activity-status 5): never delivered, not imported</source>
        <translation>ملغى (IATI activity-status ٥): لم يُنفّذ قط، ولم يُستورد</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../explorer/ui/workspace/alias_choices.py" line="+22"/>
        <source>Own nationals (DOMESTIC)</source>
        <translation>مواطنو البلد نفسه (DOMESTIC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown (UNKNOWN)</source>
        <translation>غير معروف (UNKNOWN)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Map {label} to</source>
        <extracomment>alias result code of a &quot;Map to&quot; item raw label -&gt; the alias the workspace already has for it</extracomment>
        <translation>ربط {label} بـ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>leave unresolved</source>
        <translation>تركه دون حسم</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_dialog.py" line="+50"/>
        <source>Origins no rule understood are imported as unknown. Map a label to a country or class to fix it in this dataset and in later imports.</source>
        <extracomment>a GLOTIP import has ~30 unresolved labels; more would be slow widgets</extracomment>
        <translation>تُستورد بلدان المنشأ التي لم تفهمها أي قاعدة على أنها غير معروفة. اربط التسمية ببلد أو فئة لتصحيحها في مجموعة البيانات هذه وفي عمليات الاستيراد اللاحقة.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import report: {file}</source>
        <extracomment>``{group key: &quot;parts&quot; | &quot;repeats&quot;}``: rules for groups of rows, for the next import The language of the report&apos;s texts on screen (the CSV export keeps English).</extracomment>
        <translation>تقرير الاستيراد: {file}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../explorer/ui/workspace/report_tables.py" line="+195"/>
        <source>Columns</source>
        <extracomment>Right-to-left mark: starts a line whose first word is Latin (a file name) as Arabic.</extracomment>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="+60"/>
        <source>Groups of rows</source>
        <extracomment>``{group key: &quot;parts&quot; | &quot;repeats&quot;}`` of the rules the user chose</extracomment>
        <translation>مجموعات الصفوف</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="+69"/>
        <source>Contradictions</source>
        <translation>التناقضات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Implausible values</source>
        <translation>قيم غير معقولة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with a note</source>
        <translation>صفوف بملاحظة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export as CSV…</source>
        <translation>تصدير بتنسيق CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply aliases</source>
        <translation>تطبيق الأسماء البديلة</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unresolved labels</source>
        <translation>تسميات لم تُحسم</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only the {shown} labels with the most victims can be mapped here; all {count} are listed and exported.</source>
        <translation>لا يمكن هنا ربط سوى التسميات الـ {shown} التي تضم أكبر عدد من الضحايا؛ وجميع التسميات ({count}) مدرجة ومُصدَّرة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fuzzy matches</source>
        <translation>المطابقات التقريبية</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Export import report</source>
        <translation>تصدير تقرير الاستيراد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the import report.</source>
        <translation>تعذّرت كتابة تقرير الاستيراد.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="-94"/>
        <source>Summed: parts of one figure</source>
        <translation>مجموعة: أجزاء من رقم واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One kept: repeats of one figure</source>
        <translation>الإبقاء على واحد: تكرارات لرقم واحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows the file gives for one breakdown are summed when, with the other parts, they stay within the matching total, and otherwise taken as repeats of one figure (the largest kept). Choose the other rule for a group and press Use these rules: they are stored in the workspace and used when you import this file again.</source>
        <translation>تُجمع الصفوف التي يوردها الملف لتفصيل واحد إذا بقيت، مع الأجزاء الأخرى، ضمن المجموع المقابل، وإلا فتُعدّ تكرارات لرقم واحد (ويُبقى على الأكبر). اختر القاعدة الأخرى لمجموعة ما واضغط «استخدام هذه القواعد»: تُحفظ القواعد في مساحة العمل وتُستخدم عند استيراد هذا الملف مرة أخرى.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rule of rows {rows}</source>
        <translation>قاعدة الصفوف {rows}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use these rules</source>
        <translation>استخدام هذه القواعد</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_notices.py" line="+30"/>
        <source>Rows do not add up: {read} rows read, but {imported} imported + {rejected} rejected = {total}. This is a bug in the importer; please report it with the exported CSV.</source>
        <translation>الصفوف غير متطابقة: قُرئ {read} من الصفوف، لكن {imported} مستوردة + {rejected} مرفوضة = {total}. هذا خلل في أداة الاستيراد؛ يُرجى الإبلاغ عنه مع ملف CSV المُصدَّر.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported from {file}, and no dataset was added: {why}.</source>
        <translation>لم يُستورد أي شيء من {file}، ولم تُضف أي مجموعة بيانات: {why}.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_tables.py" line="-58"/>
        <source>Row</source>
        <extracomment>numeric sort key of a formatted cell</extracomment>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source values</source>
        <translation>القيم المصدرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the map</source>
        <translation>المعروض على الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victims</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map to</source>
        <translation>ربط بـ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched to</source>
        <translation>طوبق مع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became</source>
        <translation>أصبح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown</source>
        <translation>التفصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../explorer/io/importing/report_words.py" line="-174"/>
        <source>{file}: {read} rows read = {imported} imported + {rejected} rejected (every row read is either imported or rejected with a reason).</source>
        <translation>{file}: الصفوف المقروءة: {read} = المستوردة: {imported} + المرفوضة: {rejected} (كل صف مقروء إما مستورد وإما مرفوض مع ذكر السبب).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{share} {subject}.</source>
        <extracomment>&quot;{share}&quot; is a percentage, &quot;{subject}&quot; one of the texts below (what was resolved).</extracomment>
        <translation>{subject}: {share}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} implausible values rejected, kept off the map.</source>
        <translation>القيم غير المعقولة المرفوضة، المُبعدة عن الخريطة: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{collapsed} exact duplicate rows collapsed; {groups} groups of rows sharing one breakdown: {parts} summed as parts of one figure, {repeats} taken as repeats of one ({set_aside} rows set aside, the largest kept).</source>
        <translation>الصفوف المكررة تمامًا المدمجة: {collapsed}؛ مجموعات الصفوف التي تتشارك تفصيلًا واحدًا: {groups}، منها {parts} جُمعت بوصفها أجزاء رقم واحد و{repeats} عُدّت تكرارات لرقم واحد (الصفوف المستبعدة: {set_aside}، وأُبقي على الأكبر).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{victims} victims in rows without an origin label that are not the total: shown as origin not stated (unknown).</source>
        <translation>الضحايا في صفوف بلا تسمية منشأ ليست المجموع: {victims}، معروضون على أنهم منشأ غير مذكور (غير معروف).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} {note}.</source>
        <extracomment>&quot;{note}&quot; is one of the texts below (which labels were not understood, and what became of them).</extracomment>
        <translation>{note}: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} contradictions in the file, shown with a warning on the figure ({kinds}).</source>
        <translation>التناقضات في الملف، المعروضة مع تحذير على الرقم: {count} ({kinds}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind}: {count}</source>
        <extracomment>One kind of contradiction and how many, in the list of the line above.</extracomment>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} names matched approximately (fuzzy).</source>
        <translation>الأسماء المطابَقة تقريبيًا: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns ({count}):</source>
        <translation>الأعمدة ({count}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  {column}: {role}</source>
        <extracomment>A column of a table and what it became (&quot;&apos;Population&apos;: indicator, Population: a count&quot;).</extracomment>
        <translation>  {column}: {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  {column}: {role}, {note}</source>
        <translation>  {column}: {role}، {note}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>of victims&apos; origins resolved (to a country, own nationals, unknown or a region; &lt;5 counted as 1)</source>
        <extracomment>Lines the summary composes itself: never recognised in a text (they have no words of their own, and &quot;{share} {subject}.&quot; would read as &quot;{count} {note}.&quot;). What the resolved share measures, per kind of file (&quot;99.7% of victims&apos; origins ...&quot;).</extracomment>
        <translation>أصول الضحايا التي حُسمت (إلى بلد أو مواطني البلد نفسه أو غير معروف أو منطقة؛ &lt;٥ محسوبة ١)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of the flow volume has a resolved origin</source>
        <translation>حجم التدفّقات ذات المنشأ المحسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of country rows resolved to a country</source>
        <translation>صفوف البلدان التي حُسمت إلى بلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of records&apos; citizenship resolved to a country</source>
        <translation>جنسيات السجلات التي حُسمت إلى بلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of activities resolved to a recipient country</source>
        <translation>الأنشطة التي حُسمت إلى بلد مستفيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of activity rows resolved to a country</source>
        <translation>صفوف الأنشطة التي حُسمت إلى بلد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>origin labels not understood (imported as UNKNOWN, raw label kept)</source>
        <extracomment>What became of the labels no rule understood, per kind of file (&quot;15 origin labels ...&quot;).</extracomment>
        <translation>تسميات منشأ لم تُفهم (استُوردت بوصفها UNKNOWN، مع الإبقاء على التسمية الأصلية)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin or destination labels not understood (unknown origins kept as UNKNOWN; rows with an unknown destination rejected)</source>
        <translation>تسميات منشأ أو وجهة لم تُفهم (أُبقيت المناشئ غير المعروفة بوصفها UNKNOWN؛ ورُفضت الصفوف ذات الوجهة غير المعروفة)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>country labels not understood (their rows rejected; an alias fixes them at the next import)</source>
        <translation>تسميات بلدان لم تُفهم (رُفضت صفوفها؛ ويصلحها اسم بديل في الاستيراد التالي)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>citizenship codes not understood (counted as unknown origin)</source>
        <translation>رموز جنسية لم تُفهم (حُسبت منشأً غير معروف)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recipient country codes not understood (their activities rejected)</source>
        <translation>رموز بلدان مستفيدة لم تُفهم (رُفضت أنشطتها)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{former}: {kept}: {rows} ({victims} detected victims, &lt;5 counted as 1).</source>
        <extracomment>&quot;{former}&quot; is &quot;SCG Serbia and Montenegro (a country until 2006)&quot;, &quot;{kept}&quot; what was done.</extracomment>
        <translation>{former}: {kept}: {rows} (الضحايا المكتشَفون: {victims}، &lt;٥ محسوبة ١).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}, {former}: {kept}: {rows} ({victims} detected victims, &lt;5 counted as 1).</source>
        <translation>{label}، {former}: {kept}: {rows} (الضحايا المكتشَفون: {victims}، &lt;٥ محسوبة ١).</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="-110"/>
        <source>{count} value columns, each imported as an indicator: {listed}. An empty cell gives no flow for its column ({empty} empty cells in rows imported).</source>
        <translation>أعمدة القيم، وكلٌّ منها مستورد مؤشرًا: {count} ({listed}). الخلية الفارغة لا تعطي تدفّقًا لعمودها (الخلايا الفارغة في الصفوف المستوردة: {empty}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} value columns, each imported as an indicator: {listed}. An empty cell gives no flow for its column ({empty} empty cell in rows imported).</source>
        <translation>أعمدة القيم، وكلٌّ منها مستورد مؤشرًا: {count} ({listed}). الخلية الفارغة لا تعطي تدفّقًا لعمودها (الخلايا الفارغة في الصفوف المستوردة: {empty}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{indicator} ({count} flows)</source>
        <extracomment>An indicator of the list above and its number of flows.</extracomment>
        <translation>{indicator} (التدفّقات: {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} ({count} flow)</source>
        <translation>{indicator} (التدفّقات: {count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{note}: {rows} ({volume}).</source>
        <extracomment>A note on rows (the rows&apos; reason), its rows, and the volume of their flows.</extracomment>
        <translation>{note}: {rows} ({volume}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{indicator}: {count}</source>
        <extracomment>An indicator and the volume of the flows above (&quot;Refugees: 1,204&quot;).</extracomment>
        <translation>{indicator}: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no volume</source>
        <translation>لا حجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows within one country (origin = destination, e.g. internally displaced people) kept as flows within the country (domestic).</source>
        <translation>صفوف داخل بلد واحد (المنشأ = الوجهة، مثل النازحين داخليًا) أُبقيت تدفّقات داخل البلد (محلية): {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} row within one country (origin = destination, e.g. internally displaced people) kept as flows within the country (domestic).</source>
        <translation>صفوف داخل بلد واحد (المنشأ = الوجهة، مثل النازحين داخليًا) أُبقيت تدفّقات داخل البلد (محلية): {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} values of 0 imported as flows of 0 (a zero is a count, kept).</source>
        <translation>القيم ٠ المستوردة تدفّقاتٍ قيمتها ٠ (الصفر عدد، فأُبقي عليه): {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} value of 0 imported as flows of 0 (a zero is a count, kept).</source>
        <translation>القيم ٠ المستوردة تدفّقاتٍ قيمتها ٠ (الصفر عدد، فأُبقي عليه): {count}.</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/empty.py" line="+24"/>
        <source>the file has no data rows; nothing was stored</source>
        <translation>لا يحتوي الملف على صفوف بيانات؛ ولم يُحفظ شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no row held a figure</source>
        <translation>لم يحتوِ أي صف على رقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every row was rejected: {reasons}</source>
        <translation>رُفضت كل الصفوف: {reasons}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{why}. Nothing was stored; see the report for each row</source>
        <translation>{why}. لم يُحفظ شيء؛ راجع التقرير لمعرفة سبب كل صف</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{reason} (%n rows)</source>
        <translation>
            <numerusform>{reason} (%n صف)</numerusform>
            <numerusform>{reason} (صف واحد)</numerusform>
            <numerusform>{reason} (صفان)</numerusform>
            <numerusform>{reason} (%n صفوف)</numerusform>
            <numerusform>{reason} (%n صفًا)</numerusform>
            <numerusform>{reason} (%n صف)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <location filename="../../explorer/core/indicators/shown_names.py" line="+28"/>
        <source>Share of children among detected victims (%)</source>
        <extracomment>Names with a fixed wording (the app&apos;s derived shares, GLOTIP&apos;s five indicators, the demo&apos;s smuggling count); the literals are what lupdate reads (derived.CHILDREN_SHARE ...).</extracomment>
        <translation>نسبة الأطفال بين الضحايا المكتشَفين (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of women and girls among detected victims (%)</source>
        <translation>نسبة النساء والفتيات بين الضحايا المكتشَفين (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected trafficking victims</source>
        <translation>ضحايا الاتجار بالأشخاص المكتشَفون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons convicted</source>
        <translation>الأشخاص المدانون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons prosecuted</source>
        <translation>الأشخاص الملاحَقون قضائيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons brought into formal contact</source>
        <translation>الأشخاص الذين دخلوا في اتصال رسمي مع نظام العدالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offences of trafficking in persons</source>
        <translation>جرائم الاتجار بالأشخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smuggled migrants detected</source>
        <translation>المهاجرون المهرَّبون المكتشَفون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance activities (number)</source>
        <translation>أنشطة المساعدة (العدد)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{indicator}: change since the previous year (%)</source>
        <translation>{indicator}: التغيّر منذ السنة السابقة (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: change {first} to {second} (%)</source>
        <translation>{indicator}: التغيّر من {first} إلى {second} (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} per 100,000 population</source>
        <translation>{indicator} لكل ١٠٠٬٠٠٠ نسمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: regional total</source>
        <translation>{indicator}: المجموع الإقليمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} by country of repatriation</source>
        <translation>{indicator} حسب بلد الإعادة إلى الوطن</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <location filename="../../explorer/core/indicators/country_key_figures.py" line="+83"/>
        <source>{indicator}, {breakdown}</source>
        <translation>{indicator}، {breakdown}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{indicator}, {year}: {figure}</source>
        <translation>{indicator}، {year}: {figure}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In {year}: {figure}</source>
        <translation>في {year}: {figure}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No earlier year with a category</source>
        <translation>لا توجد سنة سابقة بفئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories are ordered levels, not quantities.</source>
        <translation>الفئات مستويات مرتّبة وليست كميات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ In the file: {warning}</source>
        <translation>⚠ في الملف: {warning}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change: no earlier year with a figure</source>
        <translation>التغيّر: لا توجد سنة سابقة برقم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change since {year}: not computable ({reason})</source>
        <translation>التغيّر منذ {year}: لا يمكن حسابه ({reason})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change since {year}: {change} (no percentage: the earlier figure was 0)</source>
        <translation>التغيّر منذ {year}: {change} (لا نسبة مئوية: كان الرقم السابق ٠)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change since {year}: {change} ({percent})</source>
        <translation>التغيّر منذ {year}: {change} ({percent})</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Rank {rank} of %n countries</source>
        <translation>
            <numerusform>المرتبة {rank} من بين %n بلد</numerusform>
            <numerusform>المرتبة {rank} من بين بلد واحد</numerusform>
            <numerusform>المرتبة {rank} من بين بلدين</numerusform>
            <numerusform>المرتبة {rank} من بين %n بلدان</numerusform>
            <numerusform>المرتبة {rank} من بين %n بلدًا</numerusform>
            <numerusform>المرتبة {rank} من بين %n بلد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not ranked: {reason} for {year} (only exact figures are ranked; %n countries ranked)</source>
        <translation>
            <numerusform>غير مرتّب: {reason} لعام {year} (لا تُرتَّب إلا الأرقام الدقيقة؛ رُتِّب %n بلد)</numerusform>
            <numerusform>غير مرتّب: {reason} لعام {year} (لا تُرتَّب إلا الأرقام الدقيقة؛ رُتِّب بلد واحد)</numerusform>
            <numerusform>غير مرتّب: {reason} لعام {year} (لا تُرتَّب إلا الأرقام الدقيقة؛ رُتِّب بلدان)</numerusform>
            <numerusform>غير مرتّب: {reason} لعام {year} (لا تُرتَّب إلا الأرقام الدقيقة؛ رُتِّب %n بلدان)</numerusform>
            <numerusform>غير مرتّب: {reason} لعام {year} (لا تُرتَّب إلا الأرقام الدقيقة؛ رُتِّب %n بلدًا)</numerusform>
            <numerusform>غير مرتّب: {reason} لعام {year} (لا تُرتَّب إلا الأرقام الدقيقة؛ رُتِّب %n بلد)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Region unknown: no regional comparison</source>
        <translation>المنطقة غير معروفة: لا مقارنة إقليمية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{region} median: not computable (no exact {year} figures)</source>
        <translation>الوسيط في {region}: لا يمكن حسابه (لا أرقام دقيقة لعام {year})</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>{region} median: {median} (%n countries); not compared ({reason} here)</source>
        <translation>
            <numerusform>الوسيط في {region}: {median} (%n بلد)؛ لا مقارنة (هنا {reason})</numerusform>
            <numerusform>الوسيط في {region}: {median} (بلد واحد)؛ لا مقارنة (هنا {reason})</numerusform>
            <numerusform>الوسيط في {region}: {median} (بلدان)؛ لا مقارنة (هنا {reason})</numerusform>
            <numerusform>الوسيط في {region}: {median} (%n بلدان)؛ لا مقارنة (هنا {reason})</numerusform>
            <numerusform>الوسيط في {region}: {median} (%n بلدًا)؛ لا مقارنة (هنا {reason})</numerusform>
            <numerusform>الوسيط في {region}: {median} (%n بلد)؛ لا مقارنة (هنا {reason})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{region} median: {median} (%n countries): {position} ({reason})</source>
        <translation>
            <numerusform>الوسيط في {region}: {median} (%n بلد): {position} ({reason})</numerusform>
            <numerusform>الوسيط في {region}: {median} (بلد واحد): {position} ({reason})</numerusform>
            <numerusform>الوسيط في {region}: {median} (بلدان): {position} ({reason})</numerusform>
            <numerusform>الوسيط في {region}: {median} (%n بلدان): {position} ({reason})</numerusform>
            <numerusform>الوسيط في {region}: {median} (%n بلدًا): {position} ({reason})</numerusform>
            <numerusform>الوسيط في {region}: {median} (%n بلد): {position} ({reason})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{region} median: {median} (%n countries): {position}</source>
        <translation>
            <numerusform>الوسيط في {region}: {median} (%n بلد): {position}</numerusform>
            <numerusform>الوسيط في {region}: {median} (بلد واحد): {position}</numerusform>
            <numerusform>الوسيط في {region}: {median} (بلدان): {position}</numerusform>
            <numerusform>الوسيط في {region}: {median} (%n بلدان): {position}</numerusform>
            <numerusform>الوسيط في {region}: {median} (%n بلدًا): {position}</numerusform>
            <numerusform>الوسيط في {region}: {median} (%n بلد): {position}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>above</source>
        <extracomment>A figure against its region&apos;s median (``KeyFigures.position``), in words.</extracomment>
        <translation>أعلى منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>أدنى منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at</source>
        <translation>مساوٍ له</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../explorer/ui/window/keyboard.py" line="+68"/>
        <source>&amp;Previous year</source>
        <translation>السنة السابقة(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next year</source>
        <translation>السنة التالية(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lay / pause years</source>
        <translation>تشغيل السنوات / إيقافها مؤقتًا(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next country in &amp;ranking</source>
        <translation>البلد التالي في الترتيب(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous &amp;country in ranking</source>
        <translation>البلد السابق في الترتيب(&amp;C)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Navigate</source>
        <translation>التنقل(&amp;N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranking</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No country has a figure to rank</source>
        <translation>لا يوجد بلد لديه رقم يمكن ترتيبه</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rank {rank} of {count} countries: {name}</source>
        <translation>المرتبة {rank} من أصل {count} في ترتيب البلدان: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: not ranked (no exact figure); {position} of {count} listed</source>
        <translation>{name}: غير مرتَّب (لا رقم دقيق)؛ الموضع {position} من أصل {count} في القائمة</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../explorer/ui/window/language_menu.py" line="+32"/>
        <source>Follow the system</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Language</source>
        <extracomment>The languages offered: code (as in ``explorer_&lt;code&gt;.qm``) and the name in that language.</extracomment>
        <translation>اللغة(&amp;L)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved, but {variable}={value} is set: the app starts in that language while it is set.</source>
        <translation>تم الحفظ، لكن {variable}={value} مضبوط: يبدأ التطبيق بتلك اللغة ما دام مضبوطًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new language applies the next time the app starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل التطبيق في المرة القادمة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart now? The window closes as usual (your work is saved) and opens again in the new language.</source>
        <translation>إعادة التشغيل الآن؟ تُغلق النافذة كالمعتاد (يُحفظ عملك) ثم تُفتح من جديد باللغة الجديدة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restart now</source>
        <translation>إعادة التشغيل ال&amp;آن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../explorer/ui/window/render_commands.py" line="+24"/>
        <source>no place {name}; places: {places}</source>
        <translation>لا يوجد مكان باسم {name}؛ الأماكن: {places}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown country code {code}</source>
        <translation>رمز بلد غير معروف {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>wrote {path}</source>
        <translation>كُتب الملف: {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>could not write {path}</source>
        <translation>تعذّرت كتابة {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote {path} ({size})</source>
        <translation>كُتب الملف: {path} ({size})</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../explorer/core/view/choropleth.py" line="-51"/>
        <source>{indicator}: {breakdown}</source>
        <extracomment>the indicator alone (``subject`` adds the breakdown after a colon, and an indicator&apos;s own name may hold one: &quot;Convictions: trafficking&quot;) The language its legend (and what shows its values) writes numbers in. ``classes_note`` as a phrase, to say it in the language of the screen.</extracomment>
        <translation>{indicator}: {breakdown}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{subject}, {year}</source>
        <translation>{subject}، {year}</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../explorer/core/texts.py" line="+106"/>
        <source>, </source>
        <extracomment>Between the items of a list (&quot;Girls 20%, boys 14%&quot;).</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <extracomment>Between the groups of a list (&quot;largest rises: India +12; largest falls: Iran -3&quot;).</extracomment>
        <translation>؛ </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{sentence}.</source>
        <extracomment>The end of a sentence put together from parts (&quot;Total: 1,068; domestic 99%.&quot;): Chinese ends it with &quot;。&quot;, not an ASCII full stop.</extracomment>
        <translation>{sentence}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/ui/export/window_exports.py" line="+41"/>
        <source>Map image copied to the clipboard (1920 x 1080)</source>
        <translation>نُسخت صورة الخريطة إلى الحافظة (1920 x 1080)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Country details copied as text</source>
        <translation>نُسخت تفاصيل البلد كنص</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export country brief</source>
        <translation>تصدير الموجز القطري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country brief not written</source>
        <translation>لم يُكتب الموجز القطري</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country brief written to {path}</source>
        <translation>كُتب الموجز القطري في {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/main_window.py" line="+184"/>
        <source>Map controls</source>
        <extracomment>The name of the dataset now on screen (after start-up and every switch), for the parts that show something of the dataset beyond the map and panels (menus, help). Local files dropped onto the window (the workspace session imports or opens them). Local files dragged over the window, not yet dropped; then the drag left without a drop. The interface language (babel&apos;s spelling): places and numbers are shown in it. The run&apos;s shared parts (view state, flow settings, places, session, settings, theme, style ...), handed explicitly to the pieces that need them.</extracomment>
        <translation>عناصر التحكم في الخريطة</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Trafficking Flows Explorer: {dataset}</source>
        <translation>Trafficking Flows Explorer: {dataset}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../explorer/ui/window/menus.py" line="+83"/>
        <source>&amp;Copy country details as text</source>
        <translation>نسخ تفاصيل البلد كنص(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy place details as text</source>
        <translation>نسخ تفاصيل المكان كنص(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../explorer/ui/window/menus.py" line="+19"/>
        <source>Export country &amp;brief (PDF)…</source>
        <translation>تصدير الموجز القطري (PDF)(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export place &amp;brief (PDF)…</source>
        <translation>تصدير موجز المكان (PDF)(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/menus.py" line="-54"/>
        <source>&amp;Find country…</source>
        <translation>البحث عن بلد(&amp;F)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset view</source>
        <translation>إعادة ضبط العرض(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole world (Ctrl+0)</source>
        <translation>عرض العالم كله (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>تكبير(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>تصغير(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame country with its flows&apos; &amp;partners</source>
        <translation>تأطير البلد مع شركائه في التدفّقات(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the selected country together with where its victims came from and went to</source>
        <translation>عرض البلد المحدَّد مع الأماكن التي جاء منها ضحاياه والتي ذهبوا إليها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export map…</source>
        <translation>تصدير الخريطة(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG, SVG or PDF for slides and reports, an offline HTML map, or the data</source>
        <translation>PNG أو SVG أو PDF لشرائح العرض والتقارير، أو خريطة HTML تعمل دون اتصال، أو البيانات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy &amp;map image</source>
        <translation>نسخ صورة الخريطة(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;source rows…</source>
        <translation>عرض صفوف المصدر(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file rows behind the figure in focus (the selected flow, else the selected country&apos;s figure, else the place&apos;s total), with the rules of a derived figure</source>
        <translation>صفوف الملف التي يستند إليها الرقم موضع التركيز (التدفّق المحدَّد، وإلا فرقم البلد المحدَّد، وإلا فمجموع المكان)، مع قواعد الرقم المشتق</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/panel_toggles.py" line="+26"/>
        <source>&amp;Country panel</source>
        <translation>لوحة البلد(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Flows panel</source>
        <translation>لوحة التدفّقات(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/status.py" line="+26"/>
        <source>SYNTHETIC</source>
        <translation>بيانات اصطناعية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demonstration data generated by this program: not official statistics</source>
        <translation>بيانات إيضاحية يولّدها هذا البرنامج: ليست إحصاءات رسمية</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dataset: {dataset}</source>
        <translation>مجموعة البيانات: {dataset}</translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <location filename="../../explorer/ui/window/controls.py" line="+38"/>
        <location line="+25"/>
        <source>Indicator</source>
        <extracomment>The year label&apos;s digits (the interface language&apos;s unless given). The language indicators and breakdowns are named in (the data keep English).</extracomment>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Breakdown</source>
        <translation>التفصيل</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+26"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+64"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Play years</source>
        <translation>تشغيل السنوات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play through the years</source>
        <translation>تشغيل السنوات تباعًا</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <location filename="../../explorer/ui/map/style.py" line="+44"/>
        <source>Quantiles (equal counts)</source>
        <translation>الكمّيات (أعداد متساوية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks (Fisher-Jenks)</source>
        <translation>الفواصل الطبيعية (Fisher-Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal interval</source>
        <translation>فترات متساوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual breaks…</source>
        <translation>فواصل يدوية…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quantiles</source>
        <extracomment>How :meth:`MapStyle.description` names a scheme.</extracomment>
        <translation>الكمّيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>natural breaks</source>
        <translation>الفواصل الطبيعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal interval</source>
        <translation>فترات متساوية</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Map st&amp;yle</source>
        <extracomment>After any change of palette, scheme, classes, breaks or preview.</extracomment>
        <translation>نمط الخريطة(&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Palette</source>
        <translation>لوحة الألوان(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Classification</source>
        <translation>التصنيف(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Number of classes</source>
        <translation>عدد الفئات(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off (true colours)</source>
        <translation>إيقاف (الألوان الحقيقية)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour-&amp;vision preview</source>
        <translation>معاينة رؤية الألوان(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See the map on screen as people with a colour-vision deficiency see it; exports keep the true colours</source>
        <translation>رؤية الخريطة على الشاشة كما يراها الأشخاص المصابون بقصور في رؤية الألوان؛ وتحتفظ الملفات المُصدَّرة بالألوان الحقيقية</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Map style: {style}</source>
        <translation>نمط الخريطة: {style}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>manual breaks at {breaks}</source>
        <translation>فواصل يدوية عند {breaks}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{scheme}, {k} classes</source>
        <translation>{scheme}، عدد الفئات {k}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {vision} preview</source>
        <translation>؛ معاينة {vision}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manual breaks</source>
        <translation>فواصل يدوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper bound of each class, increasing, separated by commas
(e.g. 10, 50, 100, 500). Values above the last break get a class of their own.</source>
        <translation>الحد الأعلى لكل فئة، بترتيب تصاعدي، مفصولة بفواصل
(مثل 10, 50, 100, 500). القيم التي تتجاوز آخر فاصل تُوضع في فئة خاصة بها.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Manual breaks not valid</source>
        <translation>الفواصل اليدوية غير صالحة</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Map style not changed</source>
        <translation>لم يتغيّر نمط الخريطة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set by the manual breaks</source>
        <translation>تحدّده الفواصل اليدوية</translation>
    </message>
</context>
<context>
    <name>MapTexts</name>
    <message>
        <location filename="../../explorer/core/view/map_words.py" line="+24"/>
        <source>victims</source>
        <extracomment>Who the arrows count, as &quot;flows of ...&quot; names them (see ``people_noun``).</extracomment>
        <translation>الضحايا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>المهاجرون المهرَّبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>الأشخاص المدانون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subregions</source>
        <extracomment>The places flows are summed between, when not countries (``Between``&apos;s values).</extracomment>
        <translation>المناطق الفرعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported on {date} with {app}</source>
        <translation>صُدِّر في {date} باستخدام {app}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Arrows: {indicator}, the %n largest flows of {noun} between {level}, from origin to destination</source>
        <translation>
            <numerusform>الأسهم: {indicator}، {noun} بين {level}: أكبر %n تدفّق، من المنشأ إلى الوجهة</numerusform>
            <numerusform>الأسهم: {indicator}، {noun} بين {level}: أكبر تدفّق، من المنشأ إلى الوجهة</numerusform>
            <numerusform>الأسهم: {indicator}، {noun} بين {level}: أكبر تدفّقين، من المنشأ إلى الوجهة</numerusform>
            <numerusform>الأسهم: {indicator}، {noun} بين {level}: أكبر %n تدفّقات، من المنشأ إلى الوجهة</numerusform>
            <numerusform>الأسهم: {indicator}، {noun} بين {level}: أكبر %n تدفّقًا، من المنشأ إلى الوجهة</numerusform>
            <numerusform>الأسهم: {indicator}، {noun} بين {level}: أكبر %n تدفّق، من المنشأ إلى الوجهة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Arrows: {indicator}, the %n largest flows of {noun}, from origin to destination</source>
        <translation>
            <numerusform>الأسهم: {indicator}، {noun}: أكبر %n تدفّق، من المنشأ إلى الوجهة</numerusform>
            <numerusform>الأسهم: {indicator}، {noun}: أكبر تدفّق، من المنشأ إلى الوجهة</numerusform>
            <numerusform>الأسهم: {indicator}، {noun}: أكبر تدفّقين، من المنشأ إلى الوجهة</numerusform>
            <numerusform>الأسهم: {indicator}، {noun}: أكبر %n تدفّقات، من المنشأ إلى الوجهة</numerusform>
            <numerusform>الأسهم: {indicator}، {noun}: أكبر %n تدفّقًا، من المنشأ إلى الوجهة</numerusform>
            <numerusform>الأسهم: {indicator}، {noun}: أكبر %n تدفّق، من المنشأ إلى الوجهة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapTheme</name>
    <message>
        <location filename="../../explorer/ui/map/theme.py" line="+32"/>
        <source>Follow the &amp;system</source>
        <translation>اتّباع النظام(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>فاتح(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>داكن(&amp;D)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Map &amp;theme</source>
        <extracomment>Background and sea of each resolved theme on screen: (background, sea, sea outline). After every change of the chosen theme (not of the system&apos;s scheme).</extracomment>
        <translation>سمة الخريطة(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light or dark background and sea; the data colours stay</source>
        <translation>خلفية وبحر فاتحان أو داكنان؛ وتبقى ألوان البيانات كما هي</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../explorer/ui/map/tooltips.py" line="+37"/>
        <source>no data ({year})</source>
        <translation>لا بيانات ({year})</translation>
    </message>
</context>
<context>
    <name>PanelFlows</name>
    <message>
        <location filename="../../explorer/ui/panel/flows.py" line="+33"/>
        <source>Total: {total}</source>
        <translation>المجموع: {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>domestic {share}</source>
        <translation>محلي {share}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {share}</source>
        <translation>غير معروف {share}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Origin</source>
        <translation>المنشأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected in</source>
        <translation>اكتُشفوا في</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flows: origins</source>
        <translation>التدفّقات: بلدان المنشأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows: destinations</source>
        <translation>التدفّقات: بلدان المقصد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>This dataset has no flows.</source>
        <translation>لا تحتوي مجموعة البيانات هذه على تدفّقات.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where {people} detected in {country} in {year} came from</source>
        <translation>من أين جاء {people} المكتشَفون في {country} في {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where {people} from {country} were detected in {year}</source>
        <translation>أين اكتُشف {people} القادمون من {country} في {year}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{heading}: no flows recorded.</source>
        <translation>{heading}: لا تدفّقات مسجَّلة.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{count} more not listed.</source>
        <translation>{count} أخرى غير مدرجة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not drawn on the map: {flows}</source>
        <translation>غير مرسوم على الخريطة: {flows}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../explorer/core/flows/labels.py" line="+8"/>
        <source>victims</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>المهاجرون المهرَّبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>الأشخاص المدانون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>الأشخاص</translation>
    </message>
</context>
<context>
    <name>PeopleCounted</name>
    <message>
        <location line="+21"/>
        <source>victims</source>
        <translation>من الضحايا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>من المهاجرين المهرَّبين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>من الأشخاص المدانين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>من الأشخاص</translation>
    </message>
</context>
<context>
    <name>PeopleOf</name>
    <message>
        <location line="-15"/>
        <source>detected victims</source>
        <translation>الضحايا المكتشَفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>المهاجرين المهرَّبين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>الأشخاص المدانين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>الأشخاص</translation>
    </message>
</context>
<context>
    <name>PlaceBrief</name>
    <message>
        <location filename="../../explorer/ui/export/place_brief.py" line="+57"/>
        <source>Brief: {place}</source>
        <translation>موجز: {place}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{indicator}, {year} · {n} countries in the place</source>
        <translation>{indicator}، {year} · عدد البلدان في المكان: {n}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Trend on constant sets of countries</source>
        <translation>الاتجاه على مجموعات ثابتة من البلدان</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year}: {reporting} reported, change {step}</source>
        <translation>{year}: أبلغ {reporting}، التغيّر {step}</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Who they were</source>
        <translation>من كانوا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where they came from</source>
        <translation>من أين جاؤوا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Countries, largest first</source>
        <translation>البلدان، الأكبر أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How these figures are computed</source>
        <translation>كيفية حساب هذه الأرقام</translation>
    </message>
</context>
<context>
    <name>PlaceGroupDialog</name>
    <message>
        <location filename="../../explorer/ui/panel/group_dialog.py" line="+42"/>
        <source>Edit group</source>
        <translation>تحرير المجموعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New group of countries</source>
        <translation>مجموعة بلدان جديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group name</source>
        <translation>اسم المجموعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ECOWAS</source>
        <translation>مثل ECOWAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter countries</source>
        <translation>تصفية البلدان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to filter</source>
        <translation>اكتب للتصفية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region or subregion to add</source>
        <translation>منطقة أو منطقة فرعية لإضافتها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick all of it</source>
        <translation>تحديد كل بلدانها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete group</source>
        <translation>حذف المجموعة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Countries ticked: {n}</source>
        <translation>البلدان المحدَّدة: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group a name.</source>
        <translation>أعطِ المجموعة اسمًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick at least one country.</source>
        <translation>حدِّد بلدًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a group called {name}.</source>
        <translation>توجد بالفعل مجموعة باسم {name}.</translation>
    </message>
</context>
<context>
    <name>PlaceLabels</name>
    <message>
        <location filename="../../explorer/core/places/share_wording.py" line="+26"/>
        <source>Children (0-17)</source>
        <extracomment>The parts of a place&apos;s profile and its classes of origin (``summary.PROFILE_GROUPS``, ``origins.CLASSES``), as the sentences name them.</extracomment>
        <translation>الأطفال (من ٠ إلى ١٧ سنة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults (18+)</source>
        <translation>البالغون (١٨ سنة فأكثر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women and girls</source>
        <translation>النساء والفتيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men and boys</source>
        <translation>الرجال والفتيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Girls</source>
        <translation>فتيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys</source>
        <translation>فتيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual exploitation</source>
        <translation>الاستغلال الجنسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced labour</source>
        <translation>العمل القسري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other forms of exploitation</source>
        <translation>أشكال الاستغلال الأخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own nationals</source>
        <translation>مواطنو البلد نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same subregion</source>
        <translation>المنطقة الفرعية نفسها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other subregions of the region</source>
        <translation>مناطق فرعية أخرى من المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other regions</source>
        <translation>مناطق أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown or not stated</source>
        <translation>غير معروف أو غير مذكور</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <location filename="../../explorer/ui/panel/place_picker.py" line="+35"/>
        <source>Place</source>
        <extracomment>The user asked to define a new group (None) or edit one (its name). The user asked to frame the place on the map (its code). The groups changed and the place shown may have gone: the figures must follow.</extracomment>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame this place on the map</source>
        <translation>تأطير هذا المكان على الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New group…</source>
        <translation>مجموعة جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick countries and name a group of your own (e.g. ECOWAS)</source>
        <translation>اختر بلدانًا وسمِّ مجموعة خاصة بك (مثل ECOWAS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit group…</source>
        <translation>تحرير المجموعة…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place.py" line="+86"/>
        <source>Index on constant sets</source>
        <extracomment>A country of the ranking was clicked: select it, framed with its flows&apos; partners.</extracomment>
        <translation>مؤشر قياسي على مجموعات ثابتة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>أبلغت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact sum</source>
        <translation>المجموع الدقيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change (N)</source>
        <translation>التغيّر (N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend on constant sets of countries</source>
        <translation>الاتجاه على مجموعات ثابتة من البلدان</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who they were</source>
        <translation>من كانوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where they came from</source>
        <translation>من أين جاؤوا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of the place, largest first</source>
        <translation>بلدان المكان، الأكبر أولًا</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place_picker.py" line="+32"/>
        <source>{name} (group)</source>
        <translation>{name} (مجموعة)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place.py" line="+42"/>
        <source>No figures in this dataset.</source>
        <translation>لا أرقام في مجموعة البيانات هذه.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trend on constant sets of countries (index, first year = 100; each step only from countries that reported both years)</source>
        <translation>الاتجاه على مجموعات ثابتة من البلدان (مؤشر قياسي، السنة الأولى = ١٠٠؛ كل خطوة محسوبة فقط من البلدان التي أبلغت في السنتين كلتيهما)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>n/a ({n})</source>
        <translation>غير متاح ({n})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Countries by {indicator}, {year}</source>
        <translation>البلدان حسب {indicator}، {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the {n} largest of {all})</source>
        <translation>(أكبر {n} من أصل {all})</translation>
    </message>
</context>
<context>
    <name>PlaceSummary</name>
    <message>
        <location filename="../../explorer/core/places/share_wording.py" line="+5"/>
        <source>both age groups</source>
        <translation>الفئتين العمريتين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sexes</source>
        <translation>الجنسين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>girls, boys, women and men</source>
        <translation>الفتيات والفتيان والنساء والرجال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the three forms of exploitation</source>
        <translation>أشكال الاستغلال الثلاثة</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <location filename="../../explorer/core/places/wording.py" line="+147"/>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{low} to {high}</source>
        <translation>من {low} إلى {high}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{what}: no country reported every part exactly; %n countries reported them with a &lt;5.</source>
        <translation>
            <numerusform>{what}: لم يبلغ أي بلد عن كل الأجزاء بدقة؛ وأبلغ عنها %n بلد مع قيمة &lt;٥.</numerusform>
            <numerusform>{what}: لم يبلغ أي بلد عن كل الأجزاء بدقة؛ وأبلغ عنها بلد واحد مع قيمة &lt;٥.</numerusform>
            <numerusform>{what}: لم يبلغ أي بلد عن كل الأجزاء بدقة؛ وأبلغ عنها بلدان مع قيمة &lt;٥.</numerusform>
            <numerusform>{what}: لم يبلغ أي بلد عن كل الأجزاء بدقة؛ وأبلغ عنها %n بلدان مع قيمة &lt;٥.</numerusform>
            <numerusform>{what}: لم يبلغ أي بلد عن كل الأجزاء بدقة؛ وأبلغ عنها %n بلدًا مع قيمة &lt;٥.</numerusform>
            <numerusform>{what}: لم يبلغ أي بلد عن كل الأجزاء بدقة؛ وأبلغ عنها %n بلد مع قيمة &lt;٥.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}: no country reported this breakdown.</source>
        <translation>{what}: لم يبلغ أي بلد عن هذا التفصيل.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{parts} of {people} (N = %n countries that reported {what} exactly).</source>
        <translation>
            <numerusform>{parts} من {people} (N = %n من البلدان التي أبلغت عن {what} بدقة).</numerusform>
            <numerusform>{parts} من {people} (N = %n من البلدان التي أبلغت عن {what} بدقة).</numerusform>
            <numerusform>{parts} من {people} (N = %n من البلدان التي أبلغت عن {what} بدقة).</numerusform>
            <numerusform>{parts} من {people} (N = %n من البلدان التي أبلغت عن {what} بدقة).</numerusform>
            <numerusform>{parts} من {people} (N = %n من البلدان التي أبلغت عن {what} بدقة).</numerusform>
            <numerusform>{parts} من {people} (N = %n من البلدان التي أبلغت عن {what} بدقة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source> Over all %n countries that reported them, each &lt;5 as 1 to 4: {ranges}.</source>
        <translation>
            <numerusform> على جميع البلدان التي أبلغت عنها (%n)، مع احتساب كل &lt;٥ من ١ إلى ٤: {ranges}.</numerusform>
            <numerusform> على جميع البلدان التي أبلغت عنها (%n)، مع احتساب كل &lt;٥ من ١ إلى ٤: {ranges}.</numerusform>
            <numerusform> على جميع البلدان التي أبلغت عنها (%n)، مع احتساب كل &lt;٥ من ١ إلى ٤: {ranges}.</numerusform>
            <numerusform> على جميع البلدان التي أبلغت عنها (%n)، مع احتساب كل &lt;٥ من ١ إلى ٤: {ranges}.</numerusform>
            <numerusform> على جميع البلدان التي أبلغت عنها (%n)، مع احتساب كل &lt;٥ من ١ إلى ٤: {ranges}.</numerusform>
            <numerusform> على جميع البلدان التي أبلغت عنها (%n)، مع احتساب كل &lt;٥ من ١ إلى ٤: {ranges}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Children (0-17): {share} of {people} (N = %n countries that reported both age groups exactly).</source>
        <translation>
            <numerusform>الأطفال (من ٠ إلى ١٧ سنة): {share} من {people} (N = %n من البلدان التي أبلغت عن الفئتين العمريتين بدقة).</numerusform>
            <numerusform>الأطفال (من ٠ إلى ١٧ سنة): {share} من {people} (N = %n من البلدان التي أبلغت عن الفئتين العمريتين بدقة).</numerusform>
            <numerusform>الأطفال (من ٠ إلى ١٧ سنة): {share} من {people} (N = %n من البلدان التي أبلغت عن الفئتين العمريتين بدقة).</numerusform>
            <numerusform>الأطفال (من ٠ إلى ١٧ سنة): {share} من {people} (N = %n من البلدان التي أبلغت عن الفئتين العمريتين بدقة).</numerusform>
            <numerusform>الأطفال (من ٠ إلى ١٧ سنة): {share} من {people} (N = %n من البلدان التي أبلغت عن الفئتين العمريتين بدقة).</numerusform>
            <numerusform>الأطفال (من ٠ إلى ١٧ سنة): {share} من {people} (N = %n من البلدان التي أبلغت عن الفئتين العمريتين بدقة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Where {people} came from (%n countries reported {people} by citizenship: {low} to {high}, each &lt;5 as 1 to 4):</source>
        <translation>
            <numerusform>منشأ {people} (أبلغ %n بلد عن {people} حسب الجنسية: من {low} إلى {high}، مع احتساب كل &lt;٥ من ١ إلى ٤):</numerusform>
            <numerusform>منشأ {people} (أبلغ بلد واحد عن {people} حسب الجنسية: من {low} إلى {high}، مع احتساب كل &lt;٥ من ١ إلى ٤):</numerusform>
            <numerusform>منشأ {people} (أبلغ بلدان عن {people} حسب الجنسية: من {low} إلى {high}، مع احتساب كل &lt;٥ من ١ إلى ٤):</numerusform>
            <numerusform>منشأ {people} (أبلغ %n بلدان عن {people} حسب الجنسية: من {low} إلى {high}، مع احتساب كل &lt;٥ من ١ إلى ٤):</numerusform>
            <numerusform>منشأ {people} (أبلغ %n بلدًا عن {people} حسب الجنسية: من {low} إلى {high}، مع احتساب كل &lt;٥ من ١ إلى ٤):</numerusform>
            <numerusform>منشأ {people} (أبلغ %n بلد عن {people} حسب الجنسية: من {low} إلى {high}، مع احتساب كل &lt;٥ من ١ إلى ٤):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{classes}.</source>
        <translation>{classes}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top origin subregions (foreign {people}): {top}.</source>
        <translation>أهم المناطق الفرعية للمنشأ ({people} الأجانب): {top}.</translation>
    </message>
    <message>
        <location filename="../../explorer/core/places/wording.py" line="-50"/>
        <source>{place} (region)</source>
        <translation>{place} (منطقة)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{place} (subregion of {parent})</source>
        <translation>{place} (منطقة فرعية من {parent})</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{place} (group of %n countries)</source>
        <translation>
            <numerusform>{place} (مجموعة من %n بلد)</numerusform>
            <numerusform>{place} (مجموعة من بلد واحد)</numerusform>
            <numerusform>{place} (مجموعة من بلدين)</numerusform>
            <numerusform>{place} (مجموعة من %n بلدان)</numerusform>
            <numerusform>{place} (مجموعة من %n بلدًا)</numerusform>
            <numerusform>{place} (مجموعة من %n بلد)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{reporting} of %n countries reported.</source>
        <translation>
            <numerusform>أبلغ {reporting} من أصل %n بلد.</numerusform>
            <numerusform>أبلغ {reporting} من أصل بلد واحد.</numerusform>
            <numerusform>أبلغ {reporting} من أصل بلدين.</numerusform>
            <numerusform>أبلغ {reporting} من أصل %n بلدان.</numerusform>
            <numerusform>أبلغ {reporting} من أصل %n بلدًا.</numerusform>
            <numerusform>أبلغ {reporting} من أصل %n بلد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the world</source>
        <translation>العالم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No country in {place} reported {what} for {year}.</source>
        <translation>{place}: لم يبلغ أي بلد عن «{what}» لعام {year}.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{indicator}, {year}: median {median} over the %n countries with an exact figure ({reporting} of {members} reported). Not a count: no total.</source>
        <translation>
            <numerusform>{indicator}، {year}: الوسيط {median} على %n من البلدان ذات الرقم الدقيق (أبلغ {reporting} من أصل {members}). ليس عددًا: لا مجموع.</numerusform>
            <numerusform>{indicator}، {year}: الوسيط {median} على %n من البلدان ذات الرقم الدقيق (أبلغ {reporting} من أصل {members}). ليس عددًا: لا مجموع.</numerusform>
            <numerusform>{indicator}، {year}: الوسيط {median} على %n من البلدان ذات الرقم الدقيق (أبلغ {reporting} من أصل {members}). ليس عددًا: لا مجموع.</numerusform>
            <numerusform>{indicator}، {year}: الوسيط {median} على %n من البلدان ذات الرقم الدقيق (أبلغ {reporting} من أصل {members}). ليس عددًا: لا مجموع.</numerusform>
            <numerusform>{indicator}، {year}: الوسيط {median} على %n من البلدان ذات الرقم الدقيق (أبلغ {reporting} من أصل {members}). ليس عددًا: لا مجموع.</numerusform>
            <numerusform>{indicator}، {year}: الوسيط {median} على %n من البلدان ذات الرقم الدقيق (أبلغ {reporting} من أصل {members}). ليس عددًا: لا مجموع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{indicator}, {year}: no exact figure; {reporting} of %n countries reported, all &lt;5.</source>
        <translation>
            <numerusform>{indicator}، {year}: لا رقم دقيق؛ أبلغ {reporting} من أصل %n بلد، وكلها &lt;٥.</numerusform>
            <numerusform>{indicator}، {year}: لا رقم دقيق؛ أبلغ {reporting} من أصل بلد واحد، وكلها &lt;٥.</numerusform>
            <numerusform>{indicator}، {year}: لا رقم دقيق؛ أبلغ {reporting} من أصل بلدين، وكلها &lt;٥.</numerusform>
            <numerusform>{indicator}، {year}: لا رقم دقيق؛ أبلغ {reporting} من أصل %n بلدان، وكلها &lt;٥.</numerusform>
            <numerusform>{indicator}، {year}: لا رقم دقيق؛ أبلغ {reporting} من أصل %n بلدًا، وكلها &lt;٥.</numerusform>
            <numerusform>{indicator}، {year}: لا رقم دقيق؛ أبلغ {reporting} من أصل %n بلد، وكلها &lt;٥.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{indicator}, {year}: {sum}, the sum of the exact figures of %n countries; {reported}</source>
        <translation>
            <numerusform>{indicator}، {year}: {sum}، وهو مجموع الأرقام الدقيقة لـ %n بلد؛ {reported}</numerusform>
            <numerusform>{indicator}، {year}: {sum}، وهو مجموع الأرقام الدقيقة لبلد واحد؛ {reported}</numerusform>
            <numerusform>{indicator}، {year}: {sum}، وهو مجموع الأرقام الدقيقة لبلدين؛ {reported}</numerusform>
            <numerusform>{indicator}، {year}: {sum}، وهو مجموع الأرقام الدقيقة لـ %n بلدان؛ {reported}</numerusform>
            <numerusform>{indicator}، {year}: {sum}، وهو مجموع الأرقام الدقيقة لـ %n بلدًا؛ {reported}</numerusform>
            <numerusform>{indicator}، {year}: {sum}، وهو مجموع الأرقام الدقيقة لـ %n بلد؛ {reported}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} at {level}</source>
        <translation>{count} في {level}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>{indicator}, {year}: {reported} of %n countries reported: {levels}</source>
        <translation>
            <numerusform>{indicator}، {year}: أبلغ {reported} من أصل %n بلد: {levels}</numerusform>
            <numerusform>{indicator}، {year}: أبلغ {reported} من أصل بلد واحد: {levels}</numerusform>
            <numerusform>{indicator}، {year}: أبلغ {reported} من أصل بلدين: {levels}</numerusform>
            <numerusform>{indicator}، {year}: أبلغ {reported} من أصل %n بلدان: {levels}</numerusform>
            <numerusform>{indicator}، {year}: أبلغ {reported} من أصل %n بلدًا: {levels}</numerusform>
            <numerusform>{indicator}، {year}: أبلغ {reported} من أصل %n بلد: {levels}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{line}; {levels} (outside the order)</source>
        <translation>{line}؛ {levels} (خارج الترتيب)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}. Levels, not quantities: no total.</source>
        <translation>{line}. مستويات وليست كميات: لا مجموع.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n more countries reported &lt;5 ({low} to {high} more in all).</source>
        <translation>
            <numerusform>أبلغ %n بلد آخر عن &lt;٥ (من {low} إلى {high} إضافية في المجموع).</numerusform>
            <numerusform>أبلغ بلد آخر عن &lt;٥ (من {low} إلى {high} إضافية في المجموع).</numerusform>
            <numerusform>أبلغ بلدان آخران عن &lt;٥ (من {low} إلى {high} إضافية في المجموع).</numerusform>
            <numerusform>أبلغت %n بلدان أخرى عن &lt;٥ (من {low} إلى {high} إضافية في المجموع).</numerusform>
            <numerusform>أبلغ %n بلدًا آخر عن &lt;٥ (من {low} إلى {high} إضافية في المجموع).</numerusform>
            <numerusform>أبلغ %n بلد آخر عن &lt;٥ (من {low} إلى {high} إضافية في المجموع).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change: no figures for {year} to compare with.</source>
        <translation>التغيّر: لا أرقام لعام {year} للمقارنة بها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change since {year}: not computable: no country reported exact figures in both years.</source>
        <translation>التغيّر منذ {year}: لا يمكن حسابه: لم يبلغ أي بلد عن أرقام دقيقة في السنتين كلتيهما.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change since {year}: no percentage (the {year} figures add up to 0).</source>
        <translation>التغيّر منذ {year}: لا نسبة مئوية (مجموع أرقام {year} يساوي ٠).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Change since {year}: {change} ({before} to {after}), over the %n countries that reported exact figures in both years.</source>
        <translation>
            <numerusform>التغيّر منذ {year}: {change} (من {before} إلى {after})، على %n من البلدان التي أبلغت عن أرقام دقيقة في السنتين كلتيهما.</numerusform>
            <numerusform>التغيّر منذ {year}: {change} (من {before} إلى {after})، على %n من البلدان التي أبلغت عن أرقام دقيقة في السنتين كلتيهما.</numerusform>
            <numerusform>التغيّر منذ {year}: {change} (من {before} إلى {after})، على %n من البلدان التي أبلغت عن أرقام دقيقة في السنتين كلتيهما.</numerusform>
            <numerusform>التغيّر منذ {year}: {change} (من {before} إلى {after})، على %n من البلدان التي أبلغت عن أرقام دقيقة في السنتين كلتيهما.</numerusform>
            <numerusform>التغيّر منذ {year}: {change} (من {before} إلى {after})، على %n من البلدان التي أبلغت عن أرقام دقيقة في السنتين كلتيهما.</numerusform>
            <numerusform>التغيّر منذ {year}: {change} (من {before} إلى {after})، على %n من البلدان التي أبلغت عن أرقام دقيقة في السنتين كلتيهما.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>largest rises: {countries}</source>
        <translation>أكبر الزيادات: {countries}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>largest falls: {countries}</source>
        <translation>أكبر الانخفاضات: {countries}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Driven by {changes}.</source>
        <translation>أبرز المساهمات — {changes}.</translation>
    </message>
</context>
<context>
    <name>ProfileBars</name>
    <message>
        <location filename="../../explorer/ui/panel/profile_bars.py" line="+26"/>
        <source>By sex</source>
        <translation>حسب الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By age</source>
        <translation>حسب العمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By form of exploitation</source>
        <translation>حسب شكل الاستغلال</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Victim profile</source>
        <translation>سمات الضحايا</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../explorer/ui/workspace/provenance_dialog.py" line="+27"/>
        <source>Dataset</source>
        <translation>مجموعة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>الجهة الناشرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition (export date)</source>
        <translation>الإصدار (تاريخ التصدير)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>الاستشهاد المرجعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{read} read = {imported} imported + {rejected} rejected</source>
        <translation>{read} مقروءة = {imported} مستوردة + {rejected} مرفوضة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYNTHETIC demonstration data: not official statistics</source>
        <translation>بيانات إيضاحية اصطناعية: ليست إحصاءات رسمية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caveat</source>
        <translation>التحفّظ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provenance: {dataset}</source>
        <translation>منشأ البيانات: {dataset}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../explorer/ui/window/recent_files.py" line="+31"/>
        <source>Open &amp;recent</source>
        <translation>فتح ملف حديث(&amp;R)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No recent files</source>
        <translation>لا ملفات حديثة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear list</source>
        <translation>مسح القائمة(&amp;C)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(missing)</source>
        <translation>(مفقود)</translation>
    </message>
</context>
<context>
    <name>RegionZoom</name>
    <message>
        <source>Zoom to &amp;region</source>
        <translation type="vanished">التكبير إلى منطقة(&amp;R)</translation>
    </message>
    <message>
        <source>Colour by &amp;regional totals</source>
        <translation type="vanished">التلوين حسب المجاميع الإقليمية(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map/region_zoom.py" line="+48"/>
        <source>Zoom to re&amp;gion</source>
        <translation>التكبير إلى منطقة(&amp;G)</translation>
    </message>
    <message>
        <source>Co&amp;lour by regional totals</source>
        <translation type="vanished">التلوين حسب المجاميع الإقليمية(&amp;L)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Colour &amp;by regional totals</source>
        <translation>التلوين حسب المجاميع الإقليمية(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each country shows its UN region&apos;s total of the indicator</source>
        <translation>يعرض كل بلد مجموع المؤشر في منطقته حسب تصنيف الأمم المتحدة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No regional totals for {indicator}</source>
        <translation>لا مجاميع إقليمية لـ {indicator}</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../explorer/ui/window/search_box.py" line="-1"/>
        <source>Find a country (Ctrl+F)</source>
        <translation>البحث عن بلد (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No country matches “{text}”</source>
        <translation>لا يوجد بلد يطابق «{text}»</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../explorer/ui/map/side_by_side.py" line="+52"/>
        <source>Two years side by side</source>
        <translation>سنتان جنبًا إلى جنب</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>left</source>
        <translation>الأولى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>الثانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the {side} map</source>
        <translation>سنة الخريطة {side}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Year:</source>
        <translation>السنة(&amp;Y):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{subject}. Same classes and colours on both maps (over all years).</source>
        <translation>{subject}. الفئات والألوان نفسها على الخريطتين (على امتداد كل السنوات).</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Map of {year}</source>
        <translation>خريطة {year}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Two years &amp;side by side…</source>
        <translation>سنتان جنبًا إلى جنب(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shown indicator for two years, next to each other</source>
        <translation>المؤشر المعروض لسنتين، إحداهما بجانب الأخرى</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../explorer/core/data/provenance.py" line="+50"/>
        <source>Source: SYNTHETIC demonstration data generated by Trafficking Flows Explorer; not official statistics</source>
        <translation>المصدر: بيانات إيضاحية اصطناعية أنشأها Trafficking Flows Explorer؛ ليست إحصاءات رسمية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SYNTHETIC demonstration data generated by Trafficking Flows Explorer; not official statistics</source>
        <translation>بيانات إيضاحية اصطناعية أنشأها Trafficking Flows Explorer؛ ليست إحصاءات رسمية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown publisher</source>
        <translation>جهة ناشرة غير معروفة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{publisher}, export of {edition}</source>
        <translation>{publisher}، تصدير {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{publisher}, file {file}</source>
        <translation>{publisher}، الملف {file}</translation>
    </message>
</context>
<context>
    <name>SourceRows</name>
    <message>
        <location filename="../../explorer/ui/common/source_rows.py" line="+190"/>
        <source>Show &amp;source rows…</source>
        <extracomment>The countries&apos; English names: a trace is English (its CSV) until the dialog says it in the interface language, whatever language the book names them in. What a context menu offers at a point: one opener, or (words, opener) pairs, or None.</extracomment>
        <translation>عرض صفوف المصدر(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/common/source_rows_dialog.py" line="+70"/>
        <location line="+36"/>
        <location line="+64"/>
        <source>Source rows</source>
        <extracomment>GLOTIP&apos;s category column: a flow&apos;s raw origin label, next to the value.</extracomment>
        <translation>صفوف المصدر</translation>
    </message>
    <message numerus="yes">
        <location line="-88"/>
        <source>%n file row(s) behind this figure.</source>
        <translation>
            <numerusform>يستند هذا الرقم إلى %n صف من الملف.</numerusform>
            <numerusform>يستند هذا الرقم إلى صف واحد (%n) من الملف.</numerusform>
            <numerusform>يستند هذا الرقم إلى صفّين (%n) من الملف.</numerusform>
            <numerusform>يستند هذا الرقم إلى %n صفوف من الملف.</numerusform>
            <numerusform>يستند هذا الرقم إلى %n صفًا من الملف.</numerusform>
            <numerusform>يستند هذا الرقم إلى %n صف من الملف.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file row behind this figure.</source>
        <translation>لا يستند هذا الرقم إلى أي صف من الملف.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy as text</source>
        <translation>نسخ كنص(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as CSV…</source>
        <translation>حفظ بتنسيق CSV(&amp;S)…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>From {file}, sheet {sheet} (SHA-256 {sha256})</source>
        <translation>من {file}، الورقة {sheet} (SHA-256 {sha256})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {file} (SHA-256 {sha256})</source>
        <translation>من {file} (SHA-256 {sha256})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save source rows</source>
        <translation>حفظ صفوف المصدر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save {path}: {error}</source>
        <translation>تعذّر حفظ {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/source_menus.py" line="+102"/>
        <source>Show source rows of the &amp;total…</source>
        <translation>عرض صفوف المصدر للمجموع(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show source rows of the &amp;change…</source>
        <translation>عرض صفوف المصدر للتغيّر(&amp;C)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show source rows of the share: {label}…</source>
        <translation>عرض صفوف المصدر للحصة: {label}…</translation>
    </message>
</context>
<context>
    <name>TableMapping</name>
    <message>
        <location filename="../../explorer/ui/workspace/level_order.py" line="+38"/>
        <source>The values are categories. Drag them into their order; the first gets rank 1:</source>
        <translation>القيم فئات. اسحبها لترتيبها؛ تحصل الأولى على المرتبة ١:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order of the levels</source>
        <translation>ترتيب المستويات</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/mapping_dialog.py" line="+40"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Columns of {file}</source>
        <translation>أعمدة {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The table&apos;s columns could not be recognised for sure: {reason}. Say which column holds what; the import then runs again.</source>
        <translation>تعذّر التعرّف على أعمدة الجدول بيقين: {reason}. حدِّد محتوى كل عمود؛ ثم يُعاد تشغيل الاستيراد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Figures per country</source>
        <translation>أرقام لكل بلد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows from one country to another</source>
        <translation>تدفّقات من بلد إلى آخر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table holds:</source>
        <translation>يحتوي الجدول على:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per country and year (long)</source>
        <translation>صف واحد لكل بلد وسنة (طويل)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One column per year, e.g. 1960 ... 2023 (wide)</source>
        <translation>عمود واحد لكل سنة، مثل 1960 ... 2023 (عريض)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Origin:</source>
        <translation>المنشأ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination:</source>
        <translation>المقصد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (code or name):</source>
        <translation>البلد (الرمز أو الاسم):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country name (spare):</source>
        <translation>اسم البلد (احتياطي):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>السنة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator column:</source>
        <translation>عمود المؤشر:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout:</source>
        <translation>التخطيط:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Value columns:</source>
        <extracomment>One check box per candidate value column (each an indicator).</extracomment>
        <translation>أعمدة القيم:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(from a column)</source>
        <translation>(من عمود)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of every row:</source>
        <translation>سنة كل الصفوف:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Population, total</source>
        <translation>مثل Population, total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator name:</source>
        <translation>اسم المؤشر:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <location filename="../../explorer/core/trace/rows_table.py" line="+23"/>
        <source>the file&apos;s rows were not kept for this dataset (imported before the app kept them, or from a kind of file whose rows it does not keep): import the file again to see them</source>
        <translation>لم تُحفظ صفوف الملف لمجموعة البيانات هذه (استُوردت قبل أن يحفظها التطبيق، أو من نوع ملف لا يحفظ صفوفه): استورد الملف مرة أخرى لرؤيتها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not read from a file row (generated or derived)</source>
        <translation>لم يُقرأ من صف في الملف (مولَّد أو مشتق)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYNTHETIC demonstration data: generated by the app, read from no file</source>
        <translation>بيانات إيضاحية اصطناعية: ولّدها التطبيق، ولم تُقرأ من أي ملف، وليست إحصاءات رسمية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same value in {count} rows: an exact duplicate, counted once</source>
        <translation>القيمة نفسها في {count} صفوف: تكرار مطابق، حُسب مرة واحدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read as it is</source>
        <translation>قُرئ كما هو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{figure}: {shown}</source>
        <translation>{figure}: {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{figure} = {shown}: {rule}</source>
        <translation>{figure} = {shown}: {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown</source>
        <translation>المعروض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the importer did</source>
        <translation>ما فعله الاستيراد</translation>
    </message>
    <message>
        <location filename="../../explorer/core/trace/words.py" line="+79"/>
        <source>World</source>
        <translation>العالم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{place}, {year}: {indicator}</source>
        <translation>{place}، {year}: {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}, {year}: {indicator}, {breakdown}</source>
        <translation>{place}، {year}: {indicator}، {breakdown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{origin} -&gt; {destination}, {year}: {indicator}</source>
        <translation>{origin} ← {destination}، {year}: {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}, {year}: {indicator}, total</source>
        <translation>{place}، {year}: {indicator}، المجموع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: {indicator}, change {previous} to {year}</source>
        <translation>{place}: {indicator}، التغيّر من {previous} إلى {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}, {year}: {indicator}, share {part}</source>
        <translation>{place}، {year}: {indicator}، نسبة {part}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no figure</source>
        <translation>لا رقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not computable</source>
        <translation>لا يمكن حسابه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;5 kept as a range (1 to 4), never a made-up number</source>
        <translation>&lt;٥ محفوظ كمدى (من ١ إلى ٤)، وليس رقمًا مختلقًا أبدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own nationals</source>
        <translation>مواطنو البلد نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin not known</source>
        <translation>المنشأ غير معروف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as a country code</source>
        <translation>كرمز بلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by its name</source>
        <translation>باسمه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by a known other name</source>
        <translation>باسم آخر معروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the people of that country</source>
        <translation>كمواطني ذلك البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as a class of origin</source>
        <translation>كفئة منشأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by an approximate match</source>
        <translation>بمطابقة تقريبية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by your alias or rule</source>
        <translation>باسمك البديل أو قاعدتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} {how}</source>
        <translation>{label} {how}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin label {label} read as {read}, {how}</source>
        <translation>تسمية المنشأ {label} قُرئت على أنها {read}، {how}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin labels meaning one origin, summed: read as {read}: {hows}</source>
        <translation>تسميات منشأ تعني منشأً واحدًا، جُمعت: قُرئت على أنها {read}: {hows}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>victims aged 0 to 17 / all detected victims x 100, both exact</source>
        <translation>الضحايا من سن ٠ إلى ١٧ / جميع الضحايا المكتشفين × ١٠٠، وكلاهما دقيق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>female victims / all detected victims x 100, both exact</source>
        <translation>الضحايا الإناث / جميع الضحايا المكتشفين × ١٠٠، وكلاهما دقيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({year} - {previous}) / {previous} x 100, both exact, the previous year not zero</source>
        <translation>({year} - {previous}) / {previous} × ١٠٠، وكلاهما دقيق، والسنة السابقة ليست صفرًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(second year - {first}) / {first} x 100, both exact, {first} not zero</source>
        <translation>(السنة الثانية - {first}) / {first} × ١٠٠، وكلاهما دقيق، و{first} ليست صفرًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count / population x 100,000; the population of the same year from the loaded population indicator, else the nearest year at most {gap} years away (its rows are in that dataset)</source>
        <translation>العدد / السكان × ١٠٠٬٠٠٠؛ السكان في السنة نفسها من مؤشر السكان المحمَّل، وإلا فأقرب سنة على بعد {gap} سنوات على الأكثر (صفوفه في مجموعة البيانات تلك)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no country of {place} reported</source>
        <translation>لم يُبلغ أي بلد من {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of the exact figures of the {exact} countries that reported one ({total}; {members} countries in {place})</source>
        <translation>مجموع الأرقام الدقيقة لـ {exact} من البلدان التي أبلغت عن رقم ({total}؛ {members} من البلدان في {place})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{rule}; {more} more reported only &lt;5, {low} to {high} victims together, shown beside the sum, never in it</source>
        <translation>{rule}؛ و{more} أخرى أبلغت فقط عن &lt;٥، أي من {low} إلى {high} من الضحايا معًا، تُعرض بجانب المجموع ولا تدخل فيه أبدًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no figures for one of the two years</source>
        <translation>لا أرقام لإحدى السنتين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({after} - {before}) / {before} x 100 over the {count} countries of {place} with an exact figure in both {previous} and {year} (a &lt;5 or a gap in either year leaves a country out)</source>
        <translation>({after} - {before}) / {before} × ١٠٠ على {count} من بلدان {place} لها رقم دقيق في {previous} و{year} كلتيهما (يُستبعد البلد إذا كان &lt;٥ أو ناقصًا في أي من السنتين)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a part of the group has no figures</source>
        <translation>جزء من المجموعة ليست له أرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{part} / ({parts} = {total}) x 100 over the {count} countries of {place} that reported every part exactly</source>
        <translation>{part} / ({parts} = {total}) × ١٠٠ على {count} من بلدان {place} التي أبلغت عن كل جزء بدقة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sum of the {count} country flows from {origin} to {destination} (own nationals counted in their country&apos;s place; a &lt;5 adds its range 1 to 4)</source>
        <translation>مجموع {count} من التدفّقات بين البلدان من {origin} إلى {destination} (يُحسب مواطنو البلد نفسه في مكان بلدهم؛ وتضيف &lt;٥ مداها من ١ إلى ٤)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../explorer/ui/common/trend_chart.py" line="+40"/>
        <source>Trend over years</source>
        <translation>الاتجاه عبر السنوات</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{first} to {last}</source>
        <translation>من {first} إلى {last}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no data {years}</source>
        <translation>لا بيانات {years}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend: {parts}</source>
        <translation>الاتجاه: {parts}</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>bars: &lt;5 (1 to 4)</source>
        <translation>الأشرطة: &lt;٥ (من ١ إلى ٤)</translation>
    </message>
</context>
<context>
    <name>VictimProfile</name>
    <message>
        <location filename="../../explorer/core/indicators/country_victim_profile.py" line="+118"/>
        <source>No figures by age for {year}</source>
        <translation>لا أرقام حسب العمر لعام {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Children: {figure}</source>
        <translation>الأطفال: {figure}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children: {figure} (no share computed from {reason})</source>
        <translation>الأطفال: {figure} (لم تُحسب حصة من {reason})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Children: {figure} (share not computable: adults {adults})</source>
        <translation>الأطفال: {figure} (لا يمكن حساب الحصة: البالغون {adults})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Children: 0 (no {people} of known age)</source>
        <translation>الأطفال: ٠ (لا بيانات عن {people} معروفي العمر)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Children: {share} of {people} of known age ({part} of {whole})</source>
        <translation>الأطفال: {share} من {people} معروفي العمر ({part} من {whole})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Children: {share} of {people} ({part} of {whole})</source>
        <translation>الأطفال: {share} من {people} ({part} من {whole})</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../../explorer/ui/window/recent_files.py" line="-45"/>
        <location filename="../../explorer/ui/workspace/menu.py" line="+44"/>
        <source>&amp;Open workspace…</source>
        <extracomment>The text of the session&apos;s action the submenu follows (see workspace_menu.py), compared in the user&apos;s language.</extracomment>
        <translation>فتح مساحة عمل(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/damaged.py" line="+58"/>
        <source>Workspace could not be read</source>
        <translation>تعذّرت قراءة مساحة العمل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is kept exactly as it is. Start a new, empty workspace in another file, or go on without saving (File &gt; Save workspace as… keeps new work).</source>
        <translation>يُحتفظ بالملف كما هو تمامًا. ابدأ مساحة عمل جديدة فارغة في ملف آخر، أو تابع دون حفظ (ملف &gt; حفظ مساحة العمل باسم… يحتفظ بالعمل الجديد).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a new workspace…</source>
        <translation>بدء مساحة عمل جديدة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../explorer/ui/workspace/disk_changes.py" line="+91"/>
        <location filename="../../explorer/ui/workspace/session.py" line="+221"/>
        <source>Workspace not saved</source>
        <translation>لم تُحفظ مساحة العمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is the workspace that could not be read; it is kept as it is. Choose another file name.</source>
        <translation>{path} هو مساحة العمل التي تعذّرت قراءتها؛ ويُحتفظ به كما هو. اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The workspace could not be read: {reason}</source>
        <translation>تعذّرت قراءة مساحة العمل: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace is in use by {reason}</source>
        <translation>مساحة العمل قيد الاستخدام من قِبل {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace cannot be written: {reason}</source>
        <translation>لا يمكن الكتابة في مساحة العمل: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported data not saved</source>
        <translation>لم تُحفظ البيانات المستوردة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data imported in this session is not saved.

{why}</source>
        <translation>البيانات المستوردة في هذه الجلسة غير محفوظة.

{why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workspace file is kept exactly as it is. Save the imported data in another workspace file, or close without it?</source>
        <translation>يُحتفظ بملف مساحة العمل كما هو تمامًا. هل تريد حفظ البيانات المستوردة في ملف مساحة عمل آخر، أم الإغلاق دونها؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>parts of it are damaged and were not read: {parts}</source>
        <translation>أجزاء منه تالفة ولم تُقرأ: {parts}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged: {parts}. The rest is shown; nothing is saved to {path}. File &gt; Save workspace as… keeps what is intact.</source>
        <translation>تالف: {parts}. يُعرض الباقي؛ ولا يُحفظ أي شيء في {path}. يحتفظ الأمر ملف &gt; حفظ مساحة العمل باسم… بما هو سليم.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parts of {path} are damaged and were not read:

{parts}

The rest is shown. Nothing will be saved to this file, so it can still be rescued. Save what is intact as a new workspace?</source>
        <translation>أجزاء من {path} تالفة ولم تُقرأ:

{parts}

يُعرض الباقي. لن يُحفظ أي شيء في هذا الملف، حتى يظل من الممكن إنقاذه. هل تريد حفظ ما هو سليم كمساحة عمل جديدة؟</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workspace partly damaged</source>
        <translation>مساحة العمل تالفة جزئيًا</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/disk_changes.py" line="+11"/>
        <source>Workspace changed on disk</source>
        <translation>تغيّرت مساحة العمل على القرص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was changed by another program since this window read it.

Keep both adds what this window has to what the file now holds; Reload shows the file as it is now (this window&apos;s latest change is dropped); Overwrite writes this window&apos;s workspace over it.</source>
        <translation>غيّر برنامج آخر {path} منذ أن قرأته هذه النافذة.

«الإبقاء على الاثنين» يضيف ما في هذه النافذة إلى ما يحتويه الملف الآن؛ و«إعادة التحميل» يعرض الملف كما هو الآن (ويُتجاهل آخر تغيير في هذه النافذة)؛ و«الكتابة فوقه» يكتب مساحة عمل هذه النافذة فوقه.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep both</source>
        <translation>الإبقاء على الاثنين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overwrite</source>
        <translation>الكتابة فوقه</translation>
    </message>
    <message>
        <source>Workspace (*.sqlite)</source>
        <translation type="vanished">مساحة عمل (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/file_dialogs.py" line="+20"/>
        <source>Workspace (*.tfe-workspace *.sqlite)</source>
        <translation>مساحة عمل (*.tfe-workspace *.sqlite)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save workspace as</source>
        <translation>حفظ مساحة العمل باسم</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/groups.py" line="+41"/>
        <source>Groups saved in the workspace</source>
        <translation>المجموعات المحفوظة في مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/imports.py" line="+36"/>
        <source>Data files: GLOTIP, CTDC, indicator, flow and activity tables, IATI (*.xlsx *.xls *.xlsm *.ods *.csv *.txt *.xml)</source>
        <translation>ملفات البيانات: GLOTIP وCTDC وجداول المؤشرات والتدفّقات والأنشطة وIATI (*.xlsx *.xls *.xlsm *.ods *.csv *.txt *.xml)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import data</source>
        <translation>استيراد بيانات</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not imported</source>
        <translation>لم يُستورد</translation>
    </message>
    <message>
        <source>{file}: not a file this app imports. Drop a UNODC GLOTIP export (.xlsx or .csv) or a workspace (.sqlite).</source>
        <translation type="vanished">{file}: ليس ملفًا يستورده هذا التطبيق. أفلِت ملف GLOTIP مُصدَّرًا من UNODC ‏(.xlsx أو .csv) أو مساحة عمل (.sqlite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: not a file this app imports. Drop a UNODC GLOTIP export (.xlsx or .csv) or a workspace (.tfe-workspace or .sqlite).</source>
        <translation>{file}: ليس ملفًا يستورده هذا التطبيق. أسقِط ملف تصدير GLOTIP من مكتب الأمم المتحدة المعني بالمخدرات والجريمة (.xlsx أو .csv) أو مساحة عمل (.tfe-workspace أو .sqlite).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An import is already running</source>
        <translation>هناك عملية استيراد جارية بالفعل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing {file}… %p%</source>
        <translation>جارٍ استيراد {file}… %p%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import of {file} cancelled</source>
        <translation>أُلغي استيراد {file}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing imported from {file}; nothing stored</source>
        <translation>لم يُستورد أي شيء من {file}؛ ولم يُخزَّن أي شيء</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added to {dataset}: {imported} rows imported, {rejected} rejected (saved)</source>
        <translation>أُضيف إلى {dataset}: صفوف مستوردة {imported}، ومرفوضة {rejected} (محفوظ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added to {dataset}: {imported} rows imported, {rejected} rejected (NOT saved)</source>
        <translation>أُضيف إلى {dataset}: صفوف مستوردة {imported}، ومرفوضة {rejected} (غير محفوظ!)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>saved in {path}</source>
        <translation>محفوظ في {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT saved</source>
        <translation>غير محفوظ!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dataset} replaced: {imported} rows imported, {rejected} rejected ({where})</source>
        <translation>استُبدلت {dataset}: صفوف مستوردة {imported}، ومرفوضة {rejected} ({where})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{dataset} added: {imported} rows imported, {rejected} rejected ({where})</source>
        <translation>أُضيفت {dataset}: صفوف مستوردة {imported}، ومرفوضة {rejected} ({where})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add to the dataset on screen?</source>
        <translation>هل تريد الإضافة إلى مجموعة البيانات المعروضة؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{new} has no flows and no indicator that {current} already has. Add it to {current}, so that its figures or activities appear next to the others (its source is noted in the provenance), or keep it as a dataset of its own?</source>
        <translation>لا تحتوي {new} على تدفّقات ولا على مؤشر موجود أصلًا في {current}. هل تريد إضافتها إلى {current}، لتظهر أرقامها أو أنشطتها بجانب غيرها (مع تدوين مصدرها في منشأ البيانات)، أم الإبقاء عليها كمجموعة بيانات مستقلة؟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to {current}</source>
        <translation>الإضافة إلى {current}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep as its own dataset</source>
        <translation>الإبقاء عليها كمجموعة بيانات مستقلة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/locking.py" line="+37"/>
        <source>its folder cannot be written ({error})</source>
        <translation>لا يمكن الكتابة في مجلده ({error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is marked read-only</source>
        <translation>الملف مُعلَّم للقراءة فقط</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: {path} is in use by {holder}. Nothing here is saved to it; close it there and open it again (File &gt; Open workspace…), or keep new work with File &gt; Save workspace as….</source>
        <translation>للقراءة فقط: {path} قيد الاستخدام من قِبل {holder}. لا يُحفظ فيه أي شيء من هنا؛ أغلقه هناك ثم افتحه مرة أخرى (ملف &gt; فتح مساحة عمل…)، أو احتفظ بالعمل الجديد عبر ملف &gt; حفظ مساحة العمل باسم….</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: {path} cannot be written ({holder}). Nothing here is saved to it; keep new work with File &gt; Save workspace as….</source>
        <translation>للقراءة فقط: لا يمكن الكتابة في {path} ‏({holder}). لا يُحفظ فيه أي شيء من هنا؛ احتفظ بالعمل الجديد عبر ملف &gt; حفظ مساحة العمل باسم….</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is in use by {holder}. Close it there first.</source>
        <translation>{path} قيد الاستخدام من قِبل {holder}. أغلقه هناك أولًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be written: {holder}.</source>
        <translation>لا يمكن الكتابة في {path}: {holder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>Workspace in use</source>
        <translation>مساحة العمل قيد الاستخدام</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The other program let go of {path}: this window saves to it now</source>
        <translation>حرّر البرنامج الآخر {path}: تحفظ هذه النافذة فيه الآن</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path} is in use by {holder}.

This window can show it but will not save to it, so that nothing the other program adds is lost.</source>
        <translation>{path} قيد الاستخدام من قِبل {holder}.

يمكن لهذه النافذة عرضه لكنها لن تحفظ فيه، حتى لا يضيع أي شيء يضيفه البرنامج الآخر.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open read-only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>المحاولة مرة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/menu.py" line="-13"/>
        <source>&amp;Import data…</source>
        <translation>استيراد بيانات(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a UNODC GLOTIP export (xlsx or csv)</source>
        <translation>استيراد ملف GLOTIP مُصدَّر من UNODC (xlsx أو csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New workspace…</source>
        <translation>مساحة عمل جديدة(&amp;N)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save workspace &amp;as…</source>
        <translation>حفظ مساحة العمل باسم(&amp;A)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Datasets</source>
        <translation>مجموعات البيانات(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to another dataset of this workspace</source>
        <translation>التبديل إلى مجموعة بيانات أخرى في مساحة العمل هذه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import repor&amp;t…</source>
        <translation>تقرير الاستيراد(&amp;T)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remo&amp;ve dataset from workspace…</source>
        <translation>إزالة مجموعة البيانات من مساحة العمل(&amp;V)…</translation>
    </message>
    <message>
        <source>Import &amp;report…</source>
        <translation type="vanished">تقرير الاستيراد(&amp;R)…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Dataset &amp;provenance…</source>
        <translation>منشأ مجموعة البيانات(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name dataset…</source>
        <translation>إعادة تسمية مجموعة البيانات(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove dataset from workspace…</source>
        <translation type="vanished">إزالة مجموعة البيانات من مساحة العمل(&amp;R)…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Trafficking Flows Explorer: {dataset} — {file}</source>
        <translation>Trafficking Flows Explorer: {dataset} — {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{dataset} (synthetic)</source>
        <translation>{dataset} (اصطناعية)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/renaming.py" line="+26"/>
        <source>Rename dataset</source>
        <translation>إعادة تسمية مجموعة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of {dataset}:</source>
        <translation>الاسم الجديد لـ {dataset}:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A dataset needs a name of its own.</source>
        <translation>تحتاج مجموعة البيانات إلى اسم خاص بها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another dataset is called {dataset}.</source>
        <translation>توجد مجموعة بيانات أخرى باسم {dataset}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not renamed</source>
        <translation>لم تُغيَّر التسمية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{old} renamed {new} (saved)</source>
        <translation>أُعيدت تسمية {old} إلى {new} (محفوظ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{old} renamed {new} (NOT saved)</source>
        <translation>أُعيدت تسمية {old} إلى {new} (غير محفوظ!)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/reports.py" line="+67"/>
        <source>Aliases applied: {labels} moved out of unknown origins</source>
        <translation>طُبّقت الأسماء البديلة: نُقلت {labels} من بلدان المنشأ غير المعروفة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aliases saved; they apply to later imports</source>
        <translation>حُفظت الأسماء البديلة؛ وستُطبَّق على عمليات الاستيراد اللاحقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>(NOT saved)</source>
        <translation>(غير محفوظ!)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Rules for {count} groups of rows saved: they apply when you import the file again</source>
        <translation>حُفظت قواعد مجموعات الصفوف (العدد: {count}): وستُطبَّق عند استيراد الملف مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/session.py" line="-96"/>
        <source>The workspace could not be read: {error}. Use File &gt; Save workspace as… to keep new work.</source>
        <extracomment>Why saving is refused: the file at ``path`` could not be read. The file that could not be read: never written over, whatever the user picks. A reading child started while the user picks a file (see ``start_reader_ahead``). Save the view when the window closes (off for headless renders). The column-mapping question of a table import, while it is open. The running import&apos;s progress bar and Cancel button in the status bar. Asks Save as… / Discard / Cancel when a close would lose unsaved work (None: the dialog of :func:`damaged_workspace.ask_unsaved`; tests set it). The lock that makes this window the workspace&apos;s one writer (None: not held). Why this window may not write the workspace (another program holds it), or None. Whether that is another program holding it (the window may try again once it lets go). The file as this window last read or wrote it (see :mod:`disk_changes`), and the question asked when it changed meanwhile (None: a dialog; tests set it). A change a read-only window could not save (asked about before it closes).</extracomment>
        <translation>تعذّرت قراءة مساحة العمل: {error}. استخدم ملف &gt; حفظ مساحة العمل باسم… للاحتفاظ بالعمل الجديد.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Remove dataset</source>
        <translation>إزالة مجموعة البيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {dataset} from this workspace? Its figures, report and provenance are deleted from the workspace file; the source file is not touched.</source>
        <translation>هل تريد إزالة {dataset} من مساحة العمل هذه؟ تُحذف أرقامها وتقريرها ومنشؤها من ملف مساحة العمل؛ ولا يُمَسّ الملف المصدر.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{dataset} removed from the workspace</source>
        <translation>أُزيلت {dataset} من مساحة العمل</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/switching.py" line="+45"/>
        <source>Workspace saved as {path}</source>
        <translation>حُفظت مساحة العمل باسم {path}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Workspace not opened</source>
        <translation>لم تُفتح مساحة العمل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened {path}</source>
        <translation>فُتح {path}</translation>
    </message>
</context>
</TS>
