<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../explorer/ui/map/view.py" line="+65"/>
        <location filename="../../explorer/ui/window/accessibility.py" line="+43"/>
        <source>World map</source>
        <translation>Карта мира</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/accessibility.py" line="+1"/>
        <source>Map legend</source>
        <translation>Легенда карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country details</source>
        <translation>Сведения о стране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow settings</source>
        <translation>Настройки потоков</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../explorer/ui/window/search_box.py" line="+103"/>
        <source>Find a country</source>
        <translation>Найти страну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country selected.</source>
        <translation>Страна не выбрана.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (class {label})</source>
        <translation> (класс {label})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected: {name}, {value}{klass}.</source>
        <translation>Выбрано: {name}, {value}{klass}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Legend: {labels} ({note}).</source>
        <translation>Легенда: {labels} ({note}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; line widths for {widths}</source>
        <translation>; толщина линий для {widths}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; colours {colours}</source>
        <translation>; цвета {colours}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No indicator shown.</source>
        <translation>Показатель не отображается.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Which flows the map draws and how: indicator, number, minimum, region, focus, widths and colours</source>
        <translation>Какие потоки рисует карта и как: показатель, число, минимум, регион, фокус, толщина и цвета</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the map shows</source>
        <translation>Что показывает карта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breakdown</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total, or a part such as sex or age</source>
        <translation>Всего или часть, например по полу или возрасту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play years</source>
        <translation>Прокрутить годы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a country name or ISO code and press Enter to select it; then Tab to the map and use Up and Down to step through the ranking</source>
        <translation>Введите название страны или код ISO и нажмите Enter, чтобы выбрать её; затем перейдите клавишей Tab на карту и листайте рейтинг клавишами Up и Down</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Playing through the years (Space pauses)</source>
        <translation>Прокрутка по годам (Space — пауза)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused (Space plays through the years)</source>
        <translation>Пауза (Space — прокрутка по годам)</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../explorer/ui/panel/activities.py" line="+47"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Activity kind</source>
        <translation>Вид мероприятия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity theme</source>
        <translation>Тема мероприятия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity status</source>
        <translation>Статус мероприятия</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search activities</source>
        <translation>Поиск мероприятий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From year</source>
        <translation>С года</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To year</source>
        <translation>До года</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assistance activities</source>
        <translation>Мероприятия по оказанию помощи</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No assistance activities recorded for this country.</source>
        <translation>Для этой страны мероприятия по оказанию помощи не зарегистрированы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 assistance activity: {parts}</source>
        <translation>1 мероприятие по оказанию помощи: {parts}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n assistance activities: {parts}</source>
        <translation>
            <numerusform>%n мероприятие по оказанию помощи: {parts}</numerusform>
            <numerusform>%n мероприятия по оказанию помощи: {parts}</numerusform>
            <numerusform>%n мероприятий по оказанию помощи: {parts}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Themes: {themes}</source>
        <translation>Темы: {themes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners: {partners}</source>
        <translation>Партнёры: {partners}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference: {reference}</source>
        <translation>Ссылка: {reference}</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../explorer/ui/window/settings.py" line="+145"/>
        <source>The saved settings come from a newer version of Trafficking Flows Explorer; this version starts with its defaults and leaves them unchanged.</source>
        <extracomment>The layout of the stored keys. Raise it (and convert in ``_migrate``) when a key changes meaning; a file with a higher number came from a newer app. The version passed to QMainWindow.saveState/restoreState (the dock layout format). Values kept in memory only, while the file belongs to a newer app version. A message for the user about the settings file, or &quot;&quot; (e.g. a newer version).</extracomment>
        <translation>Сохранённые настройки созданы более новой версией Trafficking Flows Explorer; эта версия запускается с настройками по умолчанию и не изменяет сохранённые.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../explorer/ui/window/banner.py" line="+14"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics. Detected victims are not a measure of prevalence.</source>
        <translation>СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ: это не официальная статистика. Число выявленных жертв не является показателем распространённости.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data warning</source>
        <translation>Предупреждение о данных</translation>
    </message>
</context>
<context>
    <name>Caveats</name>
    <message>
        <location filename="../../explorer/core/data/known_caveats.py" line="+20"/>
        <source>SYNTHETIC demonstration data: not official statistics.</source>
        <translation>СИНТЕТИЧЕСКИЕ демонстрационные данные: не официальная статистика.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected victims are not a measure of prevalence.</source>
        <translation>Число выявленных жертв не является показателем распространённости торговли людьми.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures, flows and activities are invented; any resemblance to real values is chance.</source>
        <translation>Значения, потоки и мероприятия вымышлены; любое сходство с реальными значениями случайно.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detected victims are not a measure of prevalence: they reflect what national authorities detected and reported.</source>
        <translation>Число выявленных жертв не является показателем распространённости: оно отражает то, что национальные органы выявили и сообщили.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;5 marks a suppressed count of 1 to 4.</source>
        <translation>&lt;5 обозначает скрытое малое значение от 1 до 4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins are the victims&apos; citizenship as reported; free-text labels were resolved to countries, and unresolved labels are shown as unknown.</source>
        <translation>Происхождение — гражданство жертв согласно представленным данным; метки в свободной форме сопоставлены со странами, неразрешённые метки показаны как неизвестные.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Origins and destinations were matched to countries by code or name; origins not understood are shown as unknown, rows whose destination was not a country were set aside (see the import report).</source>
        <translation>Происхождение и назначение сопоставлены со странами по коду или названию; нераспознанное происхождение показано как неизвестное, строки, где назначение не является страной, отложены (см. отчёт об импорте).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;N marks a suppressed count of 1 to N-1.</source>
        <translation>&lt;N обозначает скрытое малое значение от 1 до N-1.</translation>
    </message>
</context>
<context>
    <name>ClassesNote</name>
    <message>
        <location filename="../../explorer/core/view/choropleth.py" line="+57"/>
        <source>Quantile classes over {span}</source>
        <extracomment>The classes note of each scheme (English in data exports, translated on display).</extracomment>
        <translation>Классы по квантилям за {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural-breaks classes over {span}</source>
        <translation>Классы по естественным границам за {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal-interval classes over {span}</source>
        <translation>Классы с равными интервалами за {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual-break classes over {span}</source>
        <translation>Классы с границами, заданными вручную, за {span}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{first}-{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories, in order, over {span}</source>
        <translation>Категории по порядку за {span}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change against the year before; fixed classes centred on no change</source>
        <translation>Изменение по сравнению с предыдущим годом; фиксированные классы с центром на нулевом изменении</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change against the first year; fixed classes centred on no change</source>
        <translation>Изменение по сравнению с первым годом; фиксированные классы с центром на нулевом изменении</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{scheme} classes over {span}</source>
        <translation>Классы ({scheme}) за {span}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all years</source>
        <translation>все годы</translation>
    </message>
</context>
<context>
    <name>CompareYears</name>
    <message>
        <location filename="../../explorer/ui/map/compare_years.py" line="+26"/>
        <location line="+59"/>
        <source>Compare two years</source>
        <translation>Сравнить два года</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Indicator:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the change</source>
        <translation>Показать изменение</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Compare t&amp;wo years…</source>
        <translation>Сравнить &amp;два года…</translation>
    </message>
    <message>
        <source>&amp;Compare two years…</source>
        <translation type="vanished">Сравнить &amp;два года…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A map of how the shown indicator changed between two years</source>
        <translation>Карта изменения отображаемого показателя между двумя годами</translation>
    </message>
</context>
<context>
    <name>Consistency</name>
    <message>
        <location filename="../../explorer/core/indicators/consistency_words.py" line="+36"/>
        <source>a part above the total</source>
        <translation>часть больше итога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parts above the total</source>
        <translation>сумма частей больше итога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a &lt;5 total with parts above 4</source>
        <translation>итог &lt;5 при сумме частей больше 4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{part} alone is {number}, above the total {total}.</source>
        <extracomment>A warning on a figure (&quot;⚠ In the file: …&quot;): one part of its breakdown (&quot;Female&quot;, &quot;Children (0-17)&quot;, &quot;Sexual exploitation&quot;) is larger than the total the file gives.</extracomment>
        <translation>Одна лишь категория «{part}» даёт {number} — больше итога ({total}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The origin &apos;{origin}&apos; alone is {number}, above the total {total}.</source>
        <translation>Одно лишь происхождение «{origin}» даёт {number} — больше итога ({total}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One part alone is {number}, above the total {total}.</source>
        <translation>Одна лишь часть даёт {number} — больше итога ({total}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Female + male add up to {number}, more than the total {total}.</source>
        <translation>Женский пол + мужской пол в сумме дают {number} — больше итога ({total}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children + adults add up to {number}, more than the total {total}.</source>
        <translation>Дети + взрослые в сумме дают {number} — больше итога ({total}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The forms of exploitation add up to {number}, more than the total {total}.</source>
        <translation>Формы эксплуатации в сумме дают {number} — больше итога ({total}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The origins add up to {number}, more than the total {total}.</source>
        <translation>Значения по происхождению в сумме дают {number} — больше итога ({total}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The total is {total}, but female + male add up to {number}.</source>
        <translation>Итог — {total}, но женский пол + мужской пол в сумме дают {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but children + adults add up to {number}.</source>
        <translation>Итог — {total}, но дети + взрослые в сумме дают {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but the forms of exploitation add up to {number}.</source>
        <translation>Итог — {total}, но формы эксплуатации в сумме дают {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but the origins add up to {number}.</source>
        <translation>Итог — {total}, но значения по происхождению в сумме дают {number}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sex</source>
        <extracomment>The breakdown a contradiction is in, as the import report&apos;s column names it.</extracomment>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms of exploitation</source>
        <translation>Формы эксплуатации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins</source>
        <translation>Происхождение</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../../explorer/ui/common/core_texts.py" line="+40"/>
        <source>The boundaries and names shown do not imply official endorsement or acceptance.</source>
        <extracomment>Every fixed core text the UI shows (the ``QT_TRANSLATE_NOOP`` calls are what lupdate reads).</extracomment>
        <translation>Показанные границы и названия не означают их официального одобрения или признания.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics</source>
        <translation>СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ: это не официальная статистика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Женский пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Мужской пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other sex</source>
        <translation>Другой пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex unknown</source>
        <translation>Пол неизвестен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children (0-17)</source>
        <translation>Дети (0–17)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults (18+)</source>
        <translation>Взрослые (18+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age unknown</source>
        <translation>Возраст неизвестен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Girls</source>
        <translation>Девочки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys</source>
        <translation>Мальчики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual exploitation</source>
        <translation>Сексуальная эксплуатация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced labour</source>
        <translation>Принудительный труд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other forms of exploitation</source>
        <translation>Другие формы эксплуатации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deuteranopia (green-blind, the most common)</source>
        <translation>Дейтеранопия (нечувствительность к зелёному, самая частая)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protanopia (red-blind)</source>
        <translation>Протанопия (нечувствительность к красному)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tritanopia (blue-blind, rare)</source>
        <translation>Тританопия (нечувствительность к синему, редкая)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greyscale (black-and-white print)</source>
        <translation>Оттенки серого (чёрно-белая печать)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slide 16:9, 1920 x 1080 px</source>
        <translation>Слайд 16:9, 1920 x 1080 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide 16:9 4K, 3840 x 2160 px</source>
        <translation>Слайд 16:9 4K, 3840 x 2160 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4, альбомная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 portrait</source>
        <translation>A4, книжная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 landscape</source>
        <translation>A3, альбомная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 portrait</source>
        <translation>A3, книжная</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: the sum of the exact figures of the countries in the place that reported; a &lt;5 is never added as a number.</source>
        <translation>Итог: сумма точных значений сообщивших стран данной территории; значение &lt;5 никогда не прибавляется как число.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change since the previous year: over the countries with an exact figure in both years only (a &lt;5 or a gap in either year leaves the country out).</source>
        <translation>Изменение по сравнению с предыдущим годом: только по странам с точным значением в обоих годах (значение &lt;5 или пропуск в любом из годов исключает страну).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trend: each year&apos;s change on its own constant set of countries, chained into an index (first year = 100); a rise in reporting is never read as a rise in trafficking.</source>
        <translation>Динамика: изменение за каждый год по своему постоянному набору стран, сцепленное в индекс (первый год = 100); рост отчётности никогда не трактуется как рост торговли людьми.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shares (children, girls, boys, women, men, forms of exploitation): over the countries that reported every part of the breakdown exactly; the range adds the countries whose parts include a &lt;5.</source>
        <translation>Доли (дети, девочки, мальчики, женщины, мужчины, формы эксплуатации): по странам, точно сообщившим все части разбивки; диапазон добавляет страны, у которых среди частей есть &lt;5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where victims came from: relative to each country of detection; each share is a range, from every &lt;5 at 1 to every &lt;5 at 4.</source>
        <translation>Откуда были жертвы: относительно каждой страны выявления; каждая доля — диапазон, от всех &lt;5, равных 1, до всех &lt;5, равных 4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Levels (such as TIP tiers) are ordered ranks, not quantities: no total, sum, change, trend or share of them is computed.</source>
        <translation>Уровни (например, уровни доклада TIP) — это упорядоченные ранги, а не величины: для них не вычисляются ни итог, ни сумма, ни изменение, ни динамика, ни доли.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A place counts how many of its countries stand at each level in the year shown, in the levels&apos; order; a country with no level that year is not counted.</source>
        <translation>Для территории подсчитывается, сколько её стран находится на каждом уровне в показанном году, в порядке уровней; страна без уровня в этом году не учитывается.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A level outside the order (such as Special case) is counted apart and never ranked; a country&apos;s chart by year marks it above the ranked levels.</source>
        <translation>Уровень вне порядка (например, «Special case») учитывается отдельно и никогда не ранжируется; на графике страны по годам он отмечен над упорядоченными уровнями.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>Доли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../../explorer/render/page/legend.py" line="+61"/>
        <location filename="../../explorer/ui/common/core_texts.py" line="-77"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../explorer/ui/common/core_texts.py" line="+1"/>
        <source>Suppressed (&lt;{n})</source>
        <translation>Скрытые (&lt;{n})</translation>
    </message>
    <message>
        <location filename="../../explorer/core/demo/shown_name.py" line="+13"/>
        <source>Demo (synthetic)</source>
        <translation>Демонстрация (синтетические)</translation>
    </message>
</context>
<context>
    <name>CountryBrief</name>
    <message>
        <location filename="../../explorer/ui/export/brief_page.py" line="+39"/>
        <source>The boundaries and names shown do not imply official endorsement or acceptance.</source>
        <translation>Показанные границы и названия не означают их официального одобрения или признания.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortened to fit one page (…): the app shows all of it.</source>
        <translation>Сокращено (…), чтобы уместиться на одной странице; полностью — в приложении.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics</source>
        <translation>СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ: это не официальная статистика</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Produced with Trafficking Flows Explorer on {date}.</source>
        <translation>Подготовлено в Trafficking Flows Explorer {date}.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/country_brief.py" line="+48"/>
        <source>Country brief: {name}</source>
        <translation>Справка по стране: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{iso3} · {region} · {subregion} · country brief, {year}</source>
        <translation>{iso3} · {region} · {subregion} · справка по стране, {year}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{indicator} ({breakdown}) by year</source>
        <translation>{indicator} ({breakdown}) по годам</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who the detected victims were, {year}</source>
        <translation>Кем были выявленные жертвы, {year}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flows</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top origins: {flows}</source>
        <translation>Основные страны происхождения: {flows}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected in: {flows}</source>
        <translation>Выявлены в: {flows}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no flows recorded</source>
        <translation>потоки не зарегистрированы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Assistance activities ({count})</source>
        <translation>Мероприятия по оказанию помощи ({count})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>… and {count} more.</source>
        <translation>… и ещё {count}.</translation>
    </message>
</context>
<context>
    <name>CountryProfile</name>
    <message numerus="yes">
        <location filename="../../explorer/core/indicators/country_profile.py" line="+30"/>
        <source> (sum of %n rows)</source>
        <translation>
            <numerusform> (сумма %n строки)</numerusform>
            <numerusform> (сумма %n строк)</numerusform>
            <numerusform> (сумма %n строк)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (sum of %n rows of the file)</source>
        <translation>
            <numerusform> (сумма %n строки файла)</numerusform>
            <numerusform> (сумма %n строк файла)</numerusform>
            <numerusform> (сумма %n строк файла)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No detected-victim figures for {name} in this dataset</source>
        <translation>В этом наборе данных нет данных о выявленных жертвах: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No smuggled-migrant figures for {name} in this dataset</source>
        <translation>В этом наборе данных нет данных о незаконно ввезённых мигрантах: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No persons-convicted figures for {name} in this dataset</source>
        <translation>В этом наборе данных нет данных об осуждённых лицах: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No &quot;{indicator}&quot; figures for {name} in this dataset</source>
        <translation>В этом наборе данных нет значений «{indicator}»: {name}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../explorer/ui/panel/detail.py" line="+78"/>
        <location line="+132"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Click a country on the map, or find one with Ctrl+F.</source>
        <extracomment>The interface language: region names and numbers are written in it.</extracomment>
        <translation>Щёлкните страну на карте или найдите её с помощью Ctrl+F.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Year</source>
        <extracomment>Another edition of the data gives this figure differently (View &gt; Compare editions).</extracomment>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures over time</source>
        <translation>Значения по годам</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assistance activities</source>
        <translation>Мероприятия по оказанию помощи</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Place</source>
        <translation>Территория</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No country selected</source>
        <translation>Страна не выбрана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No country selected: click one on the map, or find one with Ctrl+F.</source>
        <translation>Страна не выбрана: щёлкните её на карте или найдите с помощью Ctrl+F.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place_links.py" line="+73"/>
        <source>Subregion: {name} →</source>
        <translation>Субрегион: {name} →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: {name} →</source>
        <translation>Регион: {name} →</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/detail.py" line="+49"/>
        <source>{indicator} ({breakdown}) by year</source>
        <translation>{indicator} ({breakdown}) по годам</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who the detected victims were, {year}</source>
        <translation>Кем были выявленные жертвы, {year}</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <location filename="../../explorer/ui/editions/menu.py" line="+18"/>
        <source>Compare &amp;editions…</source>
        <translation>Сравнить &amp;выпуски…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the newer edition of the data on screen revised</source>
        <translation>Что пересмотрено в более новом выпуске отображаемых данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import another edition of the same publication (e.g. a newer GLOTIP export) to compare them</source>
        <translation>Импортируйте другой выпуск той же публикации (например, более новую выгрузку GLOTIP), чтобы сравнить их</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/revision_map.py" line="+42"/>
        <source>raised</source>
        <translation>повышено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowered</source>
        <translation>понижено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made exact within the old range</source>
        <translation>уточнено в пределах прежнего диапазона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to a later level</source>
        <translation>перемещено на более поздний уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to an earlier level</source>
        <translation>перемещено на более ранний уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved into a level outside the order</source>
        <translation>перемещено на уровень вне порядка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved out of a level outside the order</source>
        <translation>выведено с уровня вне порядка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new in the newer edition</source>
        <translation>новое в более новом выпуске</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../explorer/ui/editions/window.py" line="+103"/>
        <source>Revision map</source>
        <translation>Карта пересмотров</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{words} ({count})</source>
        <translation>{words} ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no figure in either edition</source>
        <translation>нет значения ни в одном выпуске</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/revision_table.py" line="+32"/>
        <source>Country</source>
        <extracomment>(column of the frame, header) in the table&apos;s order.</extracomment>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old</source>
        <translation>Прежнее</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All revised</source>
        <extracomment>Kinds the filter offers; &quot;&quot; shows every revised figure (unchanged ones left out).</extracomment>
        <translation>Все пересмотренные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{kind} ({direction})</source>
        <translation>{kind} ({direction})</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Filter: country, …</source>
        <translation>Фильтр: страна, …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the revised figures</source>
        <translation>Фильтровать пересмотренные значения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of revision</source>
        <translation>Вид пересмотра</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../explorer/ui/editions/window.py" line="+5"/>
        <source>Revised figures</source>
        <translation>Пересмотренные значения</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/window.py" line="-54"/>
        <source>no figures</source>
        <translation>нет значений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} (N={n} of {m})</source>
        <translation>{total} (N={n} из {m})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not computable</source>
        <translation>не вычисляется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pct} (N={n})</source>
        <translation>{pct} (N={n})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Compare editions</source>
        <translation>Сравнение выпусков</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export table…</source>
        <translation>&amp;Экспорт таблицы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+121"/>
        <source>Place</source>
        <translation>Территория</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>The World and regions in each edition</source>
        <translation>Мир и регионы в каждом выпуске</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>World and regions</source>
        <translation>Мир и регионы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current edition:</source>
        <translation>Текущий выпуск:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compared with:</source>
        <translation>в сравнении с:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The workspace holds one edition only.</source>
        <translation>В рабочем пространстве только один выпуск.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{new} against the {old}: {changed} figures changed, {added} new, {withdrawn} withdrawn, {same} unchanged. The map shows {indicator}, {breakdown}, {year}.</source>
        <translation>{new} в сравнении с {old}: изменено значений — {changed}, новых — {added}, изъятых — {withdrawn}, без изменений — {same}. Карта показывает: {indicator}, {breakdown}, {year}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>total</source>
        <translation>итог</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{old} → {new} ({kind})</source>
        <translation>{old} → {new} ({kind})</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Total, {edition}</source>
        <translation>Итог, {edition}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Change, {edition}</source>
        <translation>Изменение, {edition}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{year}. Total: the sum of the exact figures of the N countries that reported one, of M in the place. Change since {previous}: over the N countries with an exact figure in both years, in that edition.</source>
        <translation>{year}. Итог: сумма точных значений N сообщивших стран из M на территории. Изменение с {previous}: по N странам с точным значением в обоих годах, в данном выпуске.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+9"/>
        <source>Export revised figures</source>
        <translation>Экспорт пересмотренных значений</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../../explorer/ui/window/error_handler.py" line="+170"/>
        <source>Error &amp;log…</source>
        <extracomment>The package logger: the error log also gets the app&apos;s own warnings.</extracomment>
        <translation>&amp;Журнал ошибок…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where unexpected errors are written, to send with a report</source>
        <translation>Куда записываются непредвиденные ошибки, для отправки с сообщением о проблеме</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{error} happened again ({count} times); see Help &gt; Error log</source>
        <translation>{error} — повторилось ({count} раз(а)); см. Справка &gt; Журнал ошибок</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/error_texts.py" line="+28"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: {error}</source>
        <translation>Что-то пошло не так: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app keeps running, but what you just did may not have finished.</source>
        <translation>Программа продолжает работать, но последнее действие, возможно, не завершилось.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are in the log file:</source>
        <translation>Подробности — в файле журнала:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No log file could be written: copy the details below instead.</source>
        <translation>Файл журнала записать не удалось: скопируйте подробности ниже.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This error happened {count} times.</source>
        <translation>Эта ошибка произошла {count} раз(а).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} other error(s) happened since; they are in the log too.</source>
        <translation>С тех пор произошло других ошибок: {count}; они тоже записаны в журнал.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Error log</source>
        <translation>Журнал ошибок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected errors are written, with their details, to:</source>
        <translation>Непредвиденные ошибки с подробностями записываются в:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors this session: {count}. Send the file with a problem report.</source>
        <translation>Ошибок за этот сеанс: {count}. Отправьте файл вместе с сообщением о проблеме.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open log folder</source>
        <translation>Открыть папку журнала</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/ui/export/formats.py" line="+28"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image (*.svg)</source>
        <translation>Векторное изображение SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive HTML map, works offline (*.html)</source>
        <translation>Интерактивная карта HTML, работает без сети (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage for QGIS (*.gpkg)</source>
        <translation>GeoPackage для QGIS (*.gpkg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image</source>
        <translation>Векторное изображение SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive HTML map (offline)</source>
        <translation>Интерактивная карта HTML (без сети)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: CSV</source>
        <translation>Данные: CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: Excel (XLSX)</source>
        <translation>Данные: Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: GeoPackage (QGIS)</source>
        <translation>Данные: GeoPackage (QGIS)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not used by the interactive HTML map: it fills the browser window and opens on the whole world with its legends. Used by PNG, SVG and PDF images.</source>
        <translation>Не используется в интерактивной карте HTML: она заполняет окно браузера и при открытии показывает весь мир с легендами. Используется для изображений PNG, SVG и PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not used by data files (CSV, Excel, GeoPackage): they hold the figures, not a picture. Used by PNG, SVG and PDF images.</source>
        <translation>Не используется в файлах данных (CSV, Excel, GeoPackage): они содержат значения, а не изображение. Используется для изображений PNG, SVG и PDF.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/dialog.py" line="+51"/>
        <location line="+217"/>
        <source>Export map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Legends (classes, no data, suppressed, flow widths)</source>
        <translation>Легенды (классы, нет данных, скрытые значения, толщина потоков)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole world</source>
        <translation>Весь мир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current view</source>
        <translation>Текущий вид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle:</source>
        <translation>Подзаголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source line:</source>
        <translation>Строка источника:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caveat:</source>
        <translation>Оговорка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclaimer:</source>
        <translation>Оговорка об ответственности:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date line:</source>
        <translation>Строка даты:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extent:</source>
        <translation>Охват:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synthetic data: the export carries the SYNTHETIC band.</source>
        <translation>Синтетические данные: экспорт несёт полосу СИНТЕТИЧЕСКИЕ ДАННЫЕ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export preview</source>
        <translation>Предпросмотр экспорта</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy image</source>
        <translation>Копировать изображение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the map image to the clipboard, to paste into slides</source>
        <translation>Скопировать изображение карты в буфер обмена, чтобы вставить в слайды</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{width} x {height} px</source>
        <translation>{width} x {height} px</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{width} x {height} mm ({pixels} at {dpi} dpi)</source>
        <translation>{width} x {height} mm ({pixels} при {dpi} dpi)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{format}, {size}.</source>
        <translation>{format}, {size}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An interactive map in one HTML file that opens with no network.</source>
        <translation>Интерактивная карта в одном HTML-файле, открывается без сети.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{format}: the values, classes and flows shown, with the source.</source>
        <translation>{format}: отображаемые значения, классы и потоки с указанием источника.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written: {error}</source>
        <translation>Ничего не записано: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {path}</source>
        <translation>Экспортировано: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Map image copied to the clipboard</source>
        <translation>Изображение карты скопировано в буфер обмена</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/page_size.py" line="+21"/>
        <source>Custom size</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Width</source>
        <extracomment>a PNG of a paper page gets print resolution</extracomment>
        <translation>Ширина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Высота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of width and height</source>
        <translation>Единица ширины и высоты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (dots per inch)</source>
        <translation>Разрешение (точек на дюйм)</translation>
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
        <translation>при</translation>
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
        <translation>нет значения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {figure} figure</source>
        <translation>значение {figure}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an inexact figure</source>
        <translation>неточное значение</translation>
    </message>
    <message>
        <location filename="../../explorer/core/data/values.py" line="+28"/>
        <source>at least {number}</source>
        <extracomment>Flag of a derived value known only as a range (a rate from a suppressed count). Flag of a sum that includes ``&lt;5`` cells: ``value`` is then a lower bound.</extracomment>
        <translation>не менее {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low} to {high}</source>
        <translation>от {low} до {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
</context>
<context>
    <name>FirstFrame</name>
    <message>
        <location filename="../../explorer/ui/window/first_frame.py" line="+81"/>
        <source>Opening the workspace…</source>
        <extracomment>The stored settings that change how the map looks: every ``view/`` one. (The window&apos;s size and docks are the frame&apos;s own: it is kept after the window closed and stored them.)</extracomment>
        <translation>Открытие рабочего пространства…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../explorer/ui/window/first_run.py" line="+47"/>
        <source>About the demo data</source>
        <translation>О демонстрационных данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is synthetic demonstration data</source>
        <translation>Это синтетические демонстрационные данные</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures and flows on this map are invented by the program to show how it works. They are not official statistics and must not be quoted.</source>
        <translation>Значения и потоки на этой карте придуманы программой, чтобы показать, как она работает. Это не официальная статистика, и их нельзя цитировать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To see real data, choose File &gt; Import data… or drag a file onto the window: a UNODC GLOTIP export (xlsx or csv), a CTDC data file, a country-indicator sheet or an activity list. Imports are kept in your workspace, with their source and caveats.</source>
        <translation>Чтобы увидеть реальные данные, выберите Файл &gt; Импорт данных… или перетащите файл в окно: выгрузку UNODC GLOTIP (xlsx или csv), файл данных CTDC, таблицу «страна — показатель» или список мероприятий. Импортированные данные хранятся в вашем рабочем пространстве вместе с источником и оговорками.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import data…</source>
        <translation>&amp;Импорт данных…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing needs a workspace (started without --demo-only)</source>
        <translation>Для импорта нужно рабочее пространство (программа запущена без --demo-only)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Got it</source>
        <translation>&amp;Понятно</translation>
    </message>
</context>
<context>
    <name>FlowControls</name>
    <message>
        <location filename="../../explorer/ui/map/flow_controls.py" line="+28"/>
        <source>Follow the map&apos;s indicator</source>
        <translation>Тот же, что на карте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All flows</source>
        <translation>Все потоки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into the selected country</source>
        <translation>В выбранную страну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of the selected country</source>
        <translation>Из выбранной страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into and out of the selected country</source>
        <translation>В выбранную страну и из неё</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Square root of volume</source>
        <translation>Квадратный корень из объёма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear in volume</source>
        <translation>Линейно по объёму</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subregions</source>
        <translation>Субрегионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By origin region</source>
        <translation>По региону происхождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single colour</source>
        <translation>Один цвет</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Flows</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Show flows</source>
        <extracomment>The language indicators are named in (the data keep English).</extracomment>
        <translation>Показывать потоки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flow indicator</source>
        <translation>Показатель потоков</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows between</source>
        <translation>Потоки между</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sum the country flows into flows between UN subregions or regions (flows inside one place are drawn as a ring)</source>
        <translation>Суммировать потоки между странами в потоки между субрегионами или регионами ООН (потоки внутри одной территории рисуются кольцом)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of largest flows</source>
        <translation>Число крупнейших потоков</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum volume</source>
        <translation>Минимальный объём</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Focus</source>
        <translation>Фокус</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Width</source>
        <translation>Толщина</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Same widths for every year</source>
        <translation>Одинаковая толщина для всех лет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock width scale</source>
        <translation>Зафиксировать шкалу толщины</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Show &lt;5 flows as dashed lines</source>
        <translation>Показывать потоки &lt;5 пунктиром</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show suppressed flows</source>
        <translation>Показывать скрытые потоки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Circles for incoming and outgoing totals</source>
        <translation>Круги для итогов входящих и исходящих потоков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location totals</source>
        <translation>Итоги по местам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between</source>
        <translation>Между</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>Крупнейших</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least</source>
        <translation>Не менее</translation>
    </message>
</context>
<context>
    <name>FlowLegend</name>
    <message>
        <location filename="../../explorer/render/flows/legend.py" line="+44"/>
        <source>Total detected in the country</source>
        <extracomment>The ring&apos;s words (&quot;&quot; = own nationals; flows between places: within the place).</extracomment>
        <translation>Всего выявлено в стране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total from the country (dashed)</source>
        <translation>Всего из страны (пунктир)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own nationals (domestic)</source>
        <translation>Собственные граждане (внутренние)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppressed (&lt;5)</source>
        <translation>Скрытые (&lt;5)</translation>
    </message>
</context>
<context>
    <name>FlowPair</name>
    <message>
        <location filename="../../explorer/ui/panel/flow_pair.py" line="+45"/>
        <source>Year</source>
        <extracomment>The flows on the map (summed between places when the layer joins places) and the names of their ends: a clicked subregion flow has its series here too.</extracomment>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected flow by year</source>
        <translation>Выбранный поток по годам</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Selected flow: {origin} → {destination} ({what})</source>
        <translation>Выбранный поток: {origin} → {destination} ({what})</translation>
    </message>
</context>
<context>
    <name>FlowTable</name>
    <message>
        <location filename="../../explorer/core/indicators/country_flow_table.py" line="+89"/>
        <source>No shares: no row has an exact figure</source>
        <translation>Доли не рассчитаны: ни в одной строке нет точного значения</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Shares are of the {sum} {people} counted exactly; %n rows without an exact figure (&lt;5) left out</source>
        <translation>
            <numerusform>Доли рассчитаны от {sum} {people} с точным учётом; %n строка без точного значения (&lt;5) не учтена</numerusform>
            <numerusform>Доли рассчитаны от {sum} {people} с точным учётом; %n строки без точного значения (&lt;5) не учтены</numerusform>
            <numerusform>Доли рассчитаны от {sum} {people} с точным учётом; %n строк без точного значения (&lt;5) не учтены</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <location filename="../../explorer/core/flows/labels.py" line="+24"/>
        <source>Own nationals (domestic)</source>
        <translation>Собственные граждане (внутренняя)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown origin</source>
        <translation>Происхождение неизвестно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place} (former country, not on today&apos;s map)</source>
        <translation>{place} (бывшая страна, отсутствует на современной карте)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{region} (region, country not specified)</source>
        <translation>{region} (регион, страна не указана)</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>{amount} identified victims</source>
        <translation>
            <numerusform>{amount} идентифицированная жертва</numerusform>
            <numerusform>{amount} идентифицированные жертвы</numerusform>
            <numerusform>{amount} идентифицированных жертв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} detected victims</source>
        <translation>
            <numerusform>{amount} выявленная жертва</numerusform>
            <numerusform>{amount} выявленные жертвы</numerusform>
            <numerusform>{amount} выявленных жертв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} smuggled migrants detected</source>
        <translation>
            <numerusform>{amount} выявленный незаконно ввезённый мигрант</numerusform>
            <numerusform>{amount} выявленных незаконно ввезённых мигранта</numerusform>
            <numerusform>{amount} выявленных незаконно ввезённых мигрантов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} persons convicted</source>
        <translation>
            <numerusform>{amount} осуждённое лицо</numerusform>
            <numerusform>{amount} осуждённых лица</numerusform>
            <numerusform>{amount} осуждённых лиц</numerusform>
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
        <translation>идентифицированные жертвы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected victims</source>
        <translation>выявленные жертвы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smuggled migrants detected</source>
        <translation>выявленные незаконно ввезённые мигранты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persons convicted</source>
        <translation>осуждённые лица</translation>
    </message>
    <message>
        <location filename="../../explorer/core/flows/selection.py" line="+106"/>
        <source>{amount} of unknown origin</source>
        <translation>{amount} неизвестного происхождения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} own nationals (domestic)</source>
        <translation>{amount} собственных граждан (внутренняя)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} from {place}</source>
        <translation>{amount} из: {place}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{amount} from {place} (not on the map)</source>
        <translation>{amount} из: {place} (нет на карте)</translation>
    </message>
</context>
<context>
    <name>FlowsOverlay</name>
    <message>
        <location filename="../../explorer/render/flows/drawn.py" line="+31"/>
        <source>subregions</source>
        <extracomment>``translate(context, text)``: the app&apos;s translations, installed by the ui at start.</extracomment>
        <translation>субрегионами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <translation>регионами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Width: square-root scale, {scale}</source>
        <translation>Толщина: шкала квадратного корня, {scale}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width: linear scale, {scale}</source>
        <translation>Толщина: линейная шкала, {scale}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>From {region}</source>
        <translation>Из региона {region}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>locked across years</source>
        <translation>зафиксирована для всех лет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this year</source>
        <translation>этот год</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows: {what}, {year}</source>
        <translation>Потоки: {what}, {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows between {level}: {what}, {year}</source>
        <translation>Потоки между {level}: {what}, {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within the place (own nationals included)</source>
        <translation>Внутри территории (включая собственных граждан)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map/flows_overlay.py" line="+167"/>
        <source>{origin} → {destination}, {year}: {what}</source>
        <translation>{origin} → {destination}, {year}: {what}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Country pairs behind it ({n}):</source>
        <translation>Пары стран, из которых он складывается ({n}):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and {n} more</source>
        <translation>… и ещё {n}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../explorer/ui/window/about_dialog.py" line="+111"/>
        <source>not stated</source>
        <extracomment>Licences of the dependencies, for packages whose metadata does not name one clearly. Packages the app needs beyond its declared dependencies (PySide6&apos;s runtime). Free-text licence names and their SPDX identifiers. Licence texts too vague to print when the table above knows better.</extracomment>
        <translation>не указана</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not installed</source>
        <translation>не установлен</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Font licence text (SIL Open Font License 1.1): {path}</source>
        <translation>Текст лицензии шрифтов (SIL Open Font License 1.1): {path}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Country shapes: Natural Earth admin-0 countries, 1:50m (Natural Earth 4.1.0), as packaged in world-atlas 2.0.2. Natural Earth data: public domain. world-atlas packaging: ISC licence, (c) Michael Bostock. Boundaries are Natural Earth&apos;s de facto lines, not an official position.</source>
        <translation>Контуры стран: Natural Earth admin-0 countries, 1:50m (Natural Earth 4.1.0), в упаковке world-atlas 2.0.2. Данные Natural Earth: общественное достояние. Упаковка world-atlas: лицензия ISC, (c) Michael Bostock. Границы — фактические линии Natural Earth, а не официальная позиция.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo data: synthetic, generated by this program to show how it works. Not official statistics.</source>
        <translation>Демонстрационные данные: синтетические, созданы этой программой, чтобы показать, как она работает. Это не официальная статистика.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported data stay under their publishers&apos; terms (UNODC GLOTIP, CTDC and others); each dataset&apos;s source, edition, licence and caveats are in File &gt; Dataset provenance…</source>
        <translation>Импортированные данные остаются на условиях их издателей (UNODC GLOTIP, CTDC и другие); источник, выпуск, лицензия и оговорки каждого набора данных — в меню Файл &gt; Происхождение данных…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leaflet {version} (inlined in the interactive HTML export): BSD-2-Clause, (c) Vladimir Agafonkin, (c) CloudMade.</source>
        <translation>Leaflet {version} (встроен в экспорт интерактивной карты HTML): BSD-2-Clause, (c) Vladimir Agafonkin, (c) CloudMade.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An offline map of human-trafficking and migrant-smuggling data. It makes no network request.</source>
        <translation>Автономная карта данных о торговле людьми и незаконном ввозе мигрантов. Программа не обращается к сети.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+89"/>
        <source>Data sources</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Libraries (package, version, licence)</source>
        <translation>Библиотеки (пакет, версия, лицензия)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compiled libraries inside them</source>
        <translation>Скомпилированные библиотеки в их составе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fonts (font, version, licence)</source>
        <translation>Шрифты (шрифт, версия, лицензия)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About Trafficking Flows Explorer</source>
        <translation>О программе Trafficking Flows Explorer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Font</source>
        <translation>Шрифт</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compiled libraries</source>
        <translation>Скомпилированные библиотеки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts</source>
        <translation>Шрифты</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy all as text</source>
        <translation>&amp;Копировать всё как текст</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/how_to_read.py" line="+30"/>
        <source>Detected victims are not prevalence</source>
        <translation>Выявленные жертвы — не показатель распространённости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures count victims that the authorities of a country detected and reported: people identified by police, prosecutors, courts, social services or organisations. They do not estimate how many people are trafficked. A high figure can mean that a country looks hard and records well; a low figure, or none, does not mean that trafficking is rare.</source>
        <translation>Значения отражают число жертв, которых выявили и о которых сообщили органы власти страны: людей, установленных полицией, прокуратурой, судами, социальными службами или организациями. Они не являются оценкой того, сколько людей становятся жертвами торговли людьми. Высокое значение может означать, что страна активно выявляет жертв и хорошо их учитывает; низкое значение или его отсутствие не означает, что торговля людьми встречается редко.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Countries detect differently</source>
        <translation>Страны выявляют по-разному</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laws, definitions, institutions and ways of counting differ between countries and change over time. Compare countries with care; a trend within one country is usually safer than a ranking of countries.</source>
        <translation>Законы, определения, институты и способы подсчёта различаются между странами и меняются со временем. Сравнивайте страны осторожно; динамика внутри одной страны обычно надёжнее, чем рейтинг стран.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suppressed small counts</source>
        <translation>Скрытые малые значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishers hide small numbers to protect the people behind them: &quot;&lt;5&quot; (UNODC GLOTIP) means between 1 and 4, &quot;&lt;10&quot; (CTDC) between 1 and 9. The map shows such figures as a range with their own legend swatch, never as a number and never as zero; totals that include them read &quot;at least&quot;. Grey countries have no figure for that year.</source>
        <translation>Издатели скрывают малые числа, чтобы защитить стоящих за ними людей: «&lt;5» (UNODC GLOTIP) означает от 1 до 4, «&lt;10» (CTDC) — от 1 до 9. Карта показывает такие значения как диапазон с собственным обозначением в легенде, никогда как число и никогда как ноль; итоги, в которые они входят, читаются как «не менее». Серые страны не имеют значения за этот год.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flows are minimum figures</source>
        <translation>Потоки — минимальные значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An arrow from A to B counts the victims detected in B whose citizenship was recorded as A. Victims whose citizenship was not recorded, or recorded only as a region or as unknown, have no arrow: they are listed in the country&apos;s tooltip and panel. So each arrow is at least the number shown, and a country&apos;s arrows do not add up to all its victims. Citizenship is not always where a person was recruited.</source>
        <translation>Стрелка из A в B отражает число жертв, выявленных в B, гражданство которых зарегистрировано как A. Жертвы, гражданство которых не зарегистрировано или указано только как регион либо как неизвестное, стрелки не имеют: они перечислены во всплывающей подсказке и на панели страны. Поэтому каждая стрелка — это не менее показанного числа, и стрелки страны в сумме не дают всех её жертв. Гражданство не всегда совпадает с местом вербовки.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case data (CTDC)</source>
        <translation>Данные о случаях (CTDC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTDC data describe identified cases recorded by the contributing organisations: a sample of identified victims, not a count for a whole country.</source>
        <translation>Данные CTDC описывают выявленные случаи, зарегистрированные участвующими организациями: это выборка выявленных жертв, а не подсчёт по стране в целом.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rates per 100,000</source>
        <translation>Коэффициенты на 100 000 человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates divide a count by the population loaded in the workspace for the same country and year (or the nearest year, said in the caveat). A rate built on a suppressed count is a range. Demo data get no rates.</source>
        <translation>Коэффициенты получаются делением числа на население, загруженное в рабочее пространство, для той же страны и того же года (или ближайшего года, что указывается в оговорке). Коэффициент, построенный на скрытом значении, является диапазоном. Для демонстрационных данных коэффициенты не рассчитываются.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The World, regions and groups</source>
        <translation>Мир, регионы и группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With no country selected, the panel shows a place: the World, a UN region or subregion, or a group of your own (the place picker, View &gt; Zoom to region, or the links in a country&apos;s panel). Every figure says how many countries it covers (N), because countries report different years:</source>
        <translation>Когда страна не выбрана, панель показывает территорию: весь мир, регион или субрегион ООН либо вашу собственную группу (выбор территории, Вид &gt; Перейти к региону или ссылки на панели страны). Для каждого значения указано, сколько стран оно охватывает (N), поскольку страны сообщают данные за разные годы:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flows between places</source>
        <translation>Потоки между территориями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows &gt; Between: subregions or regions sums the country flows into flows between places, drawn between points on land inside each place; flows inside one place (own nationals included) are its ring. The tooltip lists the country pairs behind each. A sum with a &lt;5 part reads &quot;at least&quot;.</source>
        <translation>Потоки &gt; Между: субрегионами или регионами суммирует потоки между странами в потоки между территориями, которые рисуются между точками на суше внутри каждой территории; потоки внутри одной территории (включая собственных граждан) образуют её кольцо. Во всплывающей подсказке перечислены пары стран, из которых складывается каждый поток. Сумма с частью &lt;5 читается как «не менее».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sources and caveats</source>
        <translation>Источники и оговорки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every dataset keeps its provenance: publisher, edition, file, checksum and the publisher&apos;s caveats (File &gt; Dataset provenance…). Exports carry the source line.</source>
        <translation>Каждый набор данных хранит сведения о своём происхождении: издатель, выпуск, файл, контрольная сумма и оговорки издателя (Файл &gt; Происхождение данных…). Экспортируемые материалы содержат строку источника.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to read this map</source>
        <translation>Как читать эту карту</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The dataset on screen: {name}</source>
        <translation>Набор данных на экране: {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/help_dialogs.py" line="+44"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mouse: the wheel zooms, dragging pans, a click selects a country or a flow.</source>
        <translation>Мышь: колёсико масштабирует, перетаскивание сдвигает карту, щелчок выбирает страну или поток.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How to &amp;read this map</source>
        <translation>Как &amp;читать эту карту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Trafficking Flows Explorer</source>
        <translation>&amp;О программе Trafficking Flows Explorer</translation>
    </message>
</context>
<context>
    <name>HtmlPage</name>
    <message>
        <location filename="../../explorer/web/html_layers.py" line="+108"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../explorer/web/html_legend.py" line="+26"/>
        <source>Line width by number of {people}; arrowheads point to the destination.</source>
        <translation>Толщина линии — по числу {people}; стрелки указывают на пункт назначения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faded flows are outside the current focus.</source>
        <translation>Бледные потоки — вне текущего фокуса.</translation>
    </message>
    <message>
        <location filename="../../explorer/web/html_page.py" line="+62"/>
        <source>Interactive map drawn with Leaflet {version}.</source>
        <translation>Интерактивная карта построена с помощью Leaflet {version}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Отдалить</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="+154"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country name</source>
        <translation>название страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin</source>
        <translation>происхождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin name (checks the code)</source>
        <translation>название происхождения (проверяет код)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination</source>
        <translation>назначение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination name (checks the code)</source>
        <translation>название назначения (проверяет код)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator names</source>
        <translation>названия показателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>единица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age</source>
        <translation>возраст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>показатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values</source>
        <translation>значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values of a year</source>
        <translation>значения за год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flow indicator</source>
        <translation>показатель потоков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no flow</source>
        <translation>нет потоков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a year column of a wide table</source>
        <translation>не столбец года широкой таблицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a year column of a wide table, but the table has one row per year</source>
        <translation>столбец года широкой таблицы, но в таблице одна строка на год</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notes, codes and flags are not figures</source>
        <translation>примечания, коды и отметки — не значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text, not numbers</source>
        <translation>текст, а не числа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers, but not chosen as a value column</source>
        <translation>числа, но не выбран как столбец значений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers, but no value column was chosen</source>
        <translation>числа, но столбец значений не выбран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: nothing imported</source>
        <translation>{indicator}: ничего не импортировано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{indicator}: levels (categorical)</source>
        <extracomment>An indicator and what the app does with its figures, by kind.</extracomment>
        <translation>{indicator}: уровни (категориальный)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: a rate (never summed)</source>
        <translation>{indicator}: коэффициент (никогда не суммируется)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: a count (summed in regional totals)</source>
        <translation>{indicator}: количество (суммируется в региональных итогах)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: not a count (never summed)</source>
        <translation>{indicator}: не количество (никогда не суммируется)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} indicators ({listed})</source>
        <extracomment>A value column holding several indicators: how many, then the first ones and their kinds.</extracomment>
        <translation>показателей: {count} ({listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} indicators ({listed} and {more} more)</source>
        <translation>показателей: {count} ({listed} и ещё {more})</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../explorer/ui/workspace/import_job.py" line="+64"/>
        <source>{file}: could not be imported ({error})</source>
        <translation>{file}: не удалось импортировать ({error})</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../explorer/core/names/agency_codes.py" line="+24"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified nationality</source>
        <translation>гражданство не указано</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>stateless</source>
        <translation>лицо без гражданства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refugee (1951 Convention)</source>
        <translation>беженец (Конвенция 1951 года)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refugee (other)</source>
        <translation>беженец (иное)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tibetan</source>
        <translation>тибетцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>various</source>
        <translation>разные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a code that is not a country</source>
        <extracomment>What a code shaped like a country&apos;s but of no country stands for.</extracomment>
        <translation>код, не являющийся страной</translation>
    </message>
    <message>
        <location filename="../../explorer/core/names/historical.py" line="+29"/>
        <source>{code} {country} (a country until {year})</source>
        <extracomment>Why a table row naming a former country is not a row of a country: &quot;is ...&quot; follows. A former country in the import report&apos;s words (said in the interface language there).</extracomment>
        <translation>{code} {country} (страна до {year} г.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a former country, kept apart as {place} (not merged into {successors})</source>
        <translation>бывшая страна, учитывается отдельно как {place} (не объединена с {successors})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any of the {count} countries of today on its territory</source>
        <extracomment>The successors of a former country of more than three countries of today.</extracomment>
        <translation>ни одну из нынешних стран на его территории (их {count})</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/report_words.py" line="+108"/>
        <source>row {list}</source>
        <translation>строка {list}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {list}</source>
        <translation>строки {list}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows {list}, ... ({count} rows)</source>
        <extracomment>The first rows of a long list, then how many in all.</extracomment>
        <translation>строки {list}, … (всего строк: {count})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a country code: {cell}</source>
        <translation>не код страны: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no indicator</source>
        <translation>нет показателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blank value</source>
        <translation>пустое значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a number: {cell}</source>
        <translation>значение — не число: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year is not a whole number: {cell}</source>
        <translation>год — не целое число: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implausible: questionnaire code {category} with value {value}</source>
        <translation>неправдоподобно: код анкеты {category} со значением {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>implausible: count {value} is 1,000,000 or more</source>
        <translation>неправдоподобно: количество {value} — 1 000 000 или больше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a total row in {dimension} (labelled {category}), not a flow (it would count victims twice)</source>
        <translation>строка итога в {dimension} (с меткой {category}), не поток (жертвы были бы учтены дважды)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a row without a label in {dimension}: it is larger than the country&apos;s total ({total}), so not a part of it; not a flow (it would count victims twice)</source>
        <translation>строка без метки в {dimension}: она больше итога по стране ({total}), значит, не его часть; не поток (жертвы были бы учтены дважды)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row without a label in {dimension}: its value equals the country&apos;s total ({total}); not a flow (it would count victims twice)</source>
        <translation>строка без метки в {dimension}: её значение равно итогу по стране ({total}); не поток (жертвы были бы учтены дважды)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row without a label in {dimension}: its value equals the sum of the labelled rows ({total}); not a flow (it would count victims twice)</source>
        <translation>строка без метки в {dimension}: её значение равно сумме строк с метками ({total}); не поток (жертвы были бы учтены дважды)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>your choice in the import report</source>
        <translation>ваш выбор в отчёте об импорте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same value in every row</source>
        <translation>одно и то же значение в каждой строке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no total to check a sum against: the largest kept</source>
        <translation>нет итога для проверки суммы: оставлено наибольшее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with the other parts they add up to {sum}, within the total {total}</source>
        <translation>вместе с другими частями дают {sum}, в пределах итога {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>summed with the other parts they would be {sum}, more than the total {total}: the largest kept</source>
        <translation>в сумме с другими частями было бы {sum}, больше итога {total}: оставлено наибольшее</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{low} to {high}</source>
        <extracomment>The figure of parts summed with a &lt;5 among them: a range (&quot;7 to 10&quot;, &quot;7 to ?&quot;).</extracomment>
        <translation>от {low} до {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of {count} rows sharing one breakdown ({values}): summed as parts of one figure, {kept}</source>
        <extracomment>What became of one row of a group (&quot;Show source rows&quot;); &quot;{values}&quot; lists the group&apos;s.</extracomment>
        <translation>одна из строк одной разбивки (всего {count}; {values}): суммированы как части одного значения, {kept}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of {count} rows sharing one breakdown ({values}): taken as repeats of one figure, {kept} kept</source>
        <translation>одна из строк одной разбивки (всего {count}; {values}): приняты за повторы одного значения, оставлено {kept}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of {count} rows sharing one breakdown ({values}): summed as parts of one figure, {kept} ({why})</source>
        <extracomment>As above, then why the rule was chosen.</extracomment>
        <translation>одна из строк одной разбивки (всего {count}; {values}): суммированы как части одного значения, {kept} ({why})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one of {count} rows sharing one breakdown ({values}): taken as repeats of one figure, {kept} kept ({why})</source>
        <translation>одна из строк одной разбивки (всего {count}; {values}): приняты за повторы одного значения, оставлено {kept} ({why})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no country of exploitation</source>
        <translation>нет страны эксплуатации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country of exploitation is not a country code: {cell}</source>
        <translation>страна эксплуатации — не код страны: {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no year of registration</source>
        <translation>нет года регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year of registration is not a year: {cell}</source>
        <translation>год регистрации — не год: {cell}</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="-174"/>
        <source>no country</source>
        <translation>нет страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no destination</source>
        <translation>нет назначения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a regional aggregate, not a country: {shown}</source>
        <translation>региональный агрегат, а не страна: {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is a regional aggregate, not a country: {shown}</source>
        <translation>назначение — региональный агрегат, а не страна: {shown}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a former country, not on today&apos;s map: {former}</source>
        <extracomment>&quot;{former}&quot; is &quot;SCG Serbia and Montenegro (a country until 2006)&quot;.</extracomment>
        <translation>бывшая страна, которой нет на современной карте: {former}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is a former country, not on today&apos;s map: {former}</source>
        <translation>назначение — бывшая страна, которой нет на современной карте: {former}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a country: {shown}</source>
        <translation>не страна: {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is not a country: {shown}</source>
        <translation>назначение — не страна: {shown}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>country not understood: {shown}</source>
        <translation>страна не распознана: {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination not understood: {shown}</source>
        <translation>назначение не распознано: {shown}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>destination is not a country: {code} ({meaning})</source>
        <extracomment>A label and what it stands for: an agency&apos;s code (&quot;XXA&quot;) and its meaning (&quot;stateless&quot;), or a label and the region or class it resolved to.</extracomment>
        <translation>назначение — не страна: {code} ({meaning})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination is not a country: {code} ({meaning}, {name})</source>
        <translation>назначение — не страна: {code} ({meaning}, {name})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} ({meaning}) is not a country: kept as unknown origin</source>
        <translation>код происхождения {code} ({meaning}) — не страна: учтено как неизвестное происхождение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} ({meaning}, {name}) is not a country: kept as unknown origin</source>
        <translation>код происхождения {code} ({meaning}, {name}) — не страна: учтено как неизвестное происхождение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>regional aggregate {name}</source>
        <translation>региональный агрегат {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination code {code} and its name {name} ({other}) disagree</source>
        <translation>код назначения {code} и его название {name} ({other}) расходятся</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination code {code} and its name {name} (no country) disagree</source>
        <translation>код назначения {code} и его название {name} (не страна) расходятся</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} and its name {name} ({other}) disagree: kept as unknown origin</source>
        <translation>код происхождения {code} и его название {name} ({other}) расходятся: учтено как неизвестное происхождение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>origin code {code} and its name {name} (no country) disagree: kept as unknown origin</source>
        <translation>код происхождения {code} и его название {name} (не страна) расходятся: учтено как неизвестное происхождение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>origin code {code} is named {name}, {former}: imported as {result}, as the code says</source>
        <translation>код происхождения {code} назван {name}, {former}: импортировано как {result}, как указывает код</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>destination code {code} is named {name}, {former}: imported as {result}, as the code says</source>
        <translation>код назначения {code} назван {name}, {former}: импортировано как {result}, как указывает код</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>origin {former}: {kept}</source>
        <extracomment>&quot;{kept}&quot; says where its figures were kept apart.</extracomment>
        <translation>происхождение {former}: {kept}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>year is not a whole year (1800-2100): {cell}</source>
        <translation>год — не целый год (1800–2100): {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a number in {year}: {cell}</source>
        <translation>значение за {year} — не число: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a number in {column}: {cell}</source>
        <translation>значение в {column} — не число: {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a level of {name}: {cell}</source>
        <translation>значение — не уровень {name}: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a level of {name} in {year}: {cell}</source>
        <translation>значение за {year} — не уровень {name}: {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a level of {name} in {column}: {cell}</source>
        <translation>значение в {column} — не уровень {name}: {cell}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{reason} (and {more} more cells)</source>
        <extracomment>Why a cell is no value: (the indicator has levels, where the cell is) -&gt; the reason. A row&apos;s first wrong cell (the reason before), then how many more it has.</extracomment>
        <translation>{reason} (и ещё ячеек: {more})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative value: {cell}</source>
        <translation>отрицательное значение: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative value in {column}: {cell}</source>
        <translation>отрицательное значение в {column}: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value</source>
        <translation>нет значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value ({cell})</source>
        <translation>нет значения ({cell})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any column</source>
        <translation>нет значения ни в одном столбце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any year</source>
        <translation>нет значения ни за один год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any value column</source>
        <translation>нет значения ни в одном столбце значений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a note, not a data row: {cell}</source>
        <extracomment>A footer or note line of the file, in quotes.</extracomment>
        <translation>примечание, а не строка данных: {cell}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>no title</source>
        <translation>нет названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>example row from the template: delete it, or remove {cell} from the title</source>
        <translation>строка-пример из шаблона: удалите её или уберите {cell} из названия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} is a region, not a country (list its countries, with &apos;;&apos;)</source>
        <translation>{label} — регион, а не страна (перечислите его страны через &apos;;&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} is not a country</source>
        <translation>{label} — не страна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown kind {cell} (allowed: {allowed})</source>
        <extracomment>&quot;{allowed}&quot; lists the words the column takes.</extracomment>
        <translation>неизвестный вид {cell} (допустимо: {allowed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status {cell} (allowed: {allowed})</source>
        <translation>неизвестный статус {cell} (допустимо: {allowed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled: a cancelled activity is not imported (never delivered)</source>
        <translation>отменено: отменённое мероприятие не импортируется (так и не проведено)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start is not a date: {cell} (write yyyy-mm-dd, dd/mm/yyyy or a year)</source>
        <translation>начало — не дата: {cell} (пишите гггг-мм-дд, дд/мм/гггг или год)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end is not a date: {cell} (write yyyy-mm-dd, dd/mm/yyyy or a year)</source>
        <translation>окончание — не дата: {cell} (пишите гггг-мм-дд, дд/мм/гггг или год)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end {end} is before start {start}</source>
        <translation>окончание {end} раньше начала {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recipient country</source>
        <translation>нет страны-получателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regional activity, no recipient country (recipient-region {regions})</source>
        <translation>региональное мероприятие, нет страны-получателя (recipient-region {regions})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recipient-country code not understood: {codes}</source>
        <translation>код recipient-country не распознан: {codes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled (IATI activity-status 5): never delivered, not imported</source>
        <translation>отменено (IATI activity-status 5): так и не проведено, не импортируется</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../explorer/ui/workspace/alias_choices.py" line="+22"/>
        <source>Own nationals (DOMESTIC)</source>
        <translation>Собственные граждане (DOMESTIC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown (UNKNOWN)</source>
        <translation>Неизвестно (UNKNOWN)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Map {label} to</source>
        <extracomment>alias result code of a &quot;Map to&quot; item raw label -&gt; the alias the workspace already has for it</extracomment>
        <translation>Сопоставить «{label}» с</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>leave unresolved</source>
        <translation>оставить неразрешённой</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_dialog.py" line="+50"/>
        <source>Origins no rule understood are imported as unknown. Map a label to a country or class to fix it in this dataset and in later imports.</source>
        <extracomment>a GLOTIP import has ~30 unresolved labels; more would be slow widgets</extracomment>
        <translation>Страны происхождения, не распознанные ни одним правилом, импортируются как неизвестные. Сопоставьте метку со страной или классом, чтобы исправить это в данном наборе данных и при последующих импортах.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import report: {file}</source>
        <extracomment>``{group key: &quot;parts&quot; | &quot;repeats&quot;}``: rules for groups of rows, for the next import The language of the report&apos;s texts on screen (the CSV export keeps English).</extracomment>
        <translation>Отчёт об импорте: {file}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../explorer/ui/workspace/report_tables.py" line="+195"/>
        <source>Columns</source>
        <extracomment>Right-to-left mark: starts a line whose first word is Latin (a file name) as Arabic.</extracomment>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="+60"/>
        <source>Groups of rows</source>
        <extracomment>``{group key: &quot;parts&quot; | &quot;repeats&quot;}`` of the rules the user chose</extracomment>
        <translation>Группы строк</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="+69"/>
        <source>Contradictions</source>
        <translation>Противоречия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Implausible values</source>
        <translation>Неправдоподобные значения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with a note</source>
        <translation>Строки с примечанием</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export as CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply aliases</source>
        <translation>Применить псевдонимы</translation>
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
        <translation>Неразрешённые метки</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only the {shown} labels with the most victims can be mapped here; all {count} are listed and exported.</source>
        <translation>Здесь можно сопоставить только {shown} меток с наибольшим числом жертв; перечислены и экспортируются все {count}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fuzzy matches</source>
        <translation>Нечёткие совпадения</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Export import report</source>
        <translation>Экспорт отчёта об импорте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the import report.</source>
        <translation>Не удалось записать отчёт об импорте.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="-94"/>
        <source>Summed: parts of one figure</source>
        <translation>Суммированы: части одного значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One kept: repeats of one figure</source>
        <translation>Оставлено одно: повторы одного значения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows the file gives for one breakdown are summed when, with the other parts, they stay within the matching total, and otherwise taken as repeats of one figure (the largest kept). Choose the other rule for a group and press Use these rules: they are stored in the workspace and used when you import this file again.</source>
        <translation>Строки, которые файл приводит для одной разбивки, суммируются, если вместе с другими частями они не превышают соответствующий итог, а иначе считаются повторами одного значения (оставляется наибольшее). Выберите для группы другое правило и нажмите «Применить эти правила»: они сохраняются в рабочем пространстве и используются при повторном импорте этого файла.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rule of rows {rows}</source>
        <translation>Правило для строк {rows}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use these rules</source>
        <translation>Применить эти правила</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_notices.py" line="+30"/>
        <source>Rows do not add up: {read} rows read, but {imported} imported + {rejected} rejected = {total}. This is a bug in the importer; please report it with the exported CSV.</source>
        <translation>Строки не сходятся: прочитано строк — {read}, но импортировано {imported} + отклонено {rejected} = {total}. Это ошибка импорта; сообщите о ней, приложив экспортированный CSV.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported from {file}, and no dataset was added: {why}.</source>
        <translation>Из {file} ничего не импортировано, набор данных не добавлен: {why}.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_tables.py" line="-58"/>
        <source>Row</source>
        <extracomment>numeric sort key of a formatted cell</extracomment>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source values</source>
        <translation>Исходные значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the map</source>
        <translation>Показано на карте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victims</source>
        <translation>Жертвы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map to</source>
        <translation>Сопоставить с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched to</source>
        <translation>Сопоставлено с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../explorer/io/importing/report_words.py" line="-174"/>
        <source>{file}: {read} rows read = {imported} imported + {rejected} rejected (every row read is either imported or rejected with a reason).</source>
        <translation>{file}: прочитано строк: {read} = импортировано: {imported} + отклонено: {rejected} (каждая прочитанная строка либо импортирована, либо отклонена с указанием причины).</translation>
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
        <translation>Отклонено неправдоподобных значений (не показаны на карте): {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{collapsed} exact duplicate rows collapsed; {groups} groups of rows sharing one breakdown: {parts} summed as parts of one figure, {repeats} taken as repeats of one ({set_aside} rows set aside, the largest kept).</source>
        <translation>Объединено точных дубликатов строк: {collapsed}; групп строк одной разбивки: {groups}, из них суммировано как части одного значения: {parts}, принято за повторы одного: {repeats} (отложено строк: {set_aside}, оставлено наибольшее).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{victims} victims in rows without an origin label that are not the total: shown as origin not stated (unknown).</source>
        <translation>Жертвы в строках без метки происхождения, не являющихся итогом: {victims}; показаны как происхождение не указано (неизвестно).</translation>
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
        <translation>Противоречий в файле (отмечены предупреждением у значения): {count} ({kinds}).</translation>
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
        <translation>Названий, сопоставленных приблизительно (нечётко): {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns ({count}):</source>
        <translation>Столбцы ({count}):</translation>
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
        <translation>  {column}: {role}, {note}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>of victims&apos; origins resolved (to a country, own nationals, unknown or a region; &lt;5 counted as 1)</source>
        <extracomment>Lines the summary composes itself: never recognised in a text (they have no words of their own, and &quot;{share} {subject}.&quot; would read as &quot;{count} {note}.&quot;). What the resolved share measures, per kind of file (&quot;99.7% of victims&apos; origins ...&quot;).</extracomment>
        <translation>Доля определённых происхождений жертв (страна, собственные граждане, неизвестно или регион; &lt;5 считается как 1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of the flow volume has a resolved origin</source>
        <translation>Доля объёма потоков с определённым происхождением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of country rows resolved to a country</source>
        <translation>Доля строк стран, сопоставленных со страной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of records&apos; citizenship resolved to a country</source>
        <translation>Доля записей с гражданством, сопоставленным со страной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of activities resolved to a recipient country</source>
        <translation>Доля мероприятий, сопоставленных со страной-получателем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of activity rows resolved to a country</source>
        <translation>Доля строк мероприятий, сопоставленных со страной</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>origin labels not understood (imported as UNKNOWN, raw label kept)</source>
        <extracomment>What became of the labels no rule understood, per kind of file (&quot;15 origin labels ...&quot;).</extracomment>
        <translation>Нераспознанные метки происхождения (импортированы как UNKNOWN, исходная метка сохранена)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin or destination labels not understood (unknown origins kept as UNKNOWN; rows with an unknown destination rejected)</source>
        <translation>Нераспознанные метки происхождения или назначения (неизвестные происхождения учтены как UNKNOWN; строки с неизвестным назначением отклонены)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>country labels not understood (their rows rejected; an alias fixes them at the next import)</source>
        <translation>Нераспознанные метки стран (их строки отклонены; псевдоним исправит их при следующем импорте)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>citizenship codes not understood (counted as unknown origin)</source>
        <translation>Нераспознанные коды гражданства (учтены как неизвестное происхождение)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recipient country codes not understood (their activities rejected)</source>
        <translation>Нераспознанные коды стран-получателей (их мероприятия отклонены)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{former}: {kept}: {rows} ({victims} detected victims, &lt;5 counted as 1).</source>
        <extracomment>&quot;{former}&quot; is &quot;SCG Serbia and Montenegro (a country until 2006)&quot;, &quot;{kept}&quot; what was done.</extracomment>
        <translation>{former}: {kept}: {rows} (выявлено жертв: {victims}, &lt;5 считается как 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}, {former}: {kept}: {rows} ({victims} detected victims, &lt;5 counted as 1).</source>
        <translation>{label}, {former}: {kept}: {rows} (выявлено жертв: {victims}, &lt;5 считается как 1).</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="-110"/>
        <source>{count} value columns, each imported as an indicator: {listed}. An empty cell gives no flow for its column ({empty} empty cells in rows imported).</source>
        <translation>Столбцов значений, каждый импортирован как показатель: {count} ({listed}). Пустая ячейка не даёт потока для своего столбца (пустых ячеек в импортированных строках: {empty}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} value columns, each imported as an indicator: {listed}. An empty cell gives no flow for its column ({empty} empty cell in rows imported).</source>
        <translation>Столбцов значений, каждый импортирован как показатель: {count} ({listed}). Пустая ячейка не даёт потока для своего столбца (пустых ячеек в импортированных строках: {empty}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{indicator} ({count} flows)</source>
        <extracomment>An indicator of the list above and its number of flows.</extracomment>
        <translation>{indicator} (потоков: {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} ({count} flow)</source>
        <translation>{indicator} (потоков: {count})</translation>
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
        <translation>нет объёма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows within one country (origin = destination, e.g. internally displaced people) kept as flows within the country (domestic).</source>
        <translation>Строк внутри одной страны (происхождение = назначение, например внутренне перемещённые лица), учтённых как потоки внутри страны (внутренние): {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} row within one country (origin = destination, e.g. internally displaced people) kept as flows within the country (domestic).</source>
        <translation>Строк внутри одной страны (происхождение = назначение, например внутренне перемещённые лица), учтённых как потоки внутри страны (внутренние): {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} values of 0 imported as flows of 0 (a zero is a count, kept).</source>
        <translation>Значений 0, импортированных как потоки 0 (ноль — это количество, сохранён): {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} value of 0 imported as flows of 0 (a zero is a count, kept).</source>
        <translation>Значений 0, импортированных как потоки 0 (ноль — это количество, сохранён): {count}.</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/empty.py" line="+24"/>
        <source>the file has no data rows; nothing was stored</source>
        <translation>в файле нет строк с данными; ничего не сохранено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no row held a figure</source>
        <translation>ни одна строка не содержала числа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every row was rejected: {reasons}</source>
        <translation>все строки отклонены: {reasons}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{why}. Nothing was stored; see the report for each row</source>
        <translation>{why}. Ничего не сохранено; причины по каждой строке — в отчёте</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{reason} (%n rows)</source>
        <translation>
            <numerusform>{reason} (%n строка)</numerusform>
            <numerusform>{reason} (%n строки)</numerusform>
            <numerusform>{reason} (%n строк)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <location filename="../../explorer/core/indicators/shown_names.py" line="+28"/>
        <source>Share of children among detected victims (%)</source>
        <extracomment>Names with a fixed wording (the app&apos;s derived shares, GLOTIP&apos;s five indicators, the demo&apos;s smuggling count); the literals are what lupdate reads (derived.CHILDREN_SHARE ...).</extracomment>
        <translation>Доля детей среди выявленных жертв (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of women and girls among detected victims (%)</source>
        <translation>Доля женщин и девочек среди выявленных жертв (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected trafficking victims</source>
        <translation>Выявленные жертвы торговли людьми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons convicted</source>
        <translation>Осуждённые лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons prosecuted</source>
        <translation>Лица, подвергнутые уголовному преследованию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons brought into formal contact</source>
        <translation>Лица, вступившие в официальный контакт с системой правосудия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offences of trafficking in persons</source>
        <translation>Преступления, связанные с торговлей людьми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smuggled migrants detected</source>
        <translation>Выявленные незаконно ввезённые мигранты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance activities (number)</source>
        <translation>Мероприятия по оказанию помощи (число)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{indicator}: change since the previous year (%)</source>
        <translation>{indicator}: изменение по сравнению с предыдущим годом (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: change {first} to {second} (%)</source>
        <translation>{indicator}: изменение с {first} по {second} (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} per 100,000 population</source>
        <translation>{indicator} на 100 000 человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: regional total</source>
        <translation>{indicator}: итог по региону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} by country of repatriation</source>
        <translation>{indicator} по стране репатриации</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <location filename="../../explorer/core/indicators/country_key_figures.py" line="+83"/>
        <source>{indicator}, {breakdown}</source>
        <translation>{indicator}, {breakdown}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{indicator}, {year}: {figure}</source>
        <translation>{indicator}, {year}: {figure}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In {year}: {figure}</source>
        <translation>В {year} г.: {figure}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No earlier year with a category</source>
        <translation>Нет более раннего года с категорией</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories are ordered levels, not quantities.</source>
        <translation>Категории — упорядоченные уровни, а не количества.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ In the file: {warning}</source>
        <translation>⚠ В файле: {warning}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change: no earlier year with a figure</source>
        <translation>Изменение: нет более раннего года со значением</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change since {year}: not computable ({reason})</source>
        <translation>Изменение с {year} г.: не вычисляется ({reason})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change since {year}: {change} (no percentage: the earlier figure was 0)</source>
        <translation>Изменение с {year} г.: {change} (без процента: прежнее значение было 0)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change since {year}: {change} ({percent})</source>
        <translation>Изменение с {year} г.: {change} ({percent})</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Rank {rank} of %n countries</source>
        <translation>
            <numerusform>{rank}-е место из %n страны</numerusform>
            <numerusform>{rank}-е место из %n стран</numerusform>
            <numerusform>{rank}-е место из %n стран</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not ranked: {reason} for {year} (only exact figures are ranked; %n countries ranked)</source>
        <translation>
            <numerusform>Не ранжировано: {reason} за {year} г. (ранжируются только точные значения; ранжирована %n страна)</numerusform>
            <numerusform>Не ранжировано: {reason} за {year} г. (ранжируются только точные значения; ранжированы %n страны)</numerusform>
            <numerusform>Не ранжировано: {reason} за {year} г. (ранжируются только точные значения; ранжировано %n стран)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Region unknown: no regional comparison</source>
        <translation>Регион неизвестен: сравнение по региону невозможно</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{region} median: not computable (no exact {year} figures)</source>
        <translation>{region}, медиана: не вычисляется (нет точных значений за {year} г.)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>{region} median: {median} (%n countries); not compared ({reason} here)</source>
        <translation>
            <numerusform>{region}, медиана: {median} (%n страна); сравнение невозможно (здесь {reason})</numerusform>
            <numerusform>{region}, медиана: {median} (%n страны); сравнение невозможно (здесь {reason})</numerusform>
            <numerusform>{region}, медиана: {median} (%n стран); сравнение невозможно (здесь {reason})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{region} median: {median} (%n countries): {position} ({reason})</source>
        <translation>
            <numerusform>{region}, медиана: {median} (%n страна): {position} ({reason})</numerusform>
            <numerusform>{region}, медиана: {median} (%n страны): {position} ({reason})</numerusform>
            <numerusform>{region}, медиана: {median} (%n стран): {position} ({reason})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{region} median: {median} (%n countries): {position}</source>
        <translation>
            <numerusform>{region}, медиана: {median} (%n страна): {position}</numerusform>
            <numerusform>{region}, медиана: {median} (%n страны): {position}</numerusform>
            <numerusform>{region}, медиана: {median} (%n стран): {position}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>above</source>
        <extracomment>A figure against its region&apos;s median (``KeyFigures.position``), in words.</extracomment>
        <translation>выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>ниже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at</source>
        <translation>на уровне медианы</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../explorer/ui/window/keyboard.py" line="+68"/>
        <source>&amp;Previous year</source>
        <translation>&amp;Предыдущий год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next year</source>
        <translation>&amp;Следующий год</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lay / pause years</source>
        <translation>&amp;Воспроизвести / приостановить годы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next country in &amp;ranking</source>
        <translation>Следующая страна в &amp;рейтинге</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous &amp;country in ranking</source>
        <translation>Предыдущая страна в р&amp;ейтинге</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Navigate</source>
        <translation>&amp;Навигация</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No country has a figure to rank</source>
        <translation>Ни у одной страны нет значения для рейтинга</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rank {rank} of {count} countries: {name}</source>
        <translation>Место {rank} из {count} стран: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: not ranked (no exact figure); {position} of {count} listed</source>
        <translation>{name}: не в рейтинге (нет точного значения); позиция {position} из {count} в списке</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../explorer/ui/window/language_menu.py" line="+32"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Language</source>
        <extracomment>The languages offered: code (as in ``explorer_&lt;code&gt;.qm``) and the name in that language.</extracomment>
        <translation>Я&amp;зык</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved, but {variable}={value} is set: the app starts in that language while it is set.</source>
        <translation>Сохранено, но задана переменная {variable}={value}: пока она задана, приложение запускается на этом языке.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new language applies the next time the app starts.</source>
        <translation>Новый язык будет применён при следующем запуске приложения.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart now? The window closes as usual (your work is saved) and opens again in the new language.</source>
        <translation>Перезапустить сейчас? Окно закроется как обычно (ваша работа сохраняется) и откроется снова на новом языке.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустить сейчас</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Later</source>
        <translation>П&amp;озже</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../explorer/ui/window/render_commands.py" line="+24"/>
        <source>no place {name}; places: {places}</source>
        <translation>нет места {name}; места: {places}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown country code {code}</source>
        <translation>неизвестный код страны {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>wrote {path}</source>
        <translation>записано: {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>could not write {path}</source>
        <translation>не удалось записать {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote {path} ({size})</source>
        <translation>записано: {path} ({size})</translation>
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
        <translation>{subject}, {year}</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../explorer/core/texts.py" line="+106"/>
        <source>, </source>
        <extracomment>Between the items of a list (&quot;Girls 20%, boys 14%&quot;).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <extracomment>Between the groups of a list (&quot;largest rises: India +12; largest falls: Iran -3&quot;).</extracomment>
        <translation>; </translation>
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
        <translation>Изображение карты скопировано в буфер обмена (1920 x 1080)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Country details copied as text</source>
        <translation>Сведения о стране скопированы как текст</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export country brief</source>
        <translation>Экспорт справки по стране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country brief not written</source>
        <translation>Справка по стране не записана</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country brief written to {path}</source>
        <translation>Справка по стране записана в {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/main_window.py" line="+184"/>
        <source>Map controls</source>
        <extracomment>The name of the dataset now on screen (after start-up and every switch), for the parts that show something of the dataset beyond the map and panels (menus, help). Local files dropped onto the window (the workspace session imports or opens them). Local files dragged over the window, not yet dropped; then the drag left without a drop. The interface language (babel&apos;s spelling): places and numbers are shown in it. The run&apos;s shared parts (view state, flow settings, places, session, settings, theme, style ...), handed explicitly to the pieces that need them.</extracomment>
        <translation>Управление картой</translation>
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
        <translation>&amp;Копировать сведения о стране как текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy place details as text</source>
        <translation>&amp;Копировать сведения о территории как текст</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../explorer/ui/window/menus.py" line="+19"/>
        <source>Export country &amp;brief (PDF)…</source>
        <translation>Экспорт &amp;справки по стране (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export place &amp;brief (PDF)…</source>
        <translation>Экспорт &amp;справки по территории (PDF)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/menus.py" line="-54"/>
        <source>&amp;Find country…</source>
        <translation>&amp;Найти страну…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset view</source>
        <translation>Сбросить в&amp;ид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole world (Ctrl+0)</source>
        <translation>Показать весь мир (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame country with its flows&apos; &amp;partners</source>
        <translation>Показать страну с &amp;партнёрами по потокам</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the selected country together with where its victims came from and went to</source>
        <translation>Показать выбранную страну вместе с тем, откуда пришли её жертвы и куда они попали</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear selection</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export map…</source>
        <translation>&amp;Экспорт карты…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG, SVG or PDF for slides and reports, an offline HTML map, or the data</source>
        <translation>PNG, SVG или PDF для слайдов и отчётов, автономная карта HTML или данные</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy &amp;map image</source>
        <translation>Копировать &amp;изображение карты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;source rows…</source>
        <translation>Показать исходные &amp;строки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file rows behind the figure in focus (the selected flow, else the selected country&apos;s figure, else the place&apos;s total), with the rules of a derived figure</source>
        <translation>Строки файла, стоящие за значением в фокусе (выбранный поток, иначе значение выбранной страны, иначе итог территории), с правилами производного значения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/panel_toggles.py" line="+26"/>
        <source>&amp;Country panel</source>
        <translation>Панель &amp;страны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Flows panel</source>
        <translation>Панель п&amp;отоков</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/status.py" line="+26"/>
        <source>SYNTHETIC</source>
        <translation>СИНТЕТИЧЕСКИЕ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demonstration data generated by this program: not official statistics</source>
        <translation>Демонстрационные данные, созданные этой программой: это не официальная статистика</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dataset: {dataset}</source>
        <translation>Набор данных: {dataset}</translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <location filename="../../explorer/ui/window/controls.py" line="+38"/>
        <location line="+25"/>
        <source>Indicator</source>
        <extracomment>The year label&apos;s digits (the interface language&apos;s unless given). The language indicators and breakdowns are named in (the data keep English).</extracomment>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Breakdown</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+26"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+64"/>
        <source>Play</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Play years</source>
        <translation>Прокрутить годы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play through the years</source>
        <translation>Прокрутить по годам</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <location filename="../../explorer/ui/map/style.py" line="+44"/>
        <source>Quantiles (equal counts)</source>
        <translation>Квантили (равное число стран)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks (Fisher-Jenks)</source>
        <translation>Естественные границы (Фишер–Дженкс)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal interval</source>
        <translation>Равные интервалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual breaks…</source>
        <translation>Границы вручную…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quantiles</source>
        <extracomment>How :meth:`MapStyle.description` names a scheme.</extracomment>
        <translation>квантили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>natural breaks</source>
        <translation>естественные границы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal interval</source>
        <translation>равные интервалы</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Map st&amp;yle</source>
        <extracomment>After any change of palette, scheme, classes, breaks or preview.</extracomment>
        <translation>Сти&amp;ль карты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Palette</source>
        <translation>&amp;Палитра</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Classification</source>
        <translation>&amp;Классификация</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Number of classes</source>
        <translation>&amp;Число классов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off (true colours)</source>
        <translation>Выкл. (истинные цвета)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour-&amp;vision preview</source>
        <translation>Имитация &amp;цветового зрения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See the map on screen as people with a colour-vision deficiency see it; exports keep the true colours</source>
        <translation>Показать карту на экране так, как её видят люди с нарушением цветового зрения; экспорт сохраняет истинные цвета</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Map style: {style}</source>
        <translation>Стиль карты: {style}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>manual breaks at {breaks}</source>
        <translation>границы вручную: {breaks}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{scheme}, {k} classes</source>
        <translation>{scheme}, классов: {k}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {vision} preview</source>
        <translation>; имитация: {vision}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manual breaks</source>
        <translation>Границы вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper bound of each class, increasing, separated by commas
(e.g. 10, 50, 100, 500). Values above the last break get a class of their own.</source>
        <translation>Верхняя граница каждого класса, по возрастанию, через запятую
(например, 10, 50, 100, 500). Значения выше последней границы образуют отдельный класс.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Manual breaks not valid</source>
        <translation>Недопустимые границы</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Map style not changed</source>
        <translation>Стиль карты не изменён</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set by the manual breaks</source>
        <translation>Задано границами вручную</translation>
    </message>
</context>
<context>
    <name>MapTexts</name>
    <message>
        <location filename="../../explorer/core/view/map_words.py" line="+24"/>
        <source>victims</source>
        <extracomment>Who the arrows count, as &quot;flows of ...&quot; names them (see ``people_noun``).</extracomment>
        <translation>жертв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>незаконно ввезённых мигрантов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>осуждённых лиц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>людей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subregions</source>
        <extracomment>The places flows are summed between, when not countries (``Between``&apos;s values).</extracomment>
        <translation>субрегионами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <translation>регионами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported on {date} with {app}</source>
        <translation>Экспортировано {date} с помощью {app}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Arrows: {indicator}, the %n largest flows of {noun} between {level}, from origin to destination</source>
        <translation>
            <numerusform>Стрелки: {indicator}, %n крупнейший поток {noun} между {level}, от места происхождения к месту назначения</numerusform>
            <numerusform>Стрелки: {indicator}, %n крупнейших потока {noun} между {level}, от места происхождения к месту назначения</numerusform>
            <numerusform>Стрелки: {indicator}, %n крупнейших потоков {noun} между {level}, от места происхождения к месту назначения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Arrows: {indicator}, the %n largest flows of {noun}, from origin to destination</source>
        <translation>
            <numerusform>Стрелки: {indicator}, %n крупнейший поток {noun}, от места происхождения к месту назначения</numerusform>
            <numerusform>Стрелки: {indicator}, %n крупнейших потока {noun}, от места происхождения к месту назначения</numerusform>
            <numerusform>Стрелки: {indicator}, %n крупнейших потоков {noun}, от места происхождения к месту назначения</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapTheme</name>
    <message>
        <location filename="../../explorer/ui/map/theme.py" line="+32"/>
        <source>Follow the &amp;system</source>
        <translation>Как в с&amp;истеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Map &amp;theme</source>
        <extracomment>Background and sea of each resolved theme on screen: (background, sea, sea outline). After every change of the chosen theme (not of the system&apos;s scheme).</extracomment>
        <translation>&amp;Тема карты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light or dark background and sea; the data colours stay</source>
        <translation>Светлый или тёмный фон и море; цвета данных сохраняются</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../explorer/ui/map/tooltips.py" line="+37"/>
        <source>no data ({year})</source>
        <translation>нет данных ({year})</translation>
    </message>
</context>
<context>
    <name>PanelFlows</name>
    <message>
        <location filename="../../explorer/ui/panel/flows.py" line="+33"/>
        <source>Total: {total}</source>
        <translation>Всего: {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>domestic {share}</source>
        <translation>внутренние {share}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {share}</source>
        <translation>неизвестно {share}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected in</source>
        <translation>Выявлены в</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flows: origins</source>
        <translation>Потоки: страны происхождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows: destinations</source>
        <translation>Потоки: страны назначения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>This dataset has no flows.</source>
        <translation>В этом наборе данных нет потоков.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where {people} detected in {country} in {year} came from</source>
        <translation>Откуда прибыли {people}, выявленные в {country} в {year} г.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where {people} from {country} were detected in {year}</source>
        <translation>Где были выявлены {people} из {country} в {year} г.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{heading}: no flows recorded.</source>
        <translation>{heading}: потоки не зарегистрированы.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{count} more not listed.</source>
        <translation>Не перечислено ещё: {count}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not drawn on the map: {flows}</source>
        <translation>Не показано на карте: {flows}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../explorer/core/flows/labels.py" line="+8"/>
        <source>victims</source>
        <translation>жертвы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>незаконно ввезённые мигранты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>осуждённые лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>люди</translation>
    </message>
</context>
<context>
    <name>PeopleCounted</name>
    <message>
        <location line="+21"/>
        <source>victims</source>
        <translation>жертв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>незаконно ввезённых мигрантов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>осуждённых лиц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>человек</translation>
    </message>
</context>
<context>
    <name>PeopleOf</name>
    <message>
        <location line="-15"/>
        <source>detected victims</source>
        <translation>выявленных жертв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>незаконно ввезённых мигрантов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>осуждённых лиц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>людей</translation>
    </message>
</context>
<context>
    <name>PlaceBrief</name>
    <message>
        <location filename="../../explorer/ui/export/place_brief.py" line="+57"/>
        <source>Brief: {place}</source>
        <translation>Справка: {place}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{indicator}, {year} · {n} countries in the place</source>
        <translation>{indicator}, {year} · стран на территории: {n}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Trend on constant sets of countries</source>
        <translation>Динамика по постоянным наборам стран</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year}: {reporting} reported, change {step}</source>
        <translation>{year}: сообщили {reporting}, изменение {step}</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Who they were</source>
        <translation>Кем они были</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where they came from</source>
        <translation>Откуда они прибыли</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Countries, largest first</source>
        <translation>Страны, по убыванию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How these figures are computed</source>
        <translation>Как рассчитываются эти значения</translation>
    </message>
</context>
<context>
    <name>PlaceGroupDialog</name>
    <message>
        <location filename="../../explorer/ui/panel/group_dialog.py" line="+42"/>
        <source>Edit group</source>
        <translation>Изменить группу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New group of countries</source>
        <translation>Новая группа стран</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ECOWAS</source>
        <translation>например, ЭКОВАС</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter countries</source>
        <translation>Фильтр стран</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to filter</source>
        <translation>Введите текст для фильтра</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region or subregion to add</source>
        <translation>Регион или субрегион для добавления</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick all of it</source>
        <translation>Отметить целиком</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete group</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Countries ticked: {n}</source>
        <translation>Отмечено стран: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group a name.</source>
        <translation>Дайте группе название.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick at least one country.</source>
        <translation>Отметьте хотя бы одну страну.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a group called {name}.</source>
        <translation>Группа с названием {name} уже существует.</translation>
    </message>
</context>
<context>
    <name>PlaceLabels</name>
    <message>
        <location filename="../../explorer/core/places/share_wording.py" line="+26"/>
        <source>Children (0-17)</source>
        <extracomment>The parts of a place&apos;s profile and its classes of origin (``summary.PROFILE_GROUPS``, ``origins.CLASSES``), as the sentences name them.</extracomment>
        <translation>Дети (0–17)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults (18+)</source>
        <translation>Взрослые (18+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women and girls</source>
        <translation>Женщины и девочки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men and boys</source>
        <translation>Мужчины и мальчики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Girls</source>
        <translation>Девочки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys</source>
        <translation>Мальчики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual exploitation</source>
        <translation>Сексуальная эксплуатация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced labour</source>
        <translation>Принудительный труд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other forms of exploitation</source>
        <translation>Другие формы эксплуатации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own nationals</source>
        <translation>Собственные граждане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same subregion</source>
        <translation>Тот же субрегион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other subregions of the region</source>
        <translation>Другие субрегионы региона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other regions</source>
        <translation>Другие регионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown or not stated</source>
        <translation>Неизвестно или не указано</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <location filename="../../explorer/ui/panel/place_picker.py" line="+35"/>
        <source>Place</source>
        <extracomment>The user asked to define a new group (None) or edit one (its name). The user asked to frame the place on the map (its code). The groups changed and the place shown may have gone: the figures must follow.</extracomment>
        <translation>Территория</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame this place on the map</source>
        <translation>Показать эту территорию на карте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New group…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick countries and name a group of your own (e.g. ECOWAS)</source>
        <translation>Выберите страны и назовите собственную группу (например, ЭКОВАС)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit group…</source>
        <translation>Изменить группу…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place.py" line="+86"/>
        <source>Index on constant sets</source>
        <extracomment>A country of the ranking was clicked: select it, framed with its flows&apos; partners.</extracomment>
        <translation>Индекс по постоянным наборам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Сообщили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact sum</source>
        <translation>Точная сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change (N)</source>
        <translation>Изменение (N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend on constant sets of countries</source>
        <translation>Динамика по постоянным наборам стран</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who they were</source>
        <translation>Кем они были</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where they came from</source>
        <translation>Откуда они прибыли</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of the place, largest first</source>
        <translation>Страны территории, по убыванию</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place_picker.py" line="+32"/>
        <source>{name} (group)</source>
        <translation>{name} (группа)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place.py" line="+42"/>
        <source>No figures in this dataset.</source>
        <translation>В этом наборе данных нет значений.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trend on constant sets of countries (index, first year = 100; each step only from countries that reported both years)</source>
        <translation>Динамика по постоянным наборам стран (индекс, первый год = 100; каждый шаг — только по странам, сообщившим данные за оба года)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>n/a ({n})</source>
        <translation>н/д ({n})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Countries by {indicator}, {year}</source>
        <translation>Страны по показателю «{indicator}», {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the {n} largest of {all})</source>
        <translation>({n} крупнейших из {all})</translation>
    </message>
</context>
<context>
    <name>PlaceSummary</name>
    <message>
        <location filename="../../explorer/core/places/share_wording.py" line="+5"/>
        <source>both age groups</source>
        <translation>обе возрастные группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sexes</source>
        <translation>оба пола</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>girls, boys, women and men</source>
        <translation>девочки, мальчики, женщины и мужчины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the three forms of exploitation</source>
        <translation>три формы эксплуатации</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <location filename="../../explorer/core/places/wording.py" line="+147"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{low} to {high}</source>
        <translation>от {low} до {high}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{what}: no country reported every part exactly; %n countries reported them with a &lt;5.</source>
        <translation>
            <numerusform>{what}: ни одна страна не сообщила точно все части; %n страна сообщила их с &lt;5.</numerusform>
            <numerusform>{what}: ни одна страна не сообщила точно все части; %n страны сообщили их с &lt;5.</numerusform>
            <numerusform>{what}: ни одна страна не сообщила точно все части; %n стран сообщили их с &lt;5.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}: no country reported this breakdown.</source>
        <translation>{what}: ни одна страна не сообщила эту разбивку.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{parts} of {people} (N = %n countries that reported {what} exactly).</source>
        <translation>
            <numerusform>{parts} {people} (N = %n страна, точно сообщившая данные: {what}).</numerusform>
            <numerusform>{parts} {people} (N = %n страны, точно сообщившие данные: {what}).</numerusform>
            <numerusform>{parts} {people} (N = %n стран, точно сообщивших данные: {what}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source> Over all %n countries that reported them, each &lt;5 as 1 to 4: {ranges}.</source>
        <translation>
            <numerusform> Во всех странах, сообщивших их (%n), каждое &lt;5 как 1–4: {ranges}.</numerusform>
            <numerusform> Во всех странах, сообщивших их (%n), каждое &lt;5 как 1–4: {ranges}.</numerusform>
            <numerusform> Во всех странах, сообщивших их (%n), каждое &lt;5 как 1–4: {ranges}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Children (0-17): {share} of {people} (N = %n countries that reported both age groups exactly).</source>
        <translation>
            <numerusform>Дети (0–17): {share} {people} (N = %n страна, точно сообщившая обе возрастные группы).</numerusform>
            <numerusform>Дети (0–17): {share} {people} (N = %n страны, точно сообщившие обе возрастные группы).</numerusform>
            <numerusform>Дети (0–17): {share} {people} (N = %n стран, точно сообщивших обе возрастные группы).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Where {people} came from (%n countries reported {people} by citizenship: {low} to {high}, each &lt;5 as 1 to 4):</source>
        <translation>
            <numerusform>Происхождение {people} (%n страна сообщила данные о гражданстве {people}: от {low} до {high}, каждое &lt;5 как 1–4):</numerusform>
            <numerusform>Происхождение {people} (%n страны сообщили данные о гражданстве {people}: от {low} до {high}, каждое &lt;5 как 1–4):</numerusform>
            <numerusform>Происхождение {people} (%n стран сообщили данные о гражданстве {people}: от {low} до {high}, каждое &lt;5 как 1–4):</numerusform>
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
        <translation>Основные субрегионы происхождения (иностранных {people}): {top}.</translation>
    </message>
    <message>
        <location filename="../../explorer/core/places/wording.py" line="-50"/>
        <source>{place} (region)</source>
        <translation>{place} (регион)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{place} (subregion of {parent})</source>
        <translation>{place} (субрегион, {parent})</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{place} (group of %n countries)</source>
        <translation>
            <numerusform>{place} (группа из %n страны)</numerusform>
            <numerusform>{place} (группа из %n стран)</numerusform>
            <numerusform>{place} (группа из %n стран)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{reporting} of %n countries reported.</source>
        <translation>
            <numerusform>сообщили {reporting} из %n страны.</numerusform>
            <numerusform>сообщили {reporting} из %n стран.</numerusform>
            <numerusform>сообщили {reporting} из %n стран.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the world</source>
        <translation>Мир</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No country in {place} reported {what} for {year}.</source>
        <translation>{place}: ни одна страна не сообщила данные «{what}» за {year} г.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{indicator}, {year}: median {median} over the %n countries with an exact figure ({reporting} of {members} reported). Not a count: no total.</source>
        <translation>
            <numerusform>{indicator}, {year}: медиана {median} по %n стране с точным значением (сообщили {reporting} из {members}). Не количество: итога нет.</numerusform>
            <numerusform>{indicator}, {year}: медиана {median} по %n странам с точным значением (сообщили {reporting} из {members}). Не количество: итога нет.</numerusform>
            <numerusform>{indicator}, {year}: медиана {median} по %n странам с точным значением (сообщили {reporting} из {members}). Не количество: итога нет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{indicator}, {year}: no exact figure; {reporting} of %n countries reported, all &lt;5.</source>
        <translation>
            <numerusform>{indicator}, {year}: нет точных значений; сообщили {reporting} из %n страны, все &lt;5.</numerusform>
            <numerusform>{indicator}, {year}: нет точных значений; сообщили {reporting} из %n стран, все &lt;5.</numerusform>
            <numerusform>{indicator}, {year}: нет точных значений; сообщили {reporting} из %n стран, все &lt;5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{indicator}, {year}: {sum}, the sum of the exact figures of %n countries; {reported}</source>
        <translation>
            <numerusform>{indicator}, {year}: {sum} — сумма точных значений %n страны; {reported}</numerusform>
            <numerusform>{indicator}, {year}: {sum} — сумма точных значений %n стран; {reported}</numerusform>
            <numerusform>{indicator}, {year}: {sum} — сумма точных значений %n стран; {reported}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} at {level}</source>
        <translation>{count} — {level}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>{indicator}, {year}: {reported} of %n countries reported: {levels}</source>
        <translation>
            <numerusform>{indicator}, {year}: сообщили {reported} из %n страны: {levels}</numerusform>
            <numerusform>{indicator}, {year}: сообщили {reported} из %n стран: {levels}</numerusform>
            <numerusform>{indicator}, {year}: сообщили {reported} из %n стран: {levels}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{line}; {levels} (outside the order)</source>
        <translation>{line}; {levels} (вне порядка)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}. Levels, not quantities: no total.</source>
        <translation>{line}. Уровни, а не количества: итога нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n more countries reported &lt;5 ({low} to {high} more in all).</source>
        <translation>
            <numerusform>Ещё %n страна сообщила &lt;5 (всего ещё от {low} до {high}).</numerusform>
            <numerusform>Ещё %n страны сообщили &lt;5 (всего ещё от {low} до {high}).</numerusform>
            <numerusform>Ещё %n стран сообщили &lt;5 (всего ещё от {low} до {high}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change: no figures for {year} to compare with.</source>
        <translation>Изменение: нет значений за {year} г. для сравнения.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change since {year}: not computable: no country reported exact figures in both years.</source>
        <translation>Изменение с {year} г.: не вычисляется: ни одна страна не сообщила точные значения за оба года.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change since {year}: no percentage (the {year} figures add up to 0).</source>
        <translation>Изменение с {year} г.: без процента (значения за {year} г. в сумме дают 0).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Change since {year}: {change} ({before} to {after}), over the %n countries that reported exact figures in both years.</source>
        <translation>
            <numerusform>Изменение с {year} г.: {change} (с {before} до {after}) по %n стране, сообщившей точные значения за оба года.</numerusform>
            <numerusform>Изменение с {year} г.: {change} (с {before} до {after}) по %n странам, сообщившим точные значения за оба года.</numerusform>
            <numerusform>Изменение с {year} г.: {change} (с {before} до {after}) по %n странам, сообщившим точные значения за оба года.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>largest rises: {countries}</source>
        <translation>наибольший рост: {countries}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>largest falls: {countries}</source>
        <translation>наибольшее снижение: {countries}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Driven by {changes}.</source>
        <translation>Основной вклад — {changes}.</translation>
    </message>
</context>
<context>
    <name>ProfileBars</name>
    <message>
        <location filename="../../explorer/ui/panel/profile_bars.py" line="+26"/>
        <source>By sex</source>
        <translation>По полу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By age</source>
        <translation>По возрасту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By form of exploitation</source>
        <translation>По форме эксплуатации</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Victim profile</source>
        <translation>Профиль жертв</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../explorer/ui/workspace/provenance_dialog.py" line="+27"/>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition (export date)</source>
        <translation>Выпуск (дата выгрузки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>Ссылка для цитирования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{read} read = {imported} imported + {rejected} rejected</source>
        <translation>прочитано {read} = импортировано {imported} + отклонено {rejected}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYNTHETIC demonstration data: not official statistics</source>
        <translation>СИНТЕТИЧЕСКИЕ демонстрационные данные: это не официальная статистика</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caveat</source>
        <translation>Оговорка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provenance: {dataset}</source>
        <translation>Происхождение данных: {dataset}</translation>
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
        <translation>Недавние &amp;файлы</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(missing)</source>
        <translation>(отсутствует)</translation>
    </message>
</context>
<context>
    <name>RegionZoom</name>
    <message>
        <source>Zoom to &amp;region</source>
        <translation type="vanished">Перейти к &amp;региону</translation>
    </message>
    <message>
        <source>Colour by &amp;regional totals</source>
        <translation type="vanished">Раскрасить по итогам ре&amp;гионов</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map/region_zoom.py" line="+48"/>
        <source>Zoom to re&amp;gion</source>
        <translation>Перейти к &amp;региону</translation>
    </message>
    <message>
        <source>Co&amp;lour by regional totals</source>
        <translation type="vanished">Раскрасить по итогам ре&amp;гионов</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Colour &amp;by regional totals</source>
        <translation>Раскрасить по итогам ре&amp;гионов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each country shows its UN region&apos;s total of the indicator</source>
        <translation>Каждая страна показывает итог показателя по своему региону ООН</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No regional totals for {indicator}</source>
        <translation>Нет итогов по регионам для показателя {indicator}</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../explorer/ui/window/search_box.py" line="-1"/>
        <source>Find a country (Ctrl+F)</source>
        <translation>Найти страну (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No country matches “{text}”</source>
        <translation>Ни одна страна не соответствует «{text}»</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../explorer/ui/map/side_by_side.py" line="+52"/>
        <source>Two years side by side</source>
        <translation>Два года рядом</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>left</source>
        <translation>левой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>правой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the {side} map</source>
        <translation>Год {side} карты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{subject}. Same classes and colours on both maps (over all years).</source>
        <translation>{subject}. Одинаковые классы и цвета на обеих картах (по всем годам).</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Map of {year}</source>
        <translation>Карта за {year} г.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Two years &amp;side by side…</source>
        <translation>Два года р&amp;ядом…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shown indicator for two years, next to each other</source>
        <translation>Отображаемый показатель за два года, рядом друг с другом</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../explorer/core/data/provenance.py" line="+50"/>
        <source>Source: SYNTHETIC demonstration data generated by Trafficking Flows Explorer; not official statistics</source>
        <translation>Источник: СИНТЕТИЧЕСКИЕ демонстрационные данные, созданные Trafficking Flows Explorer; не официальная статистика</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SYNTHETIC demonstration data generated by Trafficking Flows Explorer; not official statistics</source>
        <translation>СИНТЕТИЧЕСКИЕ демонстрационные данные, созданные Trafficking Flows Explorer; не официальная статистика</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown publisher</source>
        <translation>издатель неизвестен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{publisher}, export of {edition}</source>
        <translation>{publisher}, выгрузка от {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{publisher}, file {file}</source>
        <translation>{publisher}, файл {file}</translation>
    </message>
</context>
<context>
    <name>SourceRows</name>
    <message>
        <location filename="../../explorer/ui/common/source_rows.py" line="+190"/>
        <source>Show &amp;source rows…</source>
        <extracomment>The countries&apos; English names: a trace is English (its CSV) until the dialog says it in the interface language, whatever language the book names them in. What a context menu offers at a point: one opener, or (words, opener) pairs, or None.</extracomment>
        <translation>Показать исходные &amp;строки…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/common/source_rows_dialog.py" line="+70"/>
        <location line="+36"/>
        <location line="+64"/>
        <source>Source rows</source>
        <extracomment>GLOTIP&apos;s category column: a flow&apos;s raw origin label, next to the value.</extracomment>
        <translation>Исходные строки</translation>
    </message>
    <message numerus="yes">
        <location line="-88"/>
        <source>%n file row(s) behind this figure.</source>
        <translation>
            <numerusform>%n строка файла стоит за этим значением.</numerusform>
            <numerusform>%n строки файла стоят за этим значением.</numerusform>
            <numerusform>%n строк файла стоят за этим значением.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file row behind this figure.</source>
        <translation>За этим значением нет строк файла.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Копировать как текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Сохранить как CSV…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>From {file}, sheet {sheet} (SHA-256 {sha256})</source>
        <translation>Из {file}, лист {sheet} (SHA-256 {sha256})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {file} (SHA-256 {sha256})</source>
        <translation>Из {file} (SHA-256 {sha256})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save source rows</source>
        <translation>Сохранить исходные строки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save {path}: {error}</source>
        <translation>Не удалось сохранить {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/source_menus.py" line="+102"/>
        <source>Show source rows of the &amp;total…</source>
        <translation>Показать исходные строки &amp;итога…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show source rows of the &amp;change…</source>
        <translation>Показать исходные строки &amp;изменения…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show source rows of the share: {label}…</source>
        <translation>Показать исходные строки доли: {label}…</translation>
    </message>
</context>
<context>
    <name>TableMapping</name>
    <message>
        <location filename="../../explorer/ui/workspace/level_order.py" line="+38"/>
        <source>The values are categories. Drag them into their order; the first gets rank 1:</source>
        <translation>Значения являются категориями. Перетащите их в нужном порядке; первая получает ранг 1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order of the levels</source>
        <translation>Порядок уровней</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/mapping_dialog.py" line="+40"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Columns of {file}</source>
        <translation>Столбцы {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The table&apos;s columns could not be recognised for sure: {reason}. Say which column holds what; the import then runs again.</source>
        <translation>Не удалось с уверенностью распознать столбцы таблицы: {reason}. Укажите, какой столбец что содержит; затем импорт будет выполнен снова.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Figures per country</source>
        <translation>Значения по странам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows from one country to another</source>
        <translation>Потоки из одной страны в другую</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table holds:</source>
        <translation>Таблица содержит:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per country and year (long)</source>
        <translation>Одна строка на страну и год (длинный формат)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One column per year, e.g. 1960 ... 2023 (wide)</source>
        <translation>Один столбец на год, например 1960 ... 2023 (широкий формат)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Origin:</source>
        <translation>Происхождение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination:</source>
        <translation>Назначение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (code or name):</source>
        <translation>Страна (код или название):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country name (spare):</source>
        <translation>Название страны (запасное):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator column:</source>
        <translation>Столбец показателя:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout:</source>
        <translation>Структура:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Value columns:</source>
        <extracomment>One check box per candidate value column (each an indicator).</extracomment>
        <translation>Столбцы значений:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(from a column)</source>
        <translation>(из столбца)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of every row:</source>
        <translation>Год для всех строк:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Population, total</source>
        <translation>например, Population, total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator name:</source>
        <translation>Название показателя:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <location filename="../../explorer/core/trace/rows_table.py" line="+23"/>
        <source>the file&apos;s rows were not kept for this dataset (imported before the app kept them, or from a kind of file whose rows it does not keep): import the file again to see them</source>
        <translation>строки файла для этого набора данных не сохранены (импортирован до того, как приложение стало их сохранять, или из файла такого типа, строки которого оно не сохраняет): импортируйте файл снова, чтобы их увидеть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not read from a file row (generated or derived)</source>
        <translation>не прочитано из строки файла (создано или выведено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYNTHETIC demonstration data: generated by the app, read from no file</source>
        <translation>СИНТЕТИЧЕСКИЕ демонстрационные данные: созданы приложением, не прочитаны ни из какого файла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same value in {count} rows: an exact duplicate, counted once</source>
        <translation>одно и то же значение в {count} строках: точный дубликат, учтён один раз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read as it is</source>
        <translation>прочитано как есть</translation>
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
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown</source>
        <translation>Показано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the importer did</source>
        <translation>Что сделал импорт</translation>
    </message>
    <message>
        <location filename="../../explorer/core/trace/words.py" line="+79"/>
        <source>World</source>
        <translation>Мир</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{place}, {year}: {indicator}</source>
        <translation>{place}, {year}: {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}, {year}: {indicator}, {breakdown}</source>
        <translation>{place}, {year}: {indicator}, {breakdown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{origin} -&gt; {destination}, {year}: {indicator}</source>
        <translation>{origin} -&gt; {destination}, {year}: {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}, {year}: {indicator}, total</source>
        <translation>{place}, {year}: {indicator}, итого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: {indicator}, change {previous} to {year}</source>
        <translation>{place}: {indicator}, изменение с {previous} по {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}, {year}: {indicator}, share {part}</source>
        <translation>{place}, {year}: {indicator}, доля {part}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no figure</source>
        <translation>нет значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not computable</source>
        <translation>не вычисляется</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;5 kept as a range (1 to 4), never a made-up number</source>
        <translation>&lt;5 сохранено как диапазон (от 1 до 4), никогда не выдуманное число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own nationals</source>
        <translation>собственные граждане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin not known</source>
        <translation>происхождение неизвестно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as a country code</source>
        <translation>как код страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by its name</source>
        <translation>по названию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by a known other name</source>
        <translation>по другому известному названию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the people of that country</source>
        <translation>как жители этой страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as a class of origin</source>
        <translation>как категория происхождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by an approximate match</source>
        <translation>по приблизительному совпадению</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by your alias or rule</source>
        <translation>по вашему псевдониму или правилу</translation>
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
        <translation>метка происхождения {label} прочитана как {read}, {how}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin labels meaning one origin, summed: read as {read}: {hows}</source>
        <translation>метки, обозначающие одно происхождение, суммированы: прочитаны как {read}: {hows}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>victims aged 0 to 17 / all detected victims x 100, both exact</source>
        <translation>жертвы в возрасте от 0 до 17 лет / все выявленные жертвы x 100, оба значения точные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>female victims / all detected victims x 100, both exact</source>
        <translation>жертвы женского пола / все выявленные жертвы x 100, оба значения точные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({year} - {previous}) / {previous} x 100, both exact, the previous year not zero</source>
        <translation>({year} - {previous}) / {previous} x 100, оба значения точные, предыдущий год не ноль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(second year - {first}) / {first} x 100, both exact, {first} not zero</source>
        <translation>(второй год - {first}) / {first} x 100, оба значения точные, {first} не ноль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count / population x 100,000; the population of the same year from the loaded population indicator, else the nearest year at most {gap} years away (its rows are in that dataset)</source>
        <translation>число / население x 100 000; население того же года из загруженного показателя населения, иначе ближайший год не дальше {gap} лет (его строки в том наборе данных)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no country of {place} reported</source>
        <translation>ни одна страна территории {place} не сообщила значения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of the exact figures of the {exact} countries that reported one ({total}; {members} countries in {place})</source>
        <translation>сумма точных значений {exact} стран, сообщивших их ({total}; стран на территории {place}: {members})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{rule}; {more} more reported only &lt;5, {low} to {high} victims together, shown beside the sum, never in it</source>
        <translation>{rule}; ещё {more} сообщили только &lt;5, вместе от {low} до {high} жертв, показано рядом с суммой, никогда не в ней</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no figures for one of the two years</source>
        <translation>нет значений за один из двух годов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({after} - {before}) / {before} x 100 over the {count} countries of {place} with an exact figure in both {previous} and {year} (a &lt;5 or a gap in either year leaves a country out)</source>
        <translation>({after} - {before}) / {before} x 100 по {count} странам территории {place} с точным значением и в {previous}, и в {year} (&lt;5 или пропуск в любом из годов исключает страну)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a part of the group has no figures</source>
        <translation>у части группы нет значений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{part} / ({parts} = {total}) x 100 over the {count} countries of {place} that reported every part exactly</source>
        <translation>{part} / ({parts} = {total}) x 100 по {count} странам территории {place}, точно сообщившим каждую часть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sum of the {count} country flows from {origin} to {destination} (own nationals counted in their country&apos;s place; a &lt;5 adds its range 1 to 4)</source>
        <translation>сумма {count} потоков между странами из {origin} в {destination} (собственные граждане учтены в территории своей страны; &lt;5 добавляет свой диапазон от 1 до 4)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../explorer/ui/common/trend_chart.py" line="+40"/>
        <source>Trend over years</source>
        <translation>Динамика по годам</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{first} to {last}</source>
        <translation>с {first} по {last}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no data {years}</source>
        <translation>нет данных {years}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend: {parts}</source>
        <translation>Динамика: {parts}</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>bars: &lt;5 (1 to 4)</source>
        <translation>столбцы: &lt;5 (от 1 до 4)</translation>
    </message>
</context>
<context>
    <name>VictimProfile</name>
    <message>
        <location filename="../../explorer/core/indicators/country_victim_profile.py" line="+118"/>
        <source>No figures by age for {year}</source>
        <translation>Нет значений по возрасту за {year} г.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Children: {figure}</source>
        <translation>Дети: {figure}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children: {figure} (no share computed from {reason})</source>
        <translation>Дети: {figure} (доля не рассчитана: {reason})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Children: {figure} (share not computable: adults {adults})</source>
        <translation>Дети: {figure} (долю рассчитать нельзя: взрослые {adults})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Children: 0 (no {people} of known age)</source>
        <translation>Дети: 0 (нет {people} известного возраста)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Children: {share} of {people} of known age ({part} of {whole})</source>
        <translation>Дети: {share} {people} известного возраста ({part} из {whole})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Children: {share} of {people} ({part} of {whole})</source>
        <translation>Дети: {share} {people} ({part} из {whole})</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../../explorer/ui/window/recent_files.py" line="-45"/>
        <location filename="../../explorer/ui/workspace/menu.py" line="+44"/>
        <source>&amp;Open workspace…</source>
        <extracomment>The text of the session&apos;s action the submenu follows (see workspace_menu.py), compared in the user&apos;s language.</extracomment>
        <translation>&amp;Открыть рабочее пространство…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/damaged.py" line="+58"/>
        <source>Workspace could not be read</source>
        <translation>Не удалось прочитать рабочее пространство</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is kept exactly as it is. Start a new, empty workspace in another file, or go on without saving (File &gt; Save workspace as… keeps new work).</source>
        <translation>Файл сохраняется в неизменном виде. Создайте новое пустое рабочее пространство в другом файле или продолжайте без сохранения (Файл &gt; Сохранить рабочее пространство как… сохранит новую работу).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a new workspace…</source>
        <translation>Создать новое рабочее пространство…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../explorer/ui/workspace/disk_changes.py" line="+91"/>
        <location filename="../../explorer/ui/workspace/session.py" line="+221"/>
        <source>Workspace not saved</source>
        <translation>Рабочее пространство не сохранено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is the workspace that could not be read; it is kept as it is. Choose another file name.</source>
        <translation>{path} — рабочее пространство, которое не удалось прочитать; оно сохраняется в неизменном виде. Выберите другое имя файла.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The workspace could not be read: {reason}</source>
        <translation>Не удалось прочитать рабочее пространство: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace is in use by {reason}</source>
        <translation>Рабочее пространство используется: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace cannot be written: {reason}</source>
        <translation>Невозможно записать рабочее пространство: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported data not saved</source>
        <translation>Импортированные данные не сохранены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data imported in this session is not saved.

{why}</source>
        <translation>Данные, импортированные в этом сеансе, не сохранены.

{why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workspace file is kept exactly as it is. Save the imported data in another workspace file, or close without it?</source>
        <translation>Файл рабочего пространства сохраняется в неизменном виде. Сохранить импортированные данные в другом файле рабочего пространства или закрыть без них?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>parts of it are damaged and were not read: {parts}</source>
        <translation>его части повреждены и не были прочитаны: {parts}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged: {parts}. The rest is shown; nothing is saved to {path}. File &gt; Save workspace as… keeps what is intact.</source>
        <translation>Повреждено: {parts}. Остальное показано; в {path} ничего не сохраняется. Файл &gt; Сохранить рабочее пространство как… сохранит уцелевшее.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parts of {path} are damaged and were not read:

{parts}

The rest is shown. Nothing will be saved to this file, so it can still be rescued. Save what is intact as a new workspace?</source>
        <translation>Части {path} повреждены и не были прочитаны:

{parts}

Остальное показано. В этот файл ничего не будет сохраняться, чтобы его ещё можно было восстановить. Сохранить уцелевшее как новое рабочее пространство?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workspace partly damaged</source>
        <translation>Рабочее пространство частично повреждено</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/disk_changes.py" line="+11"/>
        <source>Workspace changed on disk</source>
        <translation>Рабочее пространство изменено на диске</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was changed by another program since this window read it.

Keep both adds what this window has to what the file now holds; Reload shows the file as it is now (this window&apos;s latest change is dropped); Overwrite writes this window&apos;s workspace over it.</source>
        <translation>{path} был изменён другой программой после того, как это окно его прочитало.

«Сохранить оба» добавляет то, что есть в этом окне, к тому, что сейчас содержит файл; «Перечитать» показывает файл в текущем виде (последнее изменение в этом окне отбрасывается); «Перезаписать» записывает рабочее пространство этого окна поверх файла.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep both</source>
        <translation>Сохранить оба</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overwrite</source>
        <translation>Перезаписать</translation>
    </message>
    <message>
        <source>Workspace (*.sqlite)</source>
        <translation type="vanished">Рабочее пространство (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/file_dialogs.py" line="+20"/>
        <source>Workspace (*.tfe-workspace *.sqlite)</source>
        <translation>Рабочее пространство (*.tfe-workspace *.sqlite)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New workspace</source>
        <translation>Новое рабочее пространство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open workspace</source>
        <translation>Открыть рабочее пространство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save workspace as</source>
        <translation>Сохранить рабочее пространство как</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/groups.py" line="+41"/>
        <source>Groups saved in the workspace</source>
        <translation>Группы, сохранённые в рабочем пространстве</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/imports.py" line="+36"/>
        <source>Data files: GLOTIP, CTDC, indicator, flow and activity tables, IATI (*.xlsx *.xls *.xlsm *.ods *.csv *.txt *.xml)</source>
        <translation>Файлы данных: GLOTIP, CTDC, таблицы показателей, потоков и мероприятий, IATI (*.xlsx *.xls *.xlsm *.ods *.csv *.txt *.xml)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import data</source>
        <translation>Импорт данных</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <source>{file}: not a file this app imports. Drop a UNODC GLOTIP export (.xlsx or .csv) or a workspace (.sqlite).</source>
        <translation type="vanished">{file}: эта программа не импортирует такие файлы. Перетащите выгрузку UNODC GLOTIP (.xlsx или .csv) или рабочее пространство (.sqlite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: not a file this app imports. Drop a UNODC GLOTIP export (.xlsx or .csv) or a workspace (.tfe-workspace or .sqlite).</source>
        <translation>{file}: приложение не импортирует такие файлы. Перетащите экспорт GLOTIP УНП ООН (.xlsx или .csv) или рабочее пространство (.tfe-workspace или .sqlite).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An import is already running</source>
        <translation>Импорт уже выполняется</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing {file}… %p%</source>
        <translation>Импорт {file}… %p%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import of {file} cancelled</source>
        <translation>Импорт {file} отменён</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing imported from {file}; nothing stored</source>
        <translation>Из {file} ничего не импортировано; ничего не сохранено</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added to {dataset}: {imported} rows imported, {rejected} rejected (saved)</source>
        <translation>Добавлено в {dataset}: импортировано строк — {imported}, отклонено — {rejected} (сохранено)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added to {dataset}: {imported} rows imported, {rejected} rejected (NOT saved)</source>
        <translation>Добавлено в {dataset}: импортировано строк — {imported}, отклонено — {rejected} (НЕ сохранено)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>saved in {path}</source>
        <translation>сохранено в {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT saved</source>
        <translation>НЕ сохранено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dataset} replaced: {imported} rows imported, {rejected} rejected ({where})</source>
        <translation>{dataset} заменён: импортировано строк — {imported}, отклонено — {rejected} ({where})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{dataset} added: {imported} rows imported, {rejected} rejected ({where})</source>
        <translation>{dataset} добавлен: импортировано строк — {imported}, отклонено — {rejected} ({where})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add to the dataset on screen?</source>
        <translation>Добавить к набору данных на экране?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{new} has no flows and no indicator that {current} already has. Add it to {current}, so that its figures or activities appear next to the others (its source is noted in the provenance), or keep it as a dataset of its own?</source>
        <translation>В {new} нет потоков и нет показателя, который уже есть в {current}. Добавить его к {current}, чтобы его значения или мероприятия отображались рядом с остальными (его источник указывается в сведениях о происхождении), или сохранить как отдельный набор данных?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to {current}</source>
        <translation>Добавить к {current}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep as its own dataset</source>
        <translation>Сохранить как отдельный набор данных</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import failed</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/locking.py" line="+37"/>
        <source>its folder cannot be written ({error})</source>
        <translation>запись в его папку невозможна ({error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is marked read-only</source>
        <translation>файл помечен как доступный только для чтения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: {path} is in use by {holder}. Nothing here is saved to it; close it there and open it again (File &gt; Open workspace…), or keep new work with File &gt; Save workspace as….</source>
        <translation>Только для чтения: {path} используется: {holder}. Здесь ничего в него не сохраняется; закройте его там и откройте снова (Файл &gt; Открыть рабочее пространство…) или сохраните новую работу через Файл &gt; Сохранить рабочее пространство как….</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: {path} cannot be written ({holder}). Nothing here is saved to it; keep new work with File &gt; Save workspace as….</source>
        <translation>Только для чтения: {path} невозможно записать ({holder}). Здесь ничего в него не сохраняется; сохраните новую работу через Файл &gt; Сохранить рабочее пространство как….</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is in use by {holder}. Close it there first.</source>
        <translation>{path} используется: {holder}. Сначала закройте его там.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be written: {holder}.</source>
        <translation>{path} невозможно записать: {holder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>Workspace in use</source>
        <translation>Рабочее пространство используется</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The other program let go of {path}: this window saves to it now</source>
        <translation>Другая программа освободила {path}: теперь это окно сохраняет в него</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path} is in use by {holder}.

This window can show it but will not save to it, so that nothing the other program adds is lost.</source>
        <translation>{path} используется: {holder}.

Это окно может его показать, но не будет в него сохранять, чтобы ничего из добавленного другой программой не потерялось.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/menu.py" line="-13"/>
        <source>&amp;Import data…</source>
        <translation>&amp;Импорт данных…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a UNODC GLOTIP export (xlsx or csv)</source>
        <translation>Импортировать выгрузку UNODC GLOTIP (xlsx или csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Новое рабочее пространство…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save workspace &amp;as…</source>
        <translation>Сохранить рабочее пространство &amp;как…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Datasets</source>
        <translation>На&amp;боры данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to another dataset of this workspace</source>
        <translation>Переключиться на другой набор данных этого рабочего пространства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import repor&amp;t…</source>
        <translation>О&amp;тчёт об импорте…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remo&amp;ve dataset from workspace…</source>
        <translation>&amp;Удалить набор данных из рабочего пространства…</translation>
    </message>
    <message>
        <source>Import &amp;report…</source>
        <translation type="vanished">О&amp;тчёт об импорте…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Dataset &amp;provenance…</source>
        <translation>&amp;Происхождение данных…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name dataset…</source>
        <translation>Переи&amp;меновать набор данных…</translation>
    </message>
    <message>
        <source>&amp;Remove dataset from workspace…</source>
        <translation type="vanished">&amp;Удалить набор данных из рабочего пространства…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Trafficking Flows Explorer: {dataset} — {file}</source>
        <translation>Trafficking Flows Explorer: {dataset} — {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{dataset} (synthetic)</source>
        <translation>{dataset} (синтетические)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/renaming.py" line="+26"/>
        <source>Rename dataset</source>
        <translation>Переименовать набор данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of {dataset}:</source>
        <translation>Новое название для {dataset}:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A dataset needs a name of its own.</source>
        <translation>Набору данных нужно собственное название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another dataset is called {dataset}.</source>
        <translation>Другой набор данных уже называется {dataset}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not renamed</source>
        <translation>Не переименовано</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{old} renamed {new} (saved)</source>
        <translation>{old} переименован в {new} (сохранено)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{old} renamed {new} (NOT saved)</source>
        <translation>{old} переименован в {new} (НЕ сохранено)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/reports.py" line="+67"/>
        <source>Aliases applied: {labels} moved out of unknown origins</source>
        <translation>Псевдонимы применены: метки ({labels}) перенесены из неизвестных стран происхождения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aliases saved; they apply to later imports</source>
        <translation>Псевдонимы сохранены; они применяются к последующим импортам</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>(NOT saved)</source>
        <translation>(НЕ сохранено)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Rules for {count} groups of rows saved: they apply when you import the file again</source>
        <translation>Правила для групп строк ({count}) сохранены: они применяются при повторном импорте файла</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/session.py" line="-96"/>
        <source>The workspace could not be read: {error}. Use File &gt; Save workspace as… to keep new work.</source>
        <extracomment>Why saving is refused: the file at ``path`` could not be read. The file that could not be read: never written over, whatever the user picks. A reading child started while the user picks a file (see ``start_reader_ahead``). Save the view when the window closes (off for headless renders). The column-mapping question of a table import, while it is open. The running import&apos;s progress bar and Cancel button in the status bar. Asks Save as… / Discard / Cancel when a close would lose unsaved work (None: the dialog of :func:`damaged_workspace.ask_unsaved`; tests set it). The lock that makes this window the workspace&apos;s one writer (None: not held). Why this window may not write the workspace (another program holds it), or None. Whether that is another program holding it (the window may try again once it lets go). The file as this window last read or wrote it (see :mod:`disk_changes`), and the question asked when it changed meanwhile (None: a dialog; tests set it). A change a read-only window could not save (asked about before it closes).</extracomment>
        <translation>Не удалось прочитать рабочее пространство: {error}. Используйте Файл &gt; Сохранить рабочее пространство как…, чтобы сохранить новую работу.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Remove dataset</source>
        <translation>Удалить набор данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {dataset} from this workspace? Its figures, report and provenance are deleted from the workspace file; the source file is not touched.</source>
        <translation>Удалить {dataset} из этого рабочего пространства? Его значения, отчёт и сведения о происхождении будут удалены из файла рабочего пространства; исходный файл не затрагивается.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{dataset} removed from the workspace</source>
        <translation>{dataset} удалён из рабочего пространства</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/switching.py" line="+45"/>
        <source>Workspace saved as {path}</source>
        <translation>Рабочее пространство сохранено как {path}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Workspace not opened</source>
        <translation>Рабочее пространство не открыто</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened {path}</source>
        <translation>Открыто: {path}</translation>
    </message>
</context>
</TS>
