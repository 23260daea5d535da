<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../explorer/ui/map/view.py" line="+65"/>
        <location filename="../../explorer/ui/window/accessibility.py" line="+43"/>
        <source>World map</source>
        <translation>世界地图</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/accessibility.py" line="+1"/>
        <source>Map legend</source>
        <translation>地图图例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country details</source>
        <translation>国家详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows</source>
        <translation>流向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow settings</source>
        <translation>流向设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../explorer/ui/window/search_box.py" line="+103"/>
        <source>Find a country</source>
        <translation>查找国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country selected.</source>
        <translation>未选择国家。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (class {label})</source>
        <translation>（分级 {label}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected: {name}, {value}{klass}.</source>
        <translation>已选择：{name}，{value}{klass}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Legend: {labels} ({note}).</source>
        <translation>图例：{labels}（{note}）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; line widths for {widths}</source>
        <translation>；线宽表示 {widths}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; colours {colours}</source>
        <translation>；颜色 {colours}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No indicator shown.</source>
        <translation>未显示指标。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Which flows the map draws and how: indicator, number, minimum, region, focus, widths and colours</source>
        <translation>地图绘制哪些流向及如何绘制：指标、数量、最小值、区域、焦点、线宽和颜色</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the map shows</source>
        <translation>地图显示的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breakdown</source>
        <translation>细分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total, or a part such as sex or age</source>
        <translation>合计，或按性别、年龄等细分的部分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play years</source>
        <translation>逐年播放</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a country name or ISO code and press Enter to select it; then Tab to the map and use Up and Down to step through the ranking</source>
        <translation>输入国家名称或 ISO 代码并按 Enter 选择；然后按 Tab 切换到地图，用上、下方向键逐一浏览排名</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Playing through the years (Space pauses)</source>
        <translation>正在逐年播放（按空格键暂停）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused (Space plays through the years)</source>
        <translation>已暂停（按空格键逐年播放）</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../explorer/ui/panel/activities.py" line="+47"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Activity kind</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity theme</source>
        <translation>活动主题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity status</source>
        <translation>活动状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search activities</source>
        <translation>搜索活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To year</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assistance activities</source>
        <translation>援助活动</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No assistance activities recorded for this country.</source>
        <translation>该国没有记录的援助活动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 assistance activity: {parts}</source>
        <translation>1 项援助活动：{parts}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n assistance activities: {parts}</source>
        <translation>
            <numerusform>%n 项援助活动：{parts}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Themes: {themes}</source>
        <translation>主题：{themes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners: {partners}</source>
        <translation>合作伙伴：{partners}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference: {reference}</source>
        <translation>参考编号：{reference}</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../explorer/ui/window/settings.py" line="+145"/>
        <source>The saved settings come from a newer version of Trafficking Flows Explorer; this version starts with its defaults and leaves them unchanged.</source>
        <extracomment>The layout of the stored keys. Raise it (and convert in ``_migrate``) when a key changes meaning; a file with a higher number came from a newer app. The version passed to QMainWindow.saveState/restoreState (the dock layout format). Values kept in memory only, while the file belongs to a newer app version. A message for the user about the settings file, or &quot;&quot; (e.g. a newer version).</extracomment>
        <translation>保存的设置来自更新版本的 Trafficking Flows Explorer；本版本以默认设置启动，且不改动这些设置。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../explorer/ui/window/banner.py" line="+14"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics. Detected victims are not a measure of prevalence.</source>
        <translation>合成演示数据：并非官方统计数据。被查明的受害者人数不能衡量人口贩运的普遍程度。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data warning</source>
        <translation>数据警告</translation>
    </message>
</context>
<context>
    <name>Caveats</name>
    <message>
        <location filename="../../explorer/core/data/known_caveats.py" line="+20"/>
        <source>SYNTHETIC demonstration data: not official statistics.</source>
        <translation>合成演示数据：并非官方统计数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected victims are not a measure of prevalence.</source>
        <translation>被查明的受害者人数不能衡量人口贩运的普遍程度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures, flows and activities are invented; any resemblance to real values is chance.</source>
        <translation>数字、流向和活动均为虚构；与真实数值的任何相似纯属巧合。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detected victims are not a measure of prevalence: they reflect what national authorities detected and reported.</source>
        <translation>被查明的受害者人数不能衡量普遍程度：它反映的是各国当局查明并报告的情况。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;5 marks a suppressed count of 1 to 4.</source>
        <translation>&lt;5 表示隐去的小数值，即 1 至 4。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins are the victims&apos; citizenship as reported; free-text labels were resolved to countries, and unresolved labels are shown as unknown.</source>
        <translation>原籍地为所报告的受害者国籍；自由文本标签已解析为国家，未解析的标签显示为不明。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Origins and destinations were matched to countries by code or name; origins not understood are shown as unknown, rows whose destination was not a country were set aside (see the import report).</source>
        <translation>原籍地和目的地已按代码或名称与国家匹配；无法识别的原籍地显示为不明，目的地不是国家的行已被搁置（见导入报告）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;N marks a suppressed count of 1 to N-1.</source>
        <translation>&lt;N 表示隐去的小数值，即 1 至 N-1。</translation>
    </message>
</context>
<context>
    <name>ClassesNote</name>
    <message>
        <location filename="../../explorer/core/view/choropleth.py" line="+57"/>
        <source>Quantile classes over {span}</source>
        <extracomment>The classes note of each scheme (English in data exports, translated on display).</extracomment>
        <translation>基于{span}的分位数分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural-breaks classes over {span}</source>
        <translation>基于{span}的自然断点分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal-interval classes over {span}</source>
        <translation>基于{span}的等间距分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual-break classes over {span}</source>
        <translation>基于{span}的手动断点分级</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{first}-{last}</source>
        <translation>{first}-{last} 年</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories, in order, over {span}</source>
        <translation>按顺序排列的类别（{span}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change against the year before; fixed classes centred on no change</source>
        <translation>与上一年相比的变化；以无变化为中心的固定分级</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change against the first year; fixed classes centred on no change</source>
        <translation>与第一年相比的变化；以无变化为中心的固定分级</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{scheme} classes over {span}</source>
        <translation>基于{span}的{scheme}分级</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all years</source>
        <translation>所有年份</translation>
    </message>
</context>
<context>
    <name>CompareYears</name>
    <message>
        <location filename="../../explorer/ui/map/compare_years.py" line="+26"/>
        <location line="+59"/>
        <source>Compare two years</source>
        <translation>比较两个年份</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the change</source>
        <translation>显示变化</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Compare t&amp;wo years…</source>
        <translation>比较两个年份(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Compare two years…</source>
        <translation type="vanished">比较两个年份(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A map of how the shown indicator changed between two years</source>
        <translation>显示当前指标在两个年份之间变化情况的地图</translation>
    </message>
</context>
<context>
    <name>Consistency</name>
    <message>
        <location filename="../../explorer/core/indicators/consistency_words.py" line="+36"/>
        <source>a part above the total</source>
        <translation>某一部分大于总数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parts above the total</source>
        <translation>各部分之和大于总数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a &lt;5 total with parts above 4</source>
        <translation>总数为&lt;5但各部分之和超过4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{part} alone is {number}, above the total {total}.</source>
        <extracomment>A warning on a figure (&quot;⚠ In the file: …&quot;): one part of its breakdown (&quot;Female&quot;, &quot;Children (0-17)&quot;, &quot;Sexual exploitation&quot;) is larger than the total the file gives.</extracomment>
        <translation>仅“{part}”一项就有 {number}，超过合计 {total}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The origin &apos;{origin}&apos; alone is {number}, above the total {total}.</source>
        <translation>仅原籍地“{origin}”一项就有 {number}，超过合计 {total}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One part alone is {number}, above the total {total}.</source>
        <translation>仅一项就有 {number}，超过合计 {total}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Female + male add up to {number}, more than the total {total}.</source>
        <translation>女性 + 男性相加为 {number}，超过合计 {total}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children + adults add up to {number}, more than the total {total}.</source>
        <translation>儿童 + 成人相加为 {number}，超过合计 {total}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The forms of exploitation add up to {number}, more than the total {total}.</source>
        <translation>各剥削形式相加为 {number}，超过合计 {total}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The origins add up to {number}, more than the total {total}.</source>
        <translation>各原籍地相加为 {number}，超过合计 {total}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The total is {total}, but female + male add up to {number}.</source>
        <translation>合计为 {total}，但女性 + 男性相加为 {number}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but children + adults add up to {number}.</source>
        <translation>合计为 {total}，但儿童 + 成人相加为 {number}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but the forms of exploitation add up to {number}.</source>
        <translation>合计为 {total}，但各剥削形式相加为 {number}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but the origins add up to {number}.</source>
        <translation>合计为 {total}，但各原籍地相加为 {number}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sex</source>
        <extracomment>The breakdown a contradiction is in, as the import report&apos;s column names it.</extracomment>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms of exploitation</source>
        <translation>剥削形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins</source>
        <translation>原籍地</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../../explorer/ui/common/core_texts.py" line="+40"/>
        <source>The boundaries and names shown do not imply official endorsement or acceptance.</source>
        <extracomment>Every fixed core text the UI shows (the ``QT_TRANSLATE_NOOP`` calls are what lupdate reads).</extracomment>
        <translation>所示边界和名称并不意味着得到正式认可或接受。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics</source>
        <translation>合成演示数据：并非官方统计数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other sex</source>
        <translation>其他性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex unknown</source>
        <translation>性别不详</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children (0-17)</source>
        <translation>儿童（0-17 岁）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults (18+)</source>
        <translation>成人（18 岁及以上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age unknown</source>
        <translation>年龄不详</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Girls</source>
        <translation>女童</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys</source>
        <translation>男童</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>妇女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>男子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual exploitation</source>
        <translation>性剥削</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced labour</source>
        <translation>强迫劳动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other forms of exploitation</source>
        <translation>其他剥削形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deuteranopia (green-blind, the most common)</source>
        <translation>绿色盲（最常见）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protanopia (red-blind)</source>
        <translation>红色盲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tritanopia (blue-blind, rare)</source>
        <translation>蓝色盲（罕见）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greyscale (black-and-white print)</source>
        <translation>灰度（黑白打印）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slide 16:9, 1920 x 1080 px</source>
        <translation>幻灯片 16:9，1920 x 1080 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide 16:9 4K, 3840 x 2160 px</source>
        <translation>幻灯片 16:9 4K，3840 x 2160 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 portrait</source>
        <translation>A3 纵向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: the sum of the exact figures of the countries in the place that reported; a &lt;5 is never added as a number.</source>
        <translation>合计：该地域内已报告国家的确切数字之和；&lt;5 从不作为数字计入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change since the previous year: over the countries with an exact figure in both years only (a &lt;5 or a gap in either year leaves the country out).</source>
        <translation>与上一年相比的变化：仅计算两个年份均有确切数字的国家（任一年份为 &lt;5 或缺失的国家不计入）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trend: each year&apos;s change on its own constant set of countries, chained into an index (first year = 100); a rise in reporting is never read as a rise in trafficking.</source>
        <translation>趋势：每年的变化基于其各自的固定国家组计算，并连环合成指数（首年 = 100）；报告增加绝不被解读为人口贩运增加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shares (children, girls, boys, women, men, forms of exploitation): over the countries that reported every part of the breakdown exactly; the range adds the countries whose parts include a &lt;5.</source>
        <translation>占比（儿童、女童、男童、妇女、男子、剥削形式）：基于确切报告了细分中每一部分的国家计算；范围另加上其部分含 &lt;5 的国家。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where victims came from: relative to each country of detection; each share is a range, from every &lt;5 at 1 to every &lt;5 at 4.</source>
        <translation>受害者来自何处：相对于每个发现国计算；每个占比均为一个范围，从所有 &lt;5 取 1 到所有 &lt;5 取 4。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Levels (such as TIP tiers) are ordered ranks, not quantities: no total, sum, change, trend or share of them is computed.</source>
        <translation>级别（如 TIP 报告的等级）是有序的排名，而非数量：不计算其合计、总和、变化、趋势或占比。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A place counts how many of its countries stand at each level in the year shown, in the levels&apos; order; a country with no level that year is not counted.</source>
        <translation>地域按级别顺序统计所示年份中其各国分别处于每个级别的数量；当年没有级别的国家不计入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A level outside the order (such as Special case) is counted apart and never ranked; a country&apos;s chart by year marks it above the ranked levels.</source>
        <translation>顺序之外的级别（如 Special case）单独计数，从不参与排名；国家的历年图表将其标在有序级别的上方。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins</source>
        <translation>原籍地</translation>
    </message>
    <message>
        <location filename="../../explorer/render/page/legend.py" line="+61"/>
        <location filename="../../explorer/ui/common/core_texts.py" line="-77"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../explorer/ui/common/core_texts.py" line="+1"/>
        <source>Suppressed (&lt;{n})</source>
        <translation>已隐去（&lt;{n}）</translation>
    </message>
    <message>
        <location filename="../../explorer/core/demo/shown_name.py" line="+13"/>
        <source>Demo (synthetic)</source>
        <translation>演示（合成数据）</translation>
    </message>
</context>
<context>
    <name>CountryBrief</name>
    <message>
        <location filename="../../explorer/ui/export/brief_page.py" line="+39"/>
        <source>The boundaries and names shown do not imply official endorsement or acceptance.</source>
        <translation>所示边界和名称并不意味着得到正式认可或接受。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortened to fit one page (…): the app shows all of it.</source>
        <translation>已缩短（…）以容纳于一页；应用程序中可查看全部内容。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics</source>
        <translation>合成演示数据：并非官方统计数据</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Produced with Trafficking Flows Explorer on {date}.</source>
        <translation>由 Trafficking Flows Explorer 于 {date} 生成。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/country_brief.py" line="+48"/>
        <source>Country brief: {name}</source>
        <translation>国家简报：{name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{iso3} · {region} · {subregion} · country brief, {year}</source>
        <translation>{iso3} · {region} · {subregion} · 国家简报，{year}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key figures</source>
        <translation>关键数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{indicator} ({breakdown}) by year</source>
        <translation>{indicator}（{breakdown}）按年份</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who the detected victims were, {year}</source>
        <translation>被查明的受害者构成，{year}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flows</source>
        <translation>流向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top origins: {flows}</source>
        <translation>主要原籍地：{flows}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected in: {flows}</source>
        <translation>发现地：{flows}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no flows recorded</source>
        <translation>没有记录的流向</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Assistance activities ({count})</source>
        <translation>援助活动（{count}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>… and {count} more.</source>
        <translation>……另有 {count} 项。</translation>
    </message>
</context>
<context>
    <name>CountryProfile</name>
    <message numerus="yes">
        <location filename="../../explorer/core/indicators/country_profile.py" line="+30"/>
        <source> (sum of %n rows)</source>
        <translation>
            <numerusform>（%n 行之和）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (sum of %n rows of the file)</source>
        <translation>
            <numerusform>（文件中 %n 行之和）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No detected-victim figures for {name} in this dataset</source>
        <translation>此数据集中没有 {name} 的被查明受害者数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No smuggled-migrant figures for {name} in this dataset</source>
        <translation>此数据集中没有 {name} 的被偷运移民数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No persons-convicted figures for {name} in this dataset</source>
        <translation>此数据集中没有 {name} 的被定罪者数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No &quot;{indicator}&quot; figures for {name} in this dataset</source>
        <translation>此数据集中没有 {name} 的“{indicator}”数字</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../explorer/ui/panel/detail.py" line="+78"/>
        <location line="+132"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Click a country on the map, or find one with Ctrl+F.</source>
        <extracomment>The interface language: region names and numbers are written in it.</extracomment>
        <translation>在地图上点击一个国家，或用 Ctrl+F 查找。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Year</source>
        <extracomment>Another edition of the data gives this figure differently (View &gt; Compare editions).</extracomment>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures over time</source>
        <translation>历年数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assistance activities</source>
        <translation>援助活动</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Place</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No country selected</source>
        <translation>未选择国家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No country selected: click one on the map, or find one with Ctrl+F.</source>
        <translation>未选择国家：在地图上点击一个国家，或用 Ctrl+F 查找。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place_links.py" line="+73"/>
        <source>Subregion: {name} →</source>
        <translation>次区域：{name} →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: {name} →</source>
        <translation>区域：{name} →</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/detail.py" line="+49"/>
        <source>{indicator} ({breakdown}) by year</source>
        <translation>{indicator}（{breakdown}）按年份</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who the detected victims were, {year}</source>
        <translation>被查明的受害者构成，{year}</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <location filename="../../explorer/ui/editions/menu.py" line="+18"/>
        <source>Compare &amp;editions…</source>
        <translation>比较版次(&amp;E)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the newer edition of the data on screen revised</source>
        <translation>当前数据的较新版次修订了哪些内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import another edition of the same publication (e.g. a newer GLOTIP export) to compare them</source>
        <translation>导入同一出版物的另一版次（例如较新的 GLOTIP 导出文件）以进行比较</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/revision_map.py" line="+42"/>
        <source>raised</source>
        <translation>上调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowered</source>
        <translation>下调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made exact within the old range</source>
        <translation>在原区间内改为确切值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to a later level</source>
        <translation>移至靠后的级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to an earlier level</source>
        <translation>移至靠前的级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved into a level outside the order</source>
        <translation>移入顺序之外的级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved out of a level outside the order</source>
        <translation>移出顺序之外的级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new in the newer edition</source>
        <translation>较新版次中新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../explorer/ui/editions/window.py" line="+103"/>
        <source>Revision map</source>
        <translation>修订地图</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{words} ({count})</source>
        <translation>{words}（{count}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no figure in either edition</source>
        <translation>两个版次均无数字</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/revision_table.py" line="+32"/>
        <source>Country</source>
        <extracomment>(column of the frame, header) in the table&apos;s order.</extracomment>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown</source>
        <translation>细分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All revised</source>
        <extracomment>Kinds the filter offers; &quot;&quot; shows every revised figure (unchanged ones left out).</extracomment>
        <translation>所有修订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{kind} ({direction})</source>
        <translation>{kind}（{direction}）</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Filter: country, …</source>
        <translation>筛选：国家、…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the revised figures</source>
        <translation>筛选修订的数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of revision</source>
        <translation>修订类型</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../explorer/ui/editions/window.py" line="+5"/>
        <source>Revised figures</source>
        <translation>修订的数字</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/window.py" line="-54"/>
        <source>no figures</source>
        <translation>无数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} (N={n} of {m})</source>
        <translation>{total}（N={n}/{m}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not computable</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pct} (N={n})</source>
        <translation>{pct}（N={n}）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Compare editions</source>
        <translation>比较版次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export table…</source>
        <translation>导出表格(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+121"/>
        <source>Place</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>The World and regions in each edition</source>
        <translation>各版次中的世界和区域</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>World and regions</source>
        <translation>世界和区域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current edition:</source>
        <translation>当前版次：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compared with:</source>
        <translation>比较对象：</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The workspace holds one edition only.</source>
        <translation>工作区只有一个版次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{new} against the {old}: {changed} figures changed, {added} new, {withdrawn} withdrawn, {same} unchanged. The map shows {indicator}, {breakdown}, {year}.</source>
        <translation>{new} 与 {old} 相比：{changed} 个数字有变化，{added} 个新增，{withdrawn} 个撤回，{same} 个未变。地图显示 {indicator}，{breakdown}，{year}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{old} → {new} ({kind})</source>
        <translation>{old} → {new}（{kind}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Total, {edition}</source>
        <translation>合计，{edition}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Change, {edition}</source>
        <translation>变化，{edition}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{year}. Total: the sum of the exact figures of the N countries that reported one, of M in the place. Change since {previous}: over the N countries with an exact figure in both years, in that edition.</source>
        <translation>{year}。合计：该地域 M 个国家中报告了确切数字的 N 个国家的数字之和。与 {previous} 相比的变化：基于该版次中两个年份均有确切数字的 N 个国家计算。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+9"/>
        <source>Export revised figures</source>
        <translation>导出修订的数字</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../../explorer/ui/window/error_handler.py" line="+170"/>
        <source>Error &amp;log…</source>
        <extracomment>The package logger: the error log also gets the app&apos;s own warnings.</extracomment>
        <translation>错误日志(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where unexpected errors are written, to send with a report</source>
        <translation>意外错误的记录位置，可随问题报告一并发送</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{error} happened again ({count} times); see Help &gt; Error log</source>
        <translation>{error} 再次发生（{count} 次）；参见“帮助 &gt; 错误日志”</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/error_texts.py" line="+28"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: {error}</source>
        <translation>出现问题：{error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app keeps running, but what you just did may not have finished.</source>
        <translation>程序仍在运行，但您刚才的操作可能未完成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are in the log file:</source>
        <translation>详细信息见日志文件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No log file could be written: copy the details below instead.</source>
        <translation>无法写入日志文件：请改为复制下面的详细信息。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This error happened {count} times.</source>
        <translation>此错误已发生 {count} 次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} other error(s) happened since; they are in the log too.</source>
        <translation>此后又发生了 {count} 个其他错误；它们也已记入日志。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Error log</source>
        <translation>错误日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected errors are written, with their details, to:</source>
        <translation>意外错误及其详细信息写入：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors this session: {count}. Send the file with a problem report.</source>
        <translation>本次会话的错误：{count}。请将该文件随问题报告一并发送。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/ui/export/formats.py" line="+28"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 矢量图像 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive HTML map, works offline (*.html)</source>
        <translation>交互式 HTML 地图，可离线使用 (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage for QGIS (*.gpkg)</source>
        <translation>用于 QGIS 的 GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image</source>
        <translation>SVG 矢量图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive HTML map (offline)</source>
        <translation>交互式 HTML 地图（离线）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: CSV</source>
        <translation>数据：CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: Excel (XLSX)</source>
        <translation>数据：Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: GeoPackage (QGIS)</source>
        <translation>数据：GeoPackage (QGIS)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not used by the interactive HTML map: it fills the browser window and opens on the whole world with its legends. Used by PNG, SVG and PDF images.</source>
        <translation>交互式 HTML 地图不使用此设置：它充满浏览器窗口，打开时显示整个世界及其图例。此设置用于 PNG、SVG 和 PDF 图像。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not used by data files (CSV, Excel, GeoPackage): they hold the figures, not a picture. Used by PNG, SVG and PDF images.</source>
        <translation>数据文件（CSV、Excel、GeoPackage）不使用此设置：它们包含的是数字，而不是图像。此设置用于 PNG、SVG 和 PDF 图像。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/dialog.py" line="+51"/>
        <location line="+217"/>
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Legends (classes, no data, suppressed, flow widths)</source>
        <translation>图例（分级、无数据、隐去的数值、流向线宽）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole world</source>
        <translation>整个世界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current view</source>
        <translation>当前视图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle:</source>
        <translation>副标题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source line:</source>
        <translation>来源说明：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caveat:</source>
        <translation>注意事项：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclaimer:</source>
        <translation>免责声明：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date line:</source>
        <translation>日期行：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extent:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synthetic data: the export carries the SYNTHETIC band.</source>
        <translation>合成数据：导出文件带有“合成数据”警示条。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export preview</source>
        <translation>导出预览</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the map image to the clipboard, to paste into slides</source>
        <translation>将地图图像复制到剪贴板，以粘贴到幻灯片中</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{width} x {height} px</source>
        <translation>{width} x {height} px</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{width} x {height} mm ({pixels} at {dpi} dpi)</source>
        <translation>{width} x {height} mm（{pixels}，{dpi} dpi）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{format}, {size}.</source>
        <translation>{format}，{size}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An interactive map in one HTML file that opens with no network.</source>
        <translation>单个 HTML 文件中的交互式地图，无需网络即可打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{format}: the values, classes and flows shown, with the source.</source>
        <translation>{format}：所显示的数值、分级和流向，附来源。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written: {error}</source>
        <translation>未写入任何内容：{error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Map image copied to the clipboard</source>
        <translation>地图图像已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/page_size.py" line="+21"/>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Width</source>
        <extracomment>a PNG of a paper page gets print resolution</extracomment>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of width and height</source>
        <translation>宽度和高度的单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (dots per inch)</source>
        <translation>分辨率（每英寸点数）</translation>
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
        <translation>分辨率</translation>
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
        <translation>无数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {figure} figure</source>
        <translation>数字为 {figure}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an inexact figure</source>
        <translation>非确切数字</translation>
    </message>
    <message>
        <location filename="../../explorer/core/data/values.py" line="+28"/>
        <source>at least {number}</source>
        <extracomment>Flag of a derived value known only as a range (a rate from a suppressed count). Flag of a sum that includes ``&lt;5`` cells: ``value`` is then a lower bound.</extracomment>
        <translation>至少 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>FirstFrame</name>
    <message>
        <location filename="../../explorer/ui/window/first_frame.py" line="+81"/>
        <source>Opening the workspace…</source>
        <extracomment>The stored settings that change how the map looks: every ``view/`` one. (The window&apos;s size and docks are the frame&apos;s own: it is kept after the window closed and stored them.)</extracomment>
        <translation>正在打开工作区…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../explorer/ui/window/first_run.py" line="+47"/>
        <source>About the demo data</source>
        <translation>关于演示数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is synthetic demonstration data</source>
        <translation>这是合成演示数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures and flows on this map are invented by the program to show how it works. They are not official statistics and must not be quoted.</source>
        <translation>此地图上的数字和流向是程序为演示其功能而虚构的。它们并非官方统计数据，不得引用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To see real data, choose File &gt; Import data… or drag a file onto the window: a UNODC GLOTIP export (xlsx or csv), a CTDC data file, a country-indicator sheet or an activity list. Imports are kept in your workspace, with their source and caveats.</source>
        <translation>要查看真实数据，请选择“文件 &gt; 导入数据…”或将文件拖到窗口中：UNODC GLOTIP 导出文件（xlsx 或 csv）、CTDC 数据文件、国家指标表或活动清单。导入的数据连同其来源和注意事项保存在您的工作区中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing needs a workspace (started without --demo-only)</source>
        <translation>导入需要工作区（启动时不带 --demo-only）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Got it</source>
        <translation>知道了(&amp;G)</translation>
    </message>
</context>
<context>
    <name>FlowControls</name>
    <message>
        <location filename="../../explorer/ui/map/flow_controls.py" line="+28"/>
        <source>Follow the map&apos;s indicator</source>
        <translation>跟随地图的指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All flows</source>
        <translation>所有流向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into the selected country</source>
        <translation>流入所选国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of the selected country</source>
        <translation>流出所选国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into and out of the selected country</source>
        <translation>流入和流出所选国家</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Square root of volume</source>
        <translation>按数量的平方根</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear in volume</source>
        <translation>按数量线性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subregions</source>
        <translation>次区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By origin region</source>
        <translation>按原籍区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single colour</source>
        <translation>单一颜色</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Flows</source>
        <translation>流向</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Show flows</source>
        <extracomment>The language indicators are named in (the data keep English).</extracomment>
        <translation>显示流向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flow indicator</source>
        <translation>流向指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows between</source>
        <translation>流向层级</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sum the country flows into flows between UN subregions or regions (flows inside one place are drawn as a ring)</source>
        <translation>将国家间流向汇总为联合国次区域或区域之间的流向（同一地域内部的流向绘制为圆环）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of largest flows</source>
        <translation>最大流向的数目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum volume</source>
        <translation>最小数量</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Focus</source>
        <translation>焦点</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Width</source>
        <translation>线宽</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Same widths for every year</source>
        <translation>各年份使用相同线宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock width scale</source>
        <translation>锁定线宽比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Show &lt;5 flows as dashed lines</source>
        <translation>以虚线显示 &lt;5 的流向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show suppressed flows</source>
        <translation>显示隐去数值的流向</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Circles for incoming and outgoing totals</source>
        <translation>用圆圈表示流入和流出合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location totals</source>
        <translation>各地合计</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>最大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least</source>
        <translation>至少</translation>
    </message>
</context>
<context>
    <name>FlowLegend</name>
    <message>
        <location filename="../../explorer/render/flows/legend.py" line="+44"/>
        <source>Total detected in the country</source>
        <extracomment>The ring&apos;s words (&quot;&quot; = own nationals; flows between places: within the place).</extracomment>
        <translation>在该国发现的合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total from the country (dashed)</source>
        <translation>来自该国的合计（虚线）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own nationals (domestic)</source>
        <translation>本国国民（国内）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppressed (&lt;5)</source>
        <translation>已隐去（&lt;5）</translation>
    </message>
</context>
<context>
    <name>FlowPair</name>
    <message>
        <location filename="../../explorer/ui/panel/flow_pair.py" line="+45"/>
        <source>Year</source>
        <extracomment>The flows on the map (summed between places when the layer joins places) and the names of their ends: a clicked subregion flow has its series here too.</extracomment>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected flow by year</source>
        <translation>所选流向按年份</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Selected flow: {origin} → {destination} ({what})</source>
        <translation>所选流向：{origin} → {destination}（{what}）</translation>
    </message>
</context>
<context>
    <name>FlowTable</name>
    <message>
        <location filename="../../explorer/core/indicators/country_flow_table.py" line="+89"/>
        <source>No shares: no row has an exact figure</source>
        <translation>无占比：没有任何行有确切数字</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Shares are of the {sum} {people} counted exactly; %n rows without an exact figure (&lt;5) left out</source>
        <translation>
            <numerusform>占比基于确切计数的 {sum} {people}；%n 行无确切数字（&lt;5），未计入</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <location filename="../../explorer/core/flows/labels.py" line="+24"/>
        <source>Own nationals (domestic)</source>
        <translation>本国国民（国内）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown origin</source>
        <translation>原籍地不明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place} (former country, not on today&apos;s map)</source>
        <translation>{place}（已不存在的国家，不在当今地图上）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{region} (region, country not specified)</source>
        <translation>{region}（区域，未具体说明国家）</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>{amount} identified victims</source>
        <translation>
            <numerusform>{amount} 名被识别的受害者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} detected victims</source>
        <translation>
            <numerusform>{amount} 名被查明的受害者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} smuggled migrants detected</source>
        <translation>
            <numerusform>{amount} 名被查明的被偷运移民</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} persons convicted</source>
        <translation>
            <numerusform>{amount} 名被定罪者</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} ({indicator})</source>
        <translation>{amount}（{indicator}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>identified victims</source>
        <translation>被识别的受害者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected victims</source>
        <translation>被查明的受害者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smuggled migrants detected</source>
        <translation>被查明的被偷运移民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persons convicted</source>
        <translation>被定罪者</translation>
    </message>
    <message>
        <location filename="../../explorer/core/flows/selection.py" line="+106"/>
        <source>{amount} of unknown origin</source>
        <translation>{amount} 原籍地不明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} own nationals (domestic)</source>
        <translation>{amount} 本国国民（国内）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} from {place}</source>
        <translation>{amount} 来自{place}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{amount} from {place} (not on the map)</source>
        <translation>{amount} 来自{place}（不在地图上）</translation>
    </message>
</context>
<context>
    <name>FlowsOverlay</name>
    <message>
        <location filename="../../explorer/render/flows/drawn.py" line="+31"/>
        <source>subregions</source>
        <extracomment>``translate(context, text)``: the app&apos;s translations, installed by the ui at start.</extracomment>
        <translation>次区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Width: square-root scale, {scale}</source>
        <translation>线宽：平方根比例，{scale}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width: linear scale, {scale}</source>
        <translation>线宽：线性比例，{scale}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>From {region}</source>
        <translation>来自{region}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>locked across years</source>
        <translation>各年份锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows: {what}, {year}</source>
        <translation>流向：{what}，{year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows between {level}: {what}, {year}</source>
        <translation>{level}之间的流向：{what}，{year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within the place (own nationals included)</source>
        <translation>地域内部（含本国国民）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map/flows_overlay.py" line="+167"/>
        <source>{origin} → {destination}, {year}: {what}</source>
        <translation>{origin} → {destination}，{year}：{what}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Country pairs behind it ({n}):</source>
        <translation>其背后的国家对（{n}）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and {n} more</source>
        <translation>……另有 {n} 个</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../explorer/ui/window/about_dialog.py" line="+111"/>
        <source>not stated</source>
        <extracomment>Licences of the dependencies, for packages whose metadata does not name one clearly. Packages the app needs beyond its declared dependencies (PySide6&apos;s runtime). Free-text licence names and their SPDX identifiers. Licence texts too vague to print when the table above knows better.</extracomment>
        <translation>未说明</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Font licence text (SIL Open Font License 1.1): {path}</source>
        <translation>字体许可文本（SIL Open Font License 1.1）：{path}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Country shapes: Natural Earth admin-0 countries, 1:50m (Natural Earth 4.1.0), as packaged in world-atlas 2.0.2. Natural Earth data: public domain. world-atlas packaging: ISC licence, (c) Michael Bostock. Boundaries are Natural Earth&apos;s de facto lines, not an official position.</source>
        <translation>国家形状：Natural Earth admin-0 国家，1:50m（Natural Earth 4.1.0），由 world-atlas 2.0.2 打包。Natural Earth 数据：公有领域。world-atlas 打包：ISC 许可证，(c) Michael Bostock。边界为 Natural Earth 的事实界线，不代表官方立场。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo data: synthetic, generated by this program to show how it works. Not official statistics.</source>
        <translation>演示数据：合成数据，由本程序生成以演示其功能。并非官方统计数据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported data stay under their publishers&apos; terms (UNODC GLOTIP, CTDC and others); each dataset&apos;s source, edition, licence and caveats are in File &gt; Dataset provenance…</source>
        <translation>导入的数据仍受其发布者条款约束（UNODC GLOTIP、CTDC 等）；每个数据集的来源、版次、许可证和注意事项见“文件 &gt; 数据集出处…”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leaflet {version} (inlined in the interactive HTML export): BSD-2-Clause, (c) Vladimir Agafonkin, (c) CloudMade.</source>
        <translation>Leaflet {version}（内嵌于交互式 HTML 导出文件）：BSD-2-Clause，(c) Vladimir Agafonkin，(c) CloudMade。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An offline map of human-trafficking and migrant-smuggling data. It makes no network request.</source>
        <translation>人口贩运和偷运移民数据的离线地图。它不发出任何网络请求。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+89"/>
        <source>Data sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Libraries (package, version, licence)</source>
        <translation>库（软件包、版本、许可证）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compiled libraries inside them</source>
        <translation>其中包含的已编译库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fonts (font, version, licence)</source>
        <translation>字体（字体、版本、许可）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About Trafficking Flows Explorer</source>
        <translation>关于 Trafficking Flows Explorer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Libraries</source>
        <translation>库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compiled libraries</source>
        <translation>已编译库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy all as text</source>
        <translation>全部复制为文本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/how_to_read.py" line="+30"/>
        <source>Detected victims are not prevalence</source>
        <translation>被查明的受害者人数不等于普遍程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures count victims that the authorities of a country detected and reported: people identified by police, prosecutors, courts, social services or organisations. They do not estimate how many people are trafficked. A high figure can mean that a country looks hard and records well; a low figure, or none, does not mean that trafficking is rare.</source>
        <translation>这些数字统计的是一国当局发现并报告的受害者：由警察、检察官、法院、社会服务机构或其他组织查明的人。它们并不估计有多少人被贩运。数字高可能意味着一国努力查找并记录完善；数字低或没有数字，并不意味着人口贩运罕见。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Countries detect differently</source>
        <translation>各国的查明方式不同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laws, definitions, institutions and ways of counting differ between countries and change over time. Compare countries with care; a trend within one country is usually safer than a ranking of countries.</source>
        <translation>各国的法律、定义、机构和统计方式各不相同，并随时间变化。比较国家时务必谨慎；一国内部的趋势通常比国家排名更可靠。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suppressed small counts</source>
        <translation>隐去的小数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishers hide small numbers to protect the people behind them: &quot;&lt;5&quot; (UNODC GLOTIP) means between 1 and 4, &quot;&lt;10&quot; (CTDC) between 1 and 9. The map shows such figures as a range with their own legend swatch, never as a number and never as zero; totals that include them read &quot;at least&quot;. Grey countries have no figure for that year.</source>
        <translation>发布者隐去较小的数字以保护其背后的人：“&lt;5”（UNODC GLOTIP）表示 1 至 4，“&lt;10”（CTDC）表示 1 至 9。地图将此类数字显示为一个范围，并使用单独的图例色块，绝不显示为一个数字，也绝不显示为零；包含它们的合计显示为“至少”。灰色国家在该年份没有数字。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flows are minimum figures</source>
        <translation>流向是最低数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An arrow from A to B counts the victims detected in B whose citizenship was recorded as A. Victims whose citizenship was not recorded, or recorded only as a region or as unknown, have no arrow: they are listed in the country&apos;s tooltip and panel. So each arrow is at least the number shown, and a country&apos;s arrows do not add up to all its victims. Citizenship is not always where a person was recruited.</source>
        <translation>从 A 指向 B 的箭头统计的是在 B 被查明、国籍记录为 A 的受害者。国籍未记录、或仅记录为某个区域或不详的受害者没有箭头：他们列在该国的工具提示和面板中。因此每个箭头至少是所示数字，一国的箭头加起来并不等于其全部受害者。国籍并不总是一个人被招募的地方。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case data (CTDC)</source>
        <translation>案例数据（CTDC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTDC data describe identified cases recorded by the contributing organisations: a sample of identified victims, not a count for a whole country.</source>
        <translation>CTDC 数据描述的是各贡献组织记录的已查明案例：这是已查明受害者的样本，而不是一个国家的总数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rates per 100,000</source>
        <translation>每 10 万人比率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates divide a count by the population loaded in the workspace for the same country and year (or the nearest year, said in the caveat). A rate built on a suppressed count is a range. Demo data get no rates.</source>
        <translation>比率是将计数除以工作区中载入的同一国家、同一年份（或最接近的年份，在注意事项中说明）的人口。基于隐去数值计算的比率是一个范围。演示数据不计算比率。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The World, regions and groups</source>
        <translation>世界、区域和国家组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With no country selected, the panel shows a place: the World, a UN region or subregion, or a group of your own (the place picker, View &gt; Zoom to region, or the links in a country&apos;s panel). Every figure says how many countries it covers (N), because countries report different years:</source>
        <translation>未选择国家时，面板显示一个地域：世界、联合国区域或次区域，或您自己的国家组（通过地域选择框、“视图 &gt; 缩放到区域”或国家面板中的链接）。每个数字都注明其涵盖的国家数（N），因为各国报告的年份不同：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flows between places</source>
        <translation>地域之间的流向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows &gt; Between: subregions or regions sums the country flows into flows between places, drawn between points on land inside each place; flows inside one place (own nationals included) are its ring. The tooltip lists the country pairs behind each. A sum with a &lt;5 part reads &quot;at least&quot;.</source>
        <translation>“流向 &gt; 层级”选择次区域或区域时，将国家间流向汇总为地域之间的流向，绘制在各地域内的陆地点之间；同一地域内部的流向（含本国国民）显示为其圆环。工具提示列出每条流向背后的国家对。含有 &lt;5 部分的合计显示为“至少”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sources and caveats</source>
        <translation>来源和注意事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every dataset keeps its provenance: publisher, edition, file, checksum and the publisher&apos;s caveats (File &gt; Dataset provenance…). Exports carry the source line.</source>
        <translation>每个数据集都保留其出处：发布者、版次、文件、校验和以及发布者的注意事项（“文件 &gt; 数据集出处…”）。导出文件附有来源说明。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to read this map</source>
        <translation>如何解读此地图</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The dataset on screen: {name}</source>
        <translation>当前显示的数据集：{name}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/help_dialogs.py" line="+44"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mouse: the wheel zooms, dragging pans, a click selects a country or a flow.</source>
        <translation>鼠标：滚轮缩放，拖动平移，单击选择国家或流向。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How to &amp;read this map</source>
        <translation>如何解读此地图(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Trafficking Flows Explorer</source>
        <translation>关于 Trafficking Flows Explorer(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HtmlPage</name>
    <message>
        <location filename="../../explorer/web/html_layers.py" line="+108"/>
        <source>Class</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../explorer/web/html_legend.py" line="+26"/>
        <source>Line width by number of {people}; arrowheads point to the destination.</source>
        <translation>线宽表示{people}人数；箭头指向目的地。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faded flows are outside the current focus.</source>
        <translation>淡化的流动不在当前焦点范围内。</translation>
    </message>
    <message>
        <location filename="../../explorer/web/html_page.py" line="+62"/>
        <source>Interactive map drawn with Leaflet {version}.</source>
        <translation>交互式地图由 Leaflet {version} 绘制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="+154"/>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country name</source>
        <translation>国家名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin</source>
        <translation>原籍地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin name (checks the code)</source>
        <translation>原籍地名称（核对代码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination name (checks the code)</source>
        <translation>目的地名称（核对代码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator names</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values of a year</source>
        <translation>某一年的数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flow indicator</source>
        <translation>流向指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no flow</source>
        <translation>无流向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a year column of a wide table</source>
        <translation>不是宽表的年份列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a year column of a wide table, but the table has one row per year</source>
        <translation>宽表的年份列，但该表每年一行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notes, codes and flags are not figures</source>
        <translation>注释、代码和标记不是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text, not numbers</source>
        <translation>文本，不是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers, but not chosen as a value column</source>
        <translation>数字，但未被选为数值列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers, but no value column was chosen</source>
        <translation>数字，但未选择数值列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: nothing imported</source>
        <translation>{indicator}：未导入任何内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{indicator}: levels (categorical)</source>
        <extracomment>An indicator and what the app does with its figures, by kind.</extracomment>
        <translation>{indicator}：等级（分类）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: a rate (never summed)</source>
        <translation>{indicator}：比率（从不求和）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: a count (summed in regional totals)</source>
        <translation>{indicator}：计数（计入区域合计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: not a count (never summed)</source>
        <translation>{indicator}：不是计数（从不求和）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} indicators ({listed})</source>
        <extracomment>A value column holding several indicators: how many, then the first ones and their kinds.</extracomment>
        <translation>指标：{count} 个（{listed}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} indicators ({listed} and {more} more)</source>
        <translation>指标：{count} 个（{listed} 及另外 {more} 个）</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../explorer/ui/workspace/import_job.py" line="+64"/>
        <source>{file}: could not be imported ({error})</source>
        <translation>{file}：无法导入（{error}）</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../explorer/core/names/agency_codes.py" line="+24"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified nationality</source>
        <translation>未具体说明的国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>stateless</source>
        <translation>无国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refugee (1951 Convention)</source>
        <translation>难民（1951 年公约）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refugee (other)</source>
        <translation>难民（其他）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tibetan</source>
        <translation>藏族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>various</source>
        <translation>多种</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a code that is not a country</source>
        <extracomment>What a code shaped like a country&apos;s but of no country stands for.</extracomment>
        <translation>不是国家的代码</translation>
    </message>
    <message>
        <location filename="../../explorer/core/names/historical.py" line="+29"/>
        <source>{code} {country} (a country until {year})</source>
        <extracomment>Why a table row naming a former country is not a row of a country: &quot;is ...&quot; follows. A former country in the import report&apos;s words (said in the interface language there).</extracomment>
        <translation>{code} {country}（{year} 年前为国家）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a former country, kept apart as {place} (not merged into {successors})</source>
        <translation>已不存在的国家，单独保留为{place}（未并入{successors}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any of the {count} countries of today on its territory</source>
        <extracomment>The successors of a former country of more than three countries of today.</extracomment>
        <translation>其领土上现今 {count} 个国家中的任何一个</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/report_words.py" line="+108"/>
        <source>row {list}</source>
        <translation>第 {list} 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {list}</source>
        <translation>第 {list} 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows {list}, ... ({count} rows)</source>
        <extracomment>The first rows of a long list, then how many in all.</extracomment>
        <translation>第 {list} 行……（共 {count} 行）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a country code: {cell}</source>
        <translation>不是国家代码：{cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no indicator</source>
        <translation>无指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blank value</source>
        <translation>空值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a number: {cell}</source>
        <translation>数值不是数字：{cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year is not a whole number: {cell}</source>
        <translation>年份不是整数：{cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implausible: questionnaire code {category} with value {value}</source>
        <translation>不合理：问卷代码 {category}，数值为 {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>implausible: count {value} is 1,000,000 or more</source>
        <translation>不合理：计数 {value} 达到或超过 1,000,000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a total row in {dimension} (labelled {category}), not a flow (it would count victims twice)</source>
        <translation>{dimension} 中的合计行（标签为 {category}），不是流向（否则会重复计算受害者）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a row without a label in {dimension}: it is larger than the country&apos;s total ({total}), so not a part of it; not a flow (it would count victims twice)</source>
        <translation>{dimension} 中无标签的行：大于该国合计（{total}），因此不是其组成部分；不是流向（否则会重复计算受害者）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row without a label in {dimension}: its value equals the country&apos;s total ({total}); not a flow (it would count victims twice)</source>
        <translation>{dimension} 中无标签的行：其数值等于该国合计（{total}）；不是流向（否则会重复计算受害者）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row without a label in {dimension}: its value equals the sum of the labelled rows ({total}); not a flow (it would count victims twice)</source>
        <translation>{dimension} 中无标签的行：其数值等于有标签各行之和（{total}）；不是流向（否则会重复计算受害者）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>your choice in the import report</source>
        <translation>您在导入报告中的选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same value in every row</source>
        <translation>每行数值相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no total to check a sum against: the largest kept</source>
        <translation>没有可用于核对总和的合计：保留最大值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with the other parts they add up to {sum}, within the total {total}</source>
        <translation>与其他部分合计为 {sum}，未超过合计 {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>summed with the other parts they would be {sum}, more than the total {total}: the largest kept</source>
        <translation>与其他部分相加将为 {sum}，超过合计 {total}：保留最大值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{low} to {high}</source>
        <extracomment>The figure of parts summed with a &lt;5 among them: a range (&quot;7 to 10&quot;, &quot;7 to ?&quot;).</extracomment>
        <translation>{low} 至 {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of {count} rows sharing one breakdown ({values}): summed as parts of one figure, {kept}</source>
        <extracomment>What became of one row of a group (&quot;Show source rows&quot;); &quot;{values}&quot; lists the group&apos;s.</extracomment>
        <translation>同一细分的 {count} 行之一（{values}）：作为同一数字的各部分求和，{kept}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of {count} rows sharing one breakdown ({values}): taken as repeats of one figure, {kept} kept</source>
        <translation>同一细分的 {count} 行之一（{values}）：视为同一数字的重复，保留 {kept}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of {count} rows sharing one breakdown ({values}): summed as parts of one figure, {kept} ({why})</source>
        <extracomment>As above, then why the rule was chosen.</extracomment>
        <translation>同一细分的 {count} 行之一（{values}）：作为同一数字的各部分求和，{kept}（{why}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one of {count} rows sharing one breakdown ({values}): taken as repeats of one figure, {kept} kept ({why})</source>
        <translation>同一细分的 {count} 行之一（{values}）：视为同一数字的重复，保留 {kept}（{why}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no country of exploitation</source>
        <translation>无剥削国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country of exploitation is not a country code: {cell}</source>
        <translation>剥削国不是国家代码：{cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no year of registration</source>
        <translation>无登记年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year of registration is not a year: {cell}</source>
        <translation>登记年份不是年份：{cell}</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="-174"/>
        <source>no country</source>
        <translation>无国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no destination</source>
        <translation>无目的地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a regional aggregate, not a country: {shown}</source>
        <translation>区域汇总，不是国家：{shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is a regional aggregate, not a country: {shown}</source>
        <translation>目的地是区域汇总，不是国家：{shown}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a former country, not on today&apos;s map: {former}</source>
        <extracomment>&quot;{former}&quot; is &quot;SCG Serbia and Montenegro (a country until 2006)&quot;.</extracomment>
        <translation>已不存在的国家，不在当今地图上：{former}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is a former country, not on today&apos;s map: {former}</source>
        <translation>目的地是已不存在的国家，不在当今地图上：{former}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a country: {shown}</source>
        <translation>不是国家：{shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is not a country: {shown}</source>
        <translation>目的地不是国家：{shown}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>country not understood: {shown}</source>
        <translation>无法识别的国家：{shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination not understood: {shown}</source>
        <translation>无法识别的目的地：{shown}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>destination is not a country: {code} ({meaning})</source>
        <extracomment>A label and what it stands for: an agency&apos;s code (&quot;XXA&quot;) and its meaning (&quot;stateless&quot;), or a label and the region or class it resolved to.</extracomment>
        <translation>目的地不是国家：{code}（{meaning}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination is not a country: {code} ({meaning}, {name})</source>
        <translation>目的地不是国家：{code}（{meaning}，{name}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} ({meaning}) is not a country: kept as unknown origin</source>
        <translation>原籍地代码 {code}（{meaning}）不是国家：保留为未知原籍地</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} ({meaning}, {name}) is not a country: kept as unknown origin</source>
        <translation>原籍地代码 {code}（{meaning}，{name}）不是国家：保留为未知原籍地</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>regional aggregate {name}</source>
        <translation>区域汇总 {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination code {code} and its name {name} ({other}) disagree</source>
        <translation>目的地代码 {code} 与其名称 {name}（{other}）不一致</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination code {code} and its name {name} (no country) disagree</source>
        <translation>目的地代码 {code} 与其名称 {name}（非国家）不一致</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} and its name {name} ({other}) disagree: kept as unknown origin</source>
        <translation>原籍地代码 {code} 与其名称 {name}（{other}）不一致：保留为未知原籍地</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>origin code {code} and its name {name} (no country) disagree: kept as unknown origin</source>
        <translation>原籍地代码 {code} 与其名称 {name}（非国家）不一致：保留为未知原籍地</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>origin code {code} is named {name}, {former}: imported as {result}, as the code says</source>
        <translation>原籍地代码 {code} 的名称为 {name}，{former}：按代码导入为 {result}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>destination code {code} is named {name}, {former}: imported as {result}, as the code says</source>
        <translation>目的地代码 {code} 的名称为 {name}，{former}：按代码导入为 {result}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>origin {former}: {kept}</source>
        <extracomment>&quot;{kept}&quot; says where its figures were kept apart.</extracomment>
        <translation>原籍地 {former}：{kept}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>year is not a whole year (1800-2100): {cell}</source>
        <translation>年份不是完整年份（1800-2100）：{cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a number in {year}: {cell}</source>
        <translation>{year} 年的数值不是数字：{cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a number in {column}: {cell}</source>
        <translation>{column} 中的数值不是数字：{cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a level of {name}: {cell}</source>
        <translation>数值不是 {name} 的等级：{cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a level of {name} in {year}: {cell}</source>
        <translation>{year} 年的数值不是 {name} 的等级：{cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a level of {name} in {column}: {cell}</source>
        <translation>{column} 中的数值不是 {name} 的等级：{cell}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{reason} (and {more} more cells)</source>
        <extracomment>Why a cell is no value: (the indicator has levels, where the cell is) -&gt; the reason. A row&apos;s first wrong cell (the reason before), then how many more it has.</extracomment>
        <translation>{reason}（另有 {more} 个单元格）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative value: {cell}</source>
        <translation>负值：{cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative value in {column}: {cell}</source>
        <translation>{column} 中的负值：{cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value</source>
        <translation>无数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value ({cell})</source>
        <translation>无数值（{cell}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any column</source>
        <translation>所有列均无数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any year</source>
        <translation>所有年份均无数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any value column</source>
        <translation>所有数值列均无数值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a note, not a data row: {cell}</source>
        <extracomment>A footer or note line of the file, in quotes.</extracomment>
        <translation>注释，不是数据行：{cell}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>no title</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>example row from the template: delete it, or remove {cell} from the title</source>
        <translation>模板中的示例行：请删除，或从标题中去掉 {cell}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} is a region, not a country (list its countries, with &apos;;&apos;)</source>
        <translation>{label} 是区域，不是国家（请列出其国家，以“;”分隔）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} is not a country</source>
        <translation>{label} 不是国家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown kind {cell} (allowed: {allowed})</source>
        <extracomment>&quot;{allowed}&quot; lists the words the column takes.</extracomment>
        <translation>未知类型 {cell}（允许：{allowed}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status {cell} (allowed: {allowed})</source>
        <translation>未知状态 {cell}（允许：{allowed}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled: a cancelled activity is not imported (never delivered)</source>
        <translation>已取消：已取消的活动不导入（从未实施）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start is not a date: {cell} (write yyyy-mm-dd, dd/mm/yyyy or a year)</source>
        <translation>开始日期不是日期：{cell}（请写 yyyy-mm-dd、dd/mm/yyyy 或年份）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end is not a date: {cell} (write yyyy-mm-dd, dd/mm/yyyy or a year)</source>
        <translation>结束日期不是日期：{cell}（请写 yyyy-mm-dd、dd/mm/yyyy 或年份）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end {end} is before start {start}</source>
        <translation>结束日期 {end} 早于开始日期 {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recipient country</source>
        <translation>无受援国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regional activity, no recipient country (recipient-region {regions})</source>
        <translation>区域活动，无受援国（recipient-region {regions}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recipient-country code not understood: {codes}</source>
        <translation>无法识别的 recipient-country 代码：{codes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled (IATI activity-status 5): never delivered, not imported</source>
        <translation>已取消（IATI activity-status 5）：从未实施，未导入</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../explorer/ui/workspace/alias_choices.py" line="+22"/>
        <source>Own nationals (DOMESTIC)</source>
        <translation>本国国民（DOMESTIC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown (UNKNOWN)</source>
        <translation>不详（UNKNOWN）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Map {label} to</source>
        <extracomment>alias result code of a &quot;Map to&quot; item raw label -&gt; the alias the workspace already has for it</extracomment>
        <translation>将 {label} 映射到</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>leave unresolved</source>
        <translation>保持未解析</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_dialog.py" line="+50"/>
        <source>Origins no rule understood are imported as unknown. Map a label to a country or class to fix it in this dataset and in later imports.</source>
        <extracomment>a GLOTIP import has ~30 unresolved labels; more would be slow widgets</extracomment>
        <translation>无法按任何规则识别的原籍地以“不详”导入。将标签映射到某个国家或类别，即可在此数据集及以后的导入中修正。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import report: {file}</source>
        <extracomment>``{group key: &quot;parts&quot; | &quot;repeats&quot;}``: rules for groups of rows, for the next import The language of the report&apos;s texts on screen (the CSV export keeps English).</extracomment>
        <translation>导入报告：{file}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../explorer/ui/workspace/report_tables.py" line="+195"/>
        <source>Columns</source>
        <extracomment>Right-to-left mark: starts a line whose first word is Latin (a file name) as Arabic.</extracomment>
        <translation>列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="+60"/>
        <source>Groups of rows</source>
        <extracomment>``{group key: &quot;parts&quot; | &quot;repeats&quot;}`` of the rules the user chose</extracomment>
        <translation>行组</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="+69"/>
        <source>Contradictions</source>
        <translation>矛盾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Implausible values</source>
        <translation>不合理的数值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with a note</source>
        <translation>带备注的行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply aliases</source>
        <translation>应用别名</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unresolved labels</source>
        <translation>未解析的标签</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only the {shown} labels with the most victims can be mapped here; all {count} are listed and exported.</source>
        <translation>此处只能映射受害者最多的 {shown} 个标签；全部 {count} 个均已列出并导出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fuzzy matches</source>
        <translation>模糊匹配</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Export import report</source>
        <translation>导出导入报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the import report.</source>
        <translation>无法写入导入报告。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="-94"/>
        <source>Summed: parts of one figure</source>
        <translation>求和：同一数字的各部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One kept: repeats of one figure</source>
        <translation>保留一个：同一数字的重复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows the file gives for one breakdown are summed when, with the other parts, they stay within the matching total, and otherwise taken as repeats of one figure (the largest kept). Choose the other rule for a group and press Use these rules: they are stored in the workspace and used when you import this file again.</source>
        <translation>文件为同一细分给出的多行，若与其他部分合计不超过相应的合计，则求和；否则视为同一数字的重复（保留最大者）。为某一行组选择另一规则并按“使用这些规则”：这些规则保存在工作区中，再次导入此文件时使用。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rule of rows {rows}</source>
        <translation>行 {rows} 的规则</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use these rules</source>
        <translation>使用这些规则</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_notices.py" line="+30"/>
        <source>Rows do not add up: {read} rows read, but {imported} imported + {rejected} rejected = {total}. This is a bug in the importer; please report it with the exported CSV.</source>
        <translation>行数不符：读取了 {read} 行，但导入 {imported} 行 + 拒绝 {rejected} 行 = {total}。这是导入程序的缺陷；请连同导出的 CSV 一并报告。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported from {file}, and no dataset was added: {why}.</source>
        <translation>未从 {file} 导入任何内容，也未添加数据集：{why}。</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_tables.py" line="-58"/>
        <source>Row</source>
        <extracomment>numeric sort key of a formatted cell</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source values</source>
        <translation>源数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victims</source>
        <translation>受害者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map to</source>
        <translation>映射到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched to</source>
        <translation>匹配到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became</source>
        <translation>转换为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown</source>
        <translation>细分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../explorer/io/importing/report_words.py" line="-174"/>
        <source>{file}: {read} rows read = {imported} imported + {rejected} rejected (every row read is either imported or rejected with a reason).</source>
        <translation>{file}：读取 {read} 行 = 导入 {imported} 行 + 拒绝 {rejected} 行（读取的每一行要么被导入，要么被拒绝并注明原因）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{share} {subject}.</source>
        <extracomment>&quot;{share}&quot; is a percentage, &quot;{subject}&quot; one of the texts below (what was resolved).</extracomment>
        <translation>{subject}：{share}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} implausible values rejected, kept off the map.</source>
        <translation>被拒绝的不合理数值（不显示在地图上）：{count} 个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{collapsed} exact duplicate rows collapsed; {groups} groups of rows sharing one breakdown: {parts} summed as parts of one figure, {repeats} taken as repeats of one ({set_aside} rows set aside, the largest kept).</source>
        <translation>合并的完全重复行：{collapsed} 行；同一细分的行组：{groups} 组，其中 {parts} 组作为同一数字的各部分求和，{repeats} 组视为同一数字的重复（搁置 {set_aside} 行，保留最大值）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{victims} victims in rows without an origin label that are not the total: shown as origin not stated (unknown).</source>
        <translation>无原籍地标签且不是合计的行中的受害者：{victims} 人，显示为原籍地未说明（未知）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} {note}.</source>
        <extracomment>&quot;{note}&quot; is one of the texts below (which labels were not understood, and what became of them).</extracomment>
        <translation>{note}：{count} 个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} contradictions in the file, shown with a warning on the figure ({kinds}).</source>
        <translation>文件中的矛盾（在数字上显示警告）：{count} 处（{kinds}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind}: {count}</source>
        <extracomment>One kind of contradiction and how many, in the list of the line above.</extracomment>
        <translation>{kind}：{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} names matched approximately (fuzzy).</source>
        <translation>近似（模糊）匹配的名称：{count} 个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns ({count}):</source>
        <translation>列（{count}）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  {column}: {role}</source>
        <extracomment>A column of a table and what it became (&quot;&apos;Population&apos;: indicator, Population: a count&quot;).</extracomment>
        <translation>  {column}：{role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  {column}: {role}, {note}</source>
        <translation>  {column}：{role}，{note}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>of victims&apos; origins resolved (to a country, own nationals, unknown or a region; &lt;5 counted as 1)</source>
        <extracomment>Lines the summary composes itself: never recognised in a text (they have no words of their own, and &quot;{share} {subject}.&quot; would read as &quot;{count} {note}.&quot;). What the resolved share measures, per kind of file (&quot;99.7% of victims&apos; origins ...&quot;).</extracomment>
        <translation>已解析的受害者原籍地（解析为国家、本国国民、未知或区域；&lt;5 按 1 计）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of the flow volume has a resolved origin</source>
        <translation>原籍地已解析的流向量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of country rows resolved to a country</source>
        <translation>已解析为国家的国家行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of records&apos; citizenship resolved to a country</source>
        <translation>国籍已解析为国家的记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of activities resolved to a recipient country</source>
        <translation>已解析为受援国的活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of activity rows resolved to a country</source>
        <translation>已解析为国家的活动行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>origin labels not understood (imported as UNKNOWN, raw label kept)</source>
        <extracomment>What became of the labels no rule understood, per kind of file (&quot;15 origin labels ...&quot;).</extracomment>
        <translation>无法识别的原籍地标签（导入为 UNKNOWN，保留原始标签）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin or destination labels not understood (unknown origins kept as UNKNOWN; rows with an unknown destination rejected)</source>
        <translation>无法识别的原籍地或目的地标签（未知原籍地保留为 UNKNOWN；目的地未知的行被拒绝）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>country labels not understood (their rows rejected; an alias fixes them at the next import)</source>
        <translation>无法识别的国家标签（其所在行被拒绝；别名会在下次导入时修正）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>citizenship codes not understood (counted as unknown origin)</source>
        <translation>无法识别的国籍代码（计为未知原籍地）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recipient country codes not understood (their activities rejected)</source>
        <translation>无法识别的受援国代码（其活动被拒绝）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{former}: {kept}: {rows} ({victims} detected victims, &lt;5 counted as 1).</source>
        <extracomment>&quot;{former}&quot; is &quot;SCG Serbia and Montenegro (a country until 2006)&quot;, &quot;{kept}&quot; what was done.</extracomment>
        <translation>{former}：{kept}：{rows}（被查明的受害者：{victims} 人，&lt;5 按 1 计）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}, {former}: {kept}: {rows} ({victims} detected victims, &lt;5 counted as 1).</source>
        <translation>{label}，{former}：{kept}：{rows}（被查明的受害者：{victims} 人，&lt;5 按 1 计）。</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="-110"/>
        <source>{count} value columns, each imported as an indicator: {listed}. An empty cell gives no flow for its column ({empty} empty cells in rows imported).</source>
        <translation>数值列 {count} 个，各自作为一个指标导入：{listed}。空单元格不为其所在列生成流向（导入行中有 {empty} 个空单元格）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} value columns, each imported as an indicator: {listed}. An empty cell gives no flow for its column ({empty} empty cell in rows imported).</source>
        <translation>数值列 {count} 个，各自作为一个指标导入：{listed}。空单元格不为其所在列生成流向（导入行中有 {empty} 个空单元格）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{indicator} ({count} flows)</source>
        <extracomment>An indicator of the list above and its number of flows.</extracomment>
        <translation>{indicator}（{count} 个流向）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} ({count} flow)</source>
        <translation>{indicator}（{count} 个流向）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{note}: {rows} ({volume}).</source>
        <extracomment>A note on rows (the rows&apos; reason), its rows, and the volume of their flows.</extracomment>
        <translation>{note}：{rows}（{volume}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{indicator}: {count}</source>
        <extracomment>An indicator and the volume of the flows above (&quot;Refugees: 1,204&quot;).</extracomment>
        <translation>{indicator}：{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no volume</source>
        <translation>无流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows within one country (origin = destination, e.g. internally displaced people) kept as flows within the country (domestic).</source>
        <translation>同一国家内部的行（原籍地 = 目的地，例如境内流离失所者）作为国内流向保留：{count} 行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} row within one country (origin = destination, e.g. internally displaced people) kept as flows within the country (domestic).</source>
        <translation>同一国家内部的行（原籍地 = 目的地，例如境内流离失所者）作为国内流向保留：{count} 行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} values of 0 imported as flows of 0 (a zero is a count, kept).</source>
        <translation>作为 0 流向导入的 0 值（零也是计数，予以保留）：{count} 个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} value of 0 imported as flows of 0 (a zero is a count, kept).</source>
        <translation>作为 0 流向导入的 0 值（零也是计数，予以保留）：{count} 个。</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/empty.py" line="+24"/>
        <source>the file has no data rows; nothing was stored</source>
        <translation>文件中没有数据行；未保存任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no row held a figure</source>
        <translation>没有任何一行包含数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every row was rejected: {reasons}</source>
        <translation>所有行均被拒绝：{reasons}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{why}. Nothing was stored; see the report for each row</source>
        <translation>{why}。未保存任何内容；各行原因见报告</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{reason} (%n rows)</source>
        <translation>
            <numerusform>{reason}（%n 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <location filename="../../explorer/core/indicators/shown_names.py" line="+28"/>
        <source>Share of children among detected victims (%)</source>
        <extracomment>Names with a fixed wording (the app&apos;s derived shares, GLOTIP&apos;s five indicators, the demo&apos;s smuggling count); the literals are what lupdate reads (derived.CHILDREN_SHARE ...).</extracomment>
        <translation>被查明的受害者中儿童的占比（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of women and girls among detected victims (%)</source>
        <translation>被查明的受害者中妇女和女童的占比（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected trafficking victims</source>
        <translation>被查明的人口贩运受害者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons convicted</source>
        <translation>被定罪者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons prosecuted</source>
        <translation>被起诉者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons brought into formal contact</source>
        <translation>与司法系统有正式接触者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offences of trafficking in persons</source>
        <translation>人口贩运罪行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smuggled migrants detected</source>
        <translation>被查明的被偷运移民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance activities (number)</source>
        <translation>援助活动（数量）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{indicator}: change since the previous year (%)</source>
        <translation>{indicator}：与上一年相比的变化（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: change {first} to {second} (%)</source>
        <translation>{indicator}：{first} 至 {second} 年的变化（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} per 100,000 population</source>
        <translation>{indicator}（每 10 万人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: regional total</source>
        <translation>{indicator}：区域合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} by country of repatriation</source>
        <translation>{indicator}（按遣返国分列）</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <location filename="../../explorer/core/indicators/country_key_figures.py" line="+83"/>
        <source>{indicator}, {breakdown}</source>
        <translation>{indicator}，{breakdown}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{indicator}, {year}: {figure}</source>
        <translation>{indicator}，{year} 年：{figure}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In {year}: {figure}</source>
        <translation>{year} 年：{figure}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No earlier year with a category</source>
        <translation>没有更早的有类别的年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories are ordered levels, not quantities.</source>
        <translation>类别是有序的等级，而非数量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ In the file: {warning}</source>
        <translation>⚠ 文件中：{warning}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change: no earlier year with a figure</source>
        <translation>变化：没有更早的有数字的年份</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change since {year}: not computable ({reason})</source>
        <translation>自 {year} 年以来的变化：无法计算（{reason}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change since {year}: {change} (no percentage: the earlier figure was 0)</source>
        <translation>自 {year} 年以来的变化：{change}（无百分比：之前的数字为 0）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change since {year}: {change} ({percent})</source>
        <translation>自 {year} 年以来的变化：{change}（{percent}）</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Rank {rank} of %n countries</source>
        <translation>
            <numerusform>在 %n 个国家中排名第 {rank}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not ranked: {reason} for {year} (only exact figures are ranked; %n countries ranked)</source>
        <translation>
            <numerusform>未排名：{year} 年{reason}（仅对确切数字排名；已排名 %n 个国家）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Region unknown: no regional comparison</source>
        <translation>区域不明：无区域比较</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{region} median: not computable (no exact {year} figures)</source>
        <translation>{region}中位数：无法计算（{year} 年无确切数字）</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>{region} median: {median} (%n countries); not compared ({reason} here)</source>
        <translation>
            <numerusform>{region}中位数：{median}（%n 个国家）；未比较（此处为{reason}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{region} median: {median} (%n countries): {position} ({reason})</source>
        <translation>
            <numerusform>{region}中位数：{median}（%n 个国家）：{position}（{reason}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{region} median: {median} (%n countries): {position}</source>
        <translation>
            <numerusform>{region}中位数：{median}（%n 个国家）：{position}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>above</source>
        <extracomment>A figure against its region&apos;s median (``KeyFigures.position``), in words.</extracomment>
        <translation>高于中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>低于中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at</source>
        <translation>等于中位数</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../explorer/ui/window/keyboard.py" line="+68"/>
        <source>&amp;Previous year</source>
        <translation>上一年(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next year</source>
        <translation>下一年(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lay / pause years</source>
        <translation>播放/暂停年份(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next country in &amp;ranking</source>
        <translation>排名中的下一个国家(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous &amp;country in ranking</source>
        <translation>排名中的上一个国家(&amp;C)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Navigate</source>
        <translation>导航(&amp;N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No country has a figure to rank</source>
        <translation>没有国家有可排名的数字</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rank {rank} of {count} countries: {name}</source>
        <translation>{count} 个国家中排名第 {rank}：{name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: not ranked (no exact figure); {position} of {count} listed</source>
        <translation>{name}：未排名（无确切数字）；列出的 {count} 个中的第 {position} 个</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../explorer/ui/window/language_menu.py" line="+32"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Language</source>
        <extracomment>The languages offered: code (as in ``explorer_&lt;code&gt;.qm``) and the name in that language.</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved, but {variable}={value} is set: the app starts in that language while it is set.</source>
        <translation>已保存，但已设置 {variable}={value}：只要该变量存在，应用就以该语言启动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new language applies the next time the app starts.</source>
        <translation>新语言将在下次启动应用程序时生效。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart now? The window closes as usual (your work is saved) and opens again in the new language.</source>
        <translation>现在重新启动吗？窗口将照常关闭（您的工作会被保存），然后以新语言重新打开。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restart now</source>
        <translation>立即重新启动(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../explorer/ui/window/render_commands.py" line="+24"/>
        <source>no place {name}; places: {places}</source>
        <translation>没有名为 {name} 的地点；可用地点：{places}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown country code {code}</source>
        <translation>未知的国家代码 {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>could not write {path}</source>
        <translation>无法写入 {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote {path} ({size})</source>
        <translation>已写入 {path}（{size}）</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../explorer/core/view/choropleth.py" line="-51"/>
        <source>{indicator}: {breakdown}</source>
        <extracomment>the indicator alone (``subject`` adds the breakdown after a colon, and an indicator&apos;s own name may hold one: &quot;Convictions: trafficking&quot;) The language its legend (and what shows its values) writes numbers in. ``classes_note`` as a phrase, to say it in the language of the screen.</extracomment>
        <translation>{indicator}：{breakdown}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{subject}, {year}</source>
        <translation>{subject}，{year} 年</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../explorer/core/texts.py" line="+106"/>
        <source>, </source>
        <extracomment>Between the items of a list (&quot;Girls 20%, boys 14%&quot;).</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <extracomment>Between the groups of a list (&quot;largest rises: India +12; largest falls: Iran -3&quot;).</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{sentence}.</source>
        <extracomment>The end of a sentence put together from parts (&quot;Total: 1,068; domestic 99%.&quot;): Chinese ends it with &quot;。&quot;, not an ASCII full stop.</extracomment>
        <translation>{sentence}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/ui/export/window_exports.py" line="+41"/>
        <source>Map image copied to the clipboard (1920 x 1080)</source>
        <translation>地图图像已复制到剪贴板（1920 x 1080）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Country details copied as text</source>
        <translation>国家详情已复制为文本</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export country brief</source>
        <translation>导出国家简报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country brief not written</source>
        <translation>未写入国家简报</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country brief written to {path}</source>
        <translation>国家简报已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/main_window.py" line="+184"/>
        <source>Map controls</source>
        <extracomment>The name of the dataset now on screen (after start-up and every switch), for the parts that show something of the dataset beyond the map and panels (menus, help). Local files dropped onto the window (the workspace session imports or opens them). Local files dragged over the window, not yet dropped; then the drag left without a drop. The interface language (babel&apos;s spelling): places and numbers are shown in it. The run&apos;s shared parts (view state, flow settings, places, session, settings, theme, style ...), handed explicitly to the pieces that need them.</extracomment>
        <translation>地图控件</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Trafficking Flows Explorer: {dataset}</source>
        <translation>Trafficking Flows Explorer：{dataset}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../explorer/ui/window/menus.py" line="+83"/>
        <source>&amp;Copy country details as text</source>
        <translation>将国家详情复制为文本(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy place details as text</source>
        <translation>将地域详情复制为文本(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../explorer/ui/window/menus.py" line="+19"/>
        <source>Export country &amp;brief (PDF)…</source>
        <translation>导出国家简报 (PDF)(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export place &amp;brief (PDF)…</source>
        <translation>导出地域简报 (PDF)(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/menus.py" line="-54"/>
        <source>&amp;Find country…</source>
        <translation>查找国家(&amp;F)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset view</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole world (Ctrl+0)</source>
        <translation>显示整个世界（Ctrl+0）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame country with its flows&apos; &amp;partners</source>
        <translation>显示国家及其流向的对方国家(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the selected country together with where its victims came from and went to</source>
        <translation>同时显示所选国家及其受害者的来源地和去向</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export map…</source>
        <translation>导出地图(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG, SVG or PDF for slides and reports, an offline HTML map, or the data</source>
        <translation>用于幻灯片和报告的 PNG、SVG 或 PDF，离线 HTML 地图，或数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy &amp;map image</source>
        <translation>复制地图图像(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;source rows…</source>
        <translation>显示源数据行(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file rows behind the figure in focus (the selected flow, else the selected country&apos;s figure, else the place&apos;s total), with the rules of a derived figure</source>
        <translation>当前焦点数字背后的文件行（所选流向；否则为所选国家的数字；再否则为地域的合计），以及派生数字的规则</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/panel_toggles.py" line="+26"/>
        <source>&amp;Country panel</source>
        <translation>国家面板(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Flows panel</source>
        <translation>流向面板(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/status.py" line="+26"/>
        <source>SYNTHETIC</source>
        <translation>合成数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demonstration data generated by this program: not official statistics</source>
        <translation>本程序生成的演示数据：并非官方统计数据</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dataset: {dataset}</source>
        <translation>数据集：{dataset}</translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <location filename="../../explorer/ui/window/controls.py" line="+38"/>
        <location line="+25"/>
        <source>Indicator</source>
        <extracomment>The year label&apos;s digits (the interface language&apos;s unless given). The language indicators and breakdowns are named in (the data keep English).</extracomment>
        <translation>指标</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Breakdown</source>
        <translation>细分</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+26"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+64"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Play years</source>
        <translation>逐年播放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play through the years</source>
        <translation>逐年播放</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <location filename="../../explorer/ui/map/style.py" line="+44"/>
        <source>Quantiles (equal counts)</source>
        <translation>分位数（数量相等）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks (Fisher-Jenks)</source>
        <translation>自然断点（Fisher-Jenks）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual breaks…</source>
        <translation>手动断点…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quantiles</source>
        <extracomment>How :meth:`MapStyle.description` names a scheme.</extracomment>
        <translation>分位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>natural breaks</source>
        <translation>自然断点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Map st&amp;yle</source>
        <extracomment>After any change of palette, scheme, classes, breaks or preview.</extracomment>
        <translation>地图样式(&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Palette</source>
        <translation>配色(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Classification</source>
        <translation>分级方法(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Number of classes</source>
        <translation>分级数(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off (true colours)</source>
        <translation>关闭（真实颜色）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour-&amp;vision preview</source>
        <translation>色觉预览(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See the map on screen as people with a colour-vision deficiency see it; exports keep the true colours</source>
        <translation>以色觉障碍者看到的样子在屏幕上显示地图；导出文件保留真实颜色</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Map style: {style}</source>
        <translation>地图样式：{style}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>manual breaks at {breaks}</source>
        <translation>手动断点位于 {breaks}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{scheme}, {k} classes</source>
        <translation>{scheme}，{k} 级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {vision} preview</source>
        <translation>；{vision} 预览</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manual breaks</source>
        <translation>手动断点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper bound of each class, increasing, separated by commas
(e.g. 10, 50, 100, 500). Values above the last break get a class of their own.</source>
        <translation>每一级的上限，按递增顺序，以逗号分隔
（例如 10, 50, 100, 500）。高于最后一个断点的数值单独成为一级。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Manual breaks not valid</source>
        <translation>手动断点无效</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Map style not changed</source>
        <translation>地图样式未更改</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set by the manual breaks</source>
        <translation>由手动断点设定</translation>
    </message>
</context>
<context>
    <name>MapTexts</name>
    <message>
        <location filename="../../explorer/core/view/map_words.py" line="+24"/>
        <source>victims</source>
        <extracomment>Who the arrows count, as &quot;flows of ...&quot; names them (see ``people_noun``).</extracomment>
        <translation>受害者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>被偷运移民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>被定罪者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subregions</source>
        <extracomment>The places flows are summed between, when not countries (``Between``&apos;s values).</extracomment>
        <translation>次区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported on {date} with {app}</source>
        <translation>{date}使用 {app} 导出</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Arrows: {indicator}, the %n largest flows of {noun} between {level}, from origin to destination</source>
        <translation>
            <numerusform>箭头：{indicator}，{level}之间{noun}的前 %n 个最大流向，从原籍地指向目的地</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Arrows: {indicator}, the %n largest flows of {noun}, from origin to destination</source>
        <translation>
            <numerusform>箭头：{indicator}，{noun}的前 %n 个最大流向，从原籍地指向目的地</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapTheme</name>
    <message>
        <location filename="../../explorer/ui/map/theme.py" line="+32"/>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Map &amp;theme</source>
        <extracomment>Background and sea of each resolved theme on screen: (background, sea, sea outline). After every change of the chosen theme (not of the system&apos;s scheme).</extracomment>
        <translation>地图主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light or dark background and sea; the data colours stay</source>
        <translation>浅色或深色的背景和海洋；数据颜色不变</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../explorer/ui/map/tooltips.py" line="+37"/>
        <source>no data ({year})</source>
        <translation>无数据（{year}）</translation>
    </message>
</context>
<context>
    <name>PanelFlows</name>
    <message>
        <location filename="../../explorer/ui/panel/flows.py" line="+33"/>
        <source>Total: {total}</source>
        <translation>合计：{total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>domestic {share}</source>
        <translation>国内 {share}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {share}</source>
        <translation>不详 {share}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Origin</source>
        <translation>原籍地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected in</source>
        <translation>发现地</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flows: origins</source>
        <translation>流向：原籍地</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows: destinations</source>
        <translation>流向：目的地</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>This dataset has no flows.</source>
        <translation>此数据集没有流向。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where {people} detected in {country} in {year} came from</source>
        <translation>{year} 年在{country}被查明的{people}来自何处</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where {people} from {country} were detected in {year}</source>
        <translation>{year} 年来自{country}的{people}在何处被查明</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{heading}: no flows recorded.</source>
        <translation>{heading}：没有记录的流向。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{count} more not listed.</source>
        <translation>另有 {count} 个未列出。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not drawn on the map: {flows}</source>
        <translation>未在地图上绘制：{flows}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../explorer/core/flows/labels.py" line="+8"/>
        <source>victims</source>
        <translation>受害者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>被偷运移民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>被定罪者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>PeopleCounted</name>
    <message>
        <location line="+21"/>
        <source>victims</source>
        <translation>名受害者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>名被偷运移民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>名被定罪者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>人</translation>
    </message>
</context>
<context>
    <name>PeopleOf</name>
    <message>
        <location line="-15"/>
        <source>detected victims</source>
        <translation>被查明的受害者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>被偷运移民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>被定罪者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>PlaceBrief</name>
    <message>
        <location filename="../../explorer/ui/export/place_brief.py" line="+57"/>
        <source>Brief: {place}</source>
        <translation>简报：{place}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{indicator}, {year} · {n} countries in the place</source>
        <translation>{indicator}，{year} · 该地域有 {n} 个国家</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Key figures</source>
        <translation>关键数字</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Trend on constant sets of countries</source>
        <translation>基于固定国家组的趋势</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year}: {reporting} reported, change {step}</source>
        <translation>{year} 年：{reporting} 个报告，变化 {step}</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Who they were</source>
        <translation>受害者构成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where they came from</source>
        <translation>来自何处</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Countries, largest first</source>
        <translation>国家，按从大到小排列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How these figures are computed</source>
        <translation>这些数字的计算方法</translation>
    </message>
</context>
<context>
    <name>PlaceGroupDialog</name>
    <message>
        <location filename="../../explorer/ui/panel/group_dialog.py" line="+42"/>
        <source>Edit group</source>
        <translation>编辑国家组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New group of countries</source>
        <translation>新建国家组</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group name</source>
        <translation>国家组名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ECOWAS</source>
        <translation>例如 ECOWAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter countries</source>
        <translation>筛选国家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to filter</source>
        <translation>输入以筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region or subregion to add</source>
        <translation>要添加的区域或次区域</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick all of it</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete group</source>
        <translation>删除国家组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Countries ticked: {n}</source>
        <translation>已勾选国家：{n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group a name.</source>
        <translation>请为国家组命名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick at least one country.</source>
        <translation>请至少勾选一个国家。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a group called {name}.</source>
        <translation>已有名为 {name} 的国家组。</translation>
    </message>
</context>
<context>
    <name>PlaceLabels</name>
    <message>
        <location filename="../../explorer/core/places/share_wording.py" line="+26"/>
        <source>Children (0-17)</source>
        <extracomment>The parts of a place&apos;s profile and its classes of origin (``summary.PROFILE_GROUPS``, ``origins.CLASSES``), as the sentences name them.</extracomment>
        <translation>儿童（0-17 岁）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults (18+)</source>
        <translation>成人（18 岁及以上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women and girls</source>
        <translation>妇女和女童</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men and boys</source>
        <translation>男子和男童</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Girls</source>
        <translation>女童</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys</source>
        <translation>男童</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>妇女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>男子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual exploitation</source>
        <translation>性剥削</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced labour</source>
        <translation>强迫劳动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other forms of exploitation</source>
        <translation>其他剥削形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own nationals</source>
        <translation>本国国民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same subregion</source>
        <translation>同一次区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other subregions of the region</source>
        <translation>本区域其他次区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other regions</source>
        <translation>其他区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown or not stated</source>
        <translation>不明或未说明</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <location filename="../../explorer/ui/panel/place_picker.py" line="+35"/>
        <source>Place</source>
        <extracomment>The user asked to define a new group (None) or edit one (its name). The user asked to frame the place on the map (its code). The groups changed and the place shown may have gone: the figures must follow.</extracomment>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame this place on the map</source>
        <translation>在地图上显示此地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New group…</source>
        <translation>新建国家组…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick countries and name a group of your own (e.g. ECOWAS)</source>
        <translation>选择国家并为自己的国家组命名（例如 ECOWAS）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit group…</source>
        <translation>编辑国家组…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place.py" line="+86"/>
        <source>Index on constant sets</source>
        <extracomment>A country of the ranking was clicked: select it, framed with its flows&apos; partners.</extracomment>
        <translation>基于固定国家组的指数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>已报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact sum</source>
        <translation>确切总和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change (N)</source>
        <translation>变化（N）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend on constant sets of countries</source>
        <translation>基于固定国家组的趋势</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who they were</source>
        <translation>受害者构成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where they came from</source>
        <translation>来自何处</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of the place, largest first</source>
        <translation>该地域的国家，按从大到小排列</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place_picker.py" line="+32"/>
        <source>{name} (group)</source>
        <translation>{name}（国家组）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place.py" line="+42"/>
        <source>No figures in this dataset.</source>
        <translation>此数据集中没有数字。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trend on constant sets of countries (index, first year = 100; each step only from countries that reported both years)</source>
        <translation>基于固定国家组的趋势（指数，首年 = 100；每一步仅基于两个年份均有报告的国家）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>n/a ({n})</source>
        <translation>不适用（{n}）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Countries by {indicator}, {year}</source>
        <translation>按 {indicator} 排列的国家，{year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the {n} largest of {all})</source>
        <translation>（{all} 个中最大的 {n} 个）</translation>
    </message>
</context>
<context>
    <name>PlaceSummary</name>
    <message>
        <location filename="../../explorer/core/places/share_wording.py" line="+5"/>
        <source>both age groups</source>
        <translation>两个年龄组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sexes</source>
        <translation>两性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>girls, boys, women and men</source>
        <translation>女童、男童、妇女和男子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the three forms of exploitation</source>
        <translation>三种剥削形式</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <location filename="../../explorer/core/places/wording.py" line="+147"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{what}: no country reported every part exactly; %n countries reported them with a &lt;5.</source>
        <translation>
            <numerusform>{what}：没有国家确切报告每一部分；%n 个国家报告时含 &lt;5。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}: no country reported this breakdown.</source>
        <translation>{what}：没有国家报告此细分。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{parts} of {people} (N = %n countries that reported {what} exactly).</source>
        <translation>
            <numerusform>{people}中：{parts}（N = 确切报告{what}的 %n 个国家）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source> Over all %n countries that reported them, each &lt;5 as 1 to 4: {ranges}.</source>
        <translation>
            <numerusform> 在报告了这些数据的全部 %n 个国家中，每个 &lt;5 按 1 至 4 计：{ranges}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Children (0-17): {share} of {people} (N = %n countries that reported both age groups exactly).</source>
        <translation>
            <numerusform>儿童（0-17 岁）：占{people}的 {share}（N = 确切报告两个年龄组的 %n 个国家）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Where {people} came from (%n countries reported {people} by citizenship: {low} to {high}, each &lt;5 as 1 to 4):</source>
        <translation>
            <numerusform>{people}的来源（%n 个国家按国籍报告了{people}：{low} 至 {high}，每个 &lt;5 按 1 至 4 计）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{classes}.</source>
        <translation>{classes}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top origin subregions (foreign {people}): {top}.</source>
        <translation>外国{people}的主要原籍次区域：{top}。</translation>
    </message>
    <message>
        <location filename="../../explorer/core/places/wording.py" line="-50"/>
        <source>{place} (region)</source>
        <translation>{place}（区域）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{place} (subregion of {parent})</source>
        <translation>{place}（{parent}的次区域）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{place} (group of %n countries)</source>
        <translation>
            <numerusform>{place}（%n 个国家组成的组）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{reporting} of %n countries reported.</source>
        <translation>
            <numerusform>%n 个国家中有 {reporting} 个报告。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the world</source>
        <translation>全世界</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No country in {place} reported {what} for {year}.</source>
        <translation>{place}：没有国家报告 {year} 年的“{what}”。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{indicator}, {year}: median {median} over the %n countries with an exact figure ({reporting} of {members} reported). Not a count: no total.</source>
        <translation>
            <numerusform>{indicator}，{year} 年：有确切数字的 %n 个国家的中位数为 {median}（{members} 个中有 {reporting} 个报告）。并非计数：无合计。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{indicator}, {year}: no exact figure; {reporting} of %n countries reported, all &lt;5.</source>
        <translation>
            <numerusform>{indicator}，{year} 年：无确切数字；%n 个国家中有 {reporting} 个报告，均为 &lt;5。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{indicator}, {year}: {sum}, the sum of the exact figures of %n countries; {reported}</source>
        <translation>
            <numerusform>{indicator}，{year} 年：{sum}，为 %n 个国家确切数字之和；{reported}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} at {level}</source>
        <translation>{level}：{count} 个</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>{indicator}, {year}: {reported} of %n countries reported: {levels}</source>
        <translation>
            <numerusform>{indicator}，{year} 年：%n 个国家中有 {reported} 个报告：{levels}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{line}; {levels} (outside the order)</source>
        <translation>{line}；{levels}（不在顺序内）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}. Levels, not quantities: no total.</source>
        <translation>{line}。等级而非数量：无合计。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n more countries reported &lt;5 ({low} to {high} more in all).</source>
        <translation>
            <numerusform>另有 %n 个国家报告 &lt;5（合计另加 {low} 至 {high}）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change: no figures for {year} to compare with.</source>
        <translation>变化：没有 {year} 年的数字可供比较。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change since {year}: not computable: no country reported exact figures in both years.</source>
        <translation>自 {year} 年以来的变化：无法计算：没有国家在两个年份都报告确切数字。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change since {year}: no percentage (the {year} figures add up to 0).</source>
        <translation>自 {year} 年以来的变化：无百分比（{year} 年的数字之和为 0）。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Change since {year}: {change} ({before} to {after}), over the %n countries that reported exact figures in both years.</source>
        <translation>
            <numerusform>自 {year} 年以来的变化：{change}（{before} 至 {after}），基于在两个年份都报告了确切数字的 %n 个国家。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>largest rises: {countries}</source>
        <translation>增幅最大：{countries}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>largest falls: {countries}</source>
        <translation>降幅最大：{countries}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Driven by {changes}.</source>
        <translation>主要贡献——{changes}。</translation>
    </message>
</context>
<context>
    <name>ProfileBars</name>
    <message>
        <location filename="../../explorer/ui/panel/profile_bars.py" line="+26"/>
        <source>By sex</source>
        <translation>按性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By age</source>
        <translation>按年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By form of exploitation</source>
        <translation>按剥削形式</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Victim profile</source>
        <translation>受害者概况</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../explorer/ui/workspace/provenance_dialog.py" line="+27"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition (export date)</source>
        <translation>版次（导出日期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{read} read = {imported} imported + {rejected} rejected</source>
        <translation>读取 {read} = 导入 {imported} + 拒绝 {rejected}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYNTHETIC demonstration data: not official statistics</source>
        <translation>合成演示数据：并非官方统计数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caveat</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provenance: {dataset}</source>
        <translation>出处：{dataset}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field}:</source>
        <translation>{field}：</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../explorer/ui/window/recent_files.py" line="+31"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
</context>
<context>
    <name>RegionZoom</name>
    <message>
        <source>Zoom to &amp;region</source>
        <translation type="vanished">缩放到区域(&amp;R)</translation>
    </message>
    <message>
        <source>Colour by &amp;regional totals</source>
        <translation type="vanished">按区域合计着色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map/region_zoom.py" line="+48"/>
        <source>Zoom to re&amp;gion</source>
        <translation>缩放到区域(&amp;G)</translation>
    </message>
    <message>
        <source>Co&amp;lour by regional totals</source>
        <translation type="vanished">按区域合计着色(&amp;L)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Colour &amp;by regional totals</source>
        <translation>按区域合计着色(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each country shows its UN region&apos;s total of the indicator</source>
        <translation>每个国家显示其所属联合国区域的指标合计</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No regional totals for {indicator}</source>
        <translation>{indicator} 没有区域合计</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../explorer/ui/window/search_box.py" line="-1"/>
        <source>Find a country (Ctrl+F)</source>
        <translation>查找国家（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No country matches “{text}”</source>
        <translation>没有与“{text}”匹配的国家</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../explorer/ui/map/side_by_side.py" line="+52"/>
        <source>Two years side by side</source>
        <translation>两个年份并排</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the {side} map</source>
        <translation>{side}侧地图的年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{subject}. Same classes and colours on both maps (over all years).</source>
        <translation>{subject}。两幅地图使用相同的分级和颜色（涵盖所有年份）。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Map of {year}</source>
        <translation>{year} 年地图</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Two years &amp;side by side…</source>
        <translation>两个年份并排(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shown indicator for two years, next to each other</source>
        <translation>并排显示当前指标在两个年份的情况</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../explorer/core/data/provenance.py" line="+50"/>
        <source>Source: SYNTHETIC demonstration data generated by Trafficking Flows Explorer; not official statistics</source>
        <translation>来源：由 Trafficking Flows Explorer 生成的合成演示数据；并非官方统计数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SYNTHETIC demonstration data generated by Trafficking Flows Explorer; not official statistics</source>
        <translation>由 Trafficking Flows Explorer 生成的合成演示数据；并非官方统计数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown publisher</source>
        <translation>发布方不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{publisher}, export of {edition}</source>
        <translation>{publisher}，{edition} 导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{publisher}, file {file}</source>
        <translation>{publisher}，文件 {file}</translation>
    </message>
</context>
<context>
    <name>SourceRows</name>
    <message>
        <location filename="../../explorer/ui/common/source_rows.py" line="+190"/>
        <source>Show &amp;source rows…</source>
        <extracomment>The countries&apos; English names: a trace is English (its CSV) until the dialog says it in the interface language, whatever language the book names them in. What a context menu offers at a point: one opener, or (words, opener) pairs, or None.</extracomment>
        <translation>显示源数据行(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/common/source_rows_dialog.py" line="+70"/>
        <location line="+36"/>
        <location line="+64"/>
        <source>Source rows</source>
        <extracomment>GLOTIP&apos;s category column: a flow&apos;s raw origin label, next to the value.</extracomment>
        <translation>源数据行</translation>
    </message>
    <message numerus="yes">
        <location line="-88"/>
        <source>%n file row(s) behind this figure.</source>
        <translation>
            <numerusform>此数字背后有 %n 个文件行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file row behind this figure.</source>
        <translation>此数字背后没有文件行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy as text</source>
        <translation>复制为文本(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as CSV…</source>
        <translation>另存为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>From {file}, sheet {sheet} (SHA-256 {sha256})</source>
        <translation>来自 {file}，工作表 {sheet}（SHA-256 {sha256}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {file} (SHA-256 {sha256})</source>
        <translation>来自 {file}（SHA-256 {sha256}）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save source rows</source>
        <translation>保存源数据行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save {path}: {error}</source>
        <translation>无法保存 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/source_menus.py" line="+102"/>
        <source>Show source rows of the &amp;total…</source>
        <translation>显示合计的源数据行(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show source rows of the &amp;change…</source>
        <translation>显示变化的源数据行(&amp;C)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show source rows of the share: {label}…</source>
        <translation>显示占比的源数据行：{label}…</translation>
    </message>
</context>
<context>
    <name>TableMapping</name>
    <message>
        <location filename="../../explorer/ui/workspace/level_order.py" line="+38"/>
        <source>The values are categories. Drag them into their order; the first gets rank 1:</source>
        <translation>这些数值是类别。请将它们拖动排序；第一个为第 1 级：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order of the levels</source>
        <translation>级别顺序</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/mapping_dialog.py" line="+40"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Columns of {file}</source>
        <translation>{file} 的列</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The table&apos;s columns could not be recognised for sure: {reason}. Say which column holds what; the import then runs again.</source>
        <translation>无法确定识别表格的列：{reason}。请指明每一列的内容；然后将重新导入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Figures per country</source>
        <translation>按国家的数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows from one country to another</source>
        <translation>从一国到另一国的流向</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table holds:</source>
        <translation>表格内容：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per country and year (long)</source>
        <translation>每个国家和年份一行（长格式）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One column per year, e.g. 1960 ... 2023 (wide)</source>
        <translation>每个年份一列，例如 1960 ... 2023（宽格式）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Origin:</source>
        <translation>原籍地：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination:</source>
        <translation>目的地：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (code or name):</source>
        <translation>国家（代码或名称）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country name (spare):</source>
        <translation>国家名称（备用）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator column:</source>
        <translation>指标列：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Value columns:</source>
        <extracomment>One check box per candidate value column (each an indicator).</extracomment>
        <translation>数值列：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(from a column)</source>
        <translation>（来自某一列）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of every row:</source>
        <translation>所有行的年份：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Population, total</source>
        <translation>例如 Population, total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator name:</source>
        <translation>指标名称：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <location filename="../../explorer/core/trace/rows_table.py" line="+23"/>
        <source>the file&apos;s rows were not kept for this dataset (imported before the app kept them, or from a kind of file whose rows it does not keep): import the file again to see them</source>
        <translation>未为此数据集保留文件的行（在本应用开始保留之前导入，或来自本应用不保留其行的文件类型）：请重新导入该文件以查看</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not read from a file row (generated or derived)</source>
        <translation>并非读自文件行（生成或推导所得）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYNTHETIC demonstration data: generated by the app, read from no file</source>
        <translation>合成演示数据：由本应用生成，并非读自任何文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same value in {count} rows: an exact duplicate, counted once</source>
        <translation>{count} 行中的相同值：完全重复，只计一次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read as it is</source>
        <translation>按原样读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{figure}: {shown}</source>
        <translation>{figure}：{shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{figure} = {shown}: {rule}</source>
        <translation>{figure} = {shown}：{rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown</source>
        <translation>显示值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the importer did</source>
        <translation>导入时的处理</translation>
    </message>
    <message>
        <location filename="../../explorer/core/trace/words.py" line="+79"/>
        <source>World</source>
        <translation>世界</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{place}, {year}: {indicator}</source>
        <translation>{place}，{year}：{indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}, {year}: {indicator}, {breakdown}</source>
        <translation>{place}，{year}：{indicator}，{breakdown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{origin} -&gt; {destination}, {year}: {indicator}</source>
        <translation>{origin} -&gt; {destination}，{year}：{indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}, {year}: {indicator}, total</source>
        <translation>{place}，{year}：{indicator}，合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: {indicator}, change {previous} to {year}</source>
        <translation>{place}：{indicator}，{previous} 至 {year} 的变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}, {year}: {indicator}, share {part}</source>
        <translation>{place}，{year}：{indicator}，{part}所占比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no figure</source>
        <translation>无数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not computable</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;5 kept as a range (1 to 4), never a made-up number</source>
        <translation>&lt;5 保留为区间（1 至 4），绝不编造数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own nationals</source>
        <translation>本国国民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin not known</source>
        <translation>原籍不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as a country code</source>
        <translation>作为国家代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by its name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by a known other name</source>
        <translation>按已知的其他名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the people of that country</source>
        <translation>作为该国的人民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as a class of origin</source>
        <translation>作为原籍类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by an approximate match</source>
        <translation>按近似匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by your alias or rule</source>
        <translation>按您的别名或规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} {how}</source>
        <translation>{label} {how}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin label {label} read as {read}, {how}</source>
        <translation>原籍标签 {label} 读作 {read}，{how}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin labels meaning one origin, summed: read as {read}: {hows}</source>
        <translation>表示同一原籍的多个原籍标签，已相加：读作 {read}：{hows}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>victims aged 0 to 17 / all detected victims x 100, both exact</source>
        <translation>0 至 17 岁受害者 / 查明的全部受害者 x 100，两者均为确切数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>female victims / all detected victims x 100, both exact</source>
        <translation>女性受害者 / 查明的全部受害者 x 100，两者均为确切数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({year} - {previous}) / {previous} x 100, both exact, the previous year not zero</source>
        <translation>({year} - {previous}) / {previous} x 100，两者均为确切数字，上一年不为零</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(second year - {first}) / {first} x 100, both exact, {first} not zero</source>
        <translation>（第二年 - {first}）/ {first} x 100，两者均为确切数字，{first} 不为零</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count / population x 100,000; the population of the same year from the loaded population indicator, else the nearest year at most {gap} years away (its rows are in that dataset)</source>
        <translation>数量 / 人口 x 100,000；人口取自已加载人口指标的同一年份，否则取最多相差 {gap} 年的最近年份（其行在该数据集中）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no country of {place} reported</source>
        <translation>{place}没有国家报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of the exact figures of the {exact} countries that reported one ({total}; {members} countries in {place})</source>
        <translation>报告了确切数字的 {exact} 个国家的确切数字之和（{total}；{place}共 {members} 个国家）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{rule}; {more} more reported only &lt;5, {low} to {high} victims together, shown beside the sum, never in it</source>
        <translation>{rule}；另有 {more} 个国家只报告了 &lt;5，合计 {low} 至 {high} 名受害者，显示在总和旁边，从不计入其中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no figures for one of the two years</source>
        <translation>两个年份之一没有数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({after} - {before}) / {before} x 100 over the {count} countries of {place} with an exact figure in both {previous} and {year} (a &lt;5 or a gap in either year leaves a country out)</source>
        <translation>({after} - {before}) / {before} x 100，基于{place}在 {previous} 和 {year} 年均有确切数字的 {count} 个国家（任一年份为 &lt;5 或缺失的国家不计入）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a part of the group has no figures</source>
        <translation>该组的某一部分没有数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{part} / ({parts} = {total}) x 100 over the {count} countries of {place} that reported every part exactly</source>
        <translation>{part} / ({parts} = {total}) x 100，基于{place}确切报告了每一部分的 {count} 个国家</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sum of the {count} country flows from {origin} to {destination} (own nationals counted in their country&apos;s place; a &lt;5 adds its range 1 to 4)</source>
        <translation>从{origin}到{destination}的 {count} 个国家间流向之和（本国国民计入其本国所在地域；&lt;5 加上其区间 1 至 4）</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../explorer/ui/common/trend_chart.py" line="+40"/>
        <source>Trend over years</source>
        <translation>历年趋势</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no data {years}</source>
        <translation>无数据 {years}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend: {parts}</source>
        <translation>趋势：{parts}</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>bars: &lt;5 (1 to 4)</source>
        <translation>柱条：&lt;5（1 至 4）</translation>
    </message>
</context>
<context>
    <name>VictimProfile</name>
    <message>
        <location filename="../../explorer/core/indicators/country_victim_profile.py" line="+118"/>
        <source>No figures by age for {year}</source>
        <translation>{year} 年无按年龄分列的数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Children: {figure}</source>
        <translation>儿童：{figure}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children: {figure} (no share computed from {reason})</source>
        <translation>儿童：{figure}（未根据{reason}计算占比）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Children: {figure} (share not computable: adults {adults})</source>
        <translation>儿童：{figure}（无法计算占比：成人 {adults}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Children: 0 (no {people} of known age)</source>
        <translation>儿童：0（没有已知年龄的{people}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Children: {share} of {people} of known age ({part} of {whole})</source>
        <translation>儿童：占已知年龄的{people}的 {share}（{whole} 中的 {part}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Children: {share} of {people} ({part} of {whole})</source>
        <translation>儿童：占{people}的 {share}（{whole} 中的 {part}）</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../../explorer/ui/window/recent_files.py" line="-45"/>
        <location filename="../../explorer/ui/workspace/menu.py" line="+44"/>
        <source>&amp;Open workspace…</source>
        <extracomment>The text of the session&apos;s action the submenu follows (see workspace_menu.py), compared in the user&apos;s language.</extracomment>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/damaged.py" line="+58"/>
        <source>Workspace could not be read</source>
        <translation>无法读取工作区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is kept exactly as it is. Start a new, empty workspace in another file, or go on without saving (File &gt; Save workspace as… keeps new work).</source>
        <translation>该文件将原样保留。请在另一个文件中新建一个空工作区，或继续而不保存（“文件 &gt; 工作区另存为…”可保留新的工作）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a new workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../explorer/ui/workspace/disk_changes.py" line="+91"/>
        <location filename="../../explorer/ui/workspace/session.py" line="+221"/>
        <source>Workspace not saved</source>
        <translation>工作区未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is the workspace that could not be read; it is kept as it is. Choose another file name.</source>
        <translation>{path} 是无法读取的工作区；它将原样保留。请选择另一个文件名。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The workspace could not be read: {reason}</source>
        <translation>无法读取工作区：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace is in use by {reason}</source>
        <translation>工作区正被 {reason} 使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace cannot be written: {reason}</source>
        <translation>无法写入工作区：{reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported data not saved</source>
        <translation>导入的数据未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data imported in this session is not saved.

{why}</source>
        <translation>本次会话中导入的数据未保存。

{why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workspace file is kept exactly as it is. Save the imported data in another workspace file, or close without it?</source>
        <translation>工作区文件将原样保留。将导入的数据保存到另一个工作区文件中，还是不保存直接关闭？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>parts of it are damaged and were not read: {parts}</source>
        <translation>其部分内容已损坏，未读取：{parts}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged: {parts}. The rest is shown; nothing is saved to {path}. File &gt; Save workspace as… keeps what is intact.</source>
        <translation>已损坏：{parts}。其余部分已显示；不会向 {path} 保存任何内容。“文件 &gt; 工作区另存为…”可保留完好的部分。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parts of {path} are damaged and were not read:

{parts}

The rest is shown. Nothing will be saved to this file, so it can still be rescued. Save what is intact as a new workspace?</source>
        <translation>{path} 的部分内容已损坏，未读取：

{parts}

其余部分已显示。不会向此文件保存任何内容，因此它仍可被修复。是否将完好的部分另存为新工作区？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workspace partly damaged</source>
        <translation>工作区部分损坏</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/disk_changes.py" line="+11"/>
        <source>Workspace changed on disk</source>
        <translation>磁盘上的工作区已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was changed by another program since this window read it.

Keep both adds what this window has to what the file now holds; Reload shows the file as it is now (this window&apos;s latest change is dropped); Overwrite writes this window&apos;s workspace over it.</source>
        <translation>自本窗口读取 {path} 以来，它已被另一个程序更改。

“保留两者”将本窗口的内容添加到该文件现有的内容中；“重新加载”按该文件的当前状态显示（本窗口最近的更改将被舍弃）；“覆盖”用本窗口的工作区覆盖该文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep both</source>
        <translation>保留两者</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Workspace (*.sqlite)</source>
        <translation type="vanished">工作区 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/file_dialogs.py" line="+20"/>
        <source>Workspace (*.tfe-workspace *.sqlite)</source>
        <translation>工作区 (*.tfe-workspace *.sqlite)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save workspace as</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/groups.py" line="+41"/>
        <source>Groups saved in the workspace</source>
        <translation>保存在工作区中的国家组</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/imports.py" line="+36"/>
        <source>Data files: GLOTIP, CTDC, indicator, flow and activity tables, IATI (*.xlsx *.xls *.xlsm *.ods *.csv *.txt *.xml)</source>
        <translation>数据文件：GLOTIP、CTDC、指标表、流向表和活动表、IATI (*.xlsx *.xls *.xlsm *.ods *.csv *.txt *.xml)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>{file}: not a file this app imports. Drop a UNODC GLOTIP export (.xlsx or .csv) or a workspace (.sqlite).</source>
        <translation type="vanished">{file}：不是本程序可导入的文件。请拖入 UNODC GLOTIP 导出文件（.xlsx 或 .csv）或工作区（.sqlite）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: not a file this app imports. Drop a UNODC GLOTIP export (.xlsx or .csv) or a workspace (.tfe-workspace or .sqlite).</source>
        <translation>{file}：不是本应用程序可导入的文件。请拖放毒品和犯罪问题办公室 GLOTIP 导出文件（.xlsx 或 .csv）或工作区（.tfe-workspace 或 .sqlite）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An import is already running</source>
        <translation>已有导入正在进行</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing {file}… %p%</source>
        <translation>正在导入 {file}… %p%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import of {file} cancelled</source>
        <translation>已取消导入 {file}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing imported from {file}; nothing stored</source>
        <translation>未从 {file} 导入任何内容；未存储任何内容</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added to {dataset}: {imported} rows imported, {rejected} rejected (saved)</source>
        <translation>已添加到 {dataset}：导入 {imported} 行，拒绝 {rejected} 行（已保存）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added to {dataset}: {imported} rows imported, {rejected} rejected (NOT saved)</source>
        <translation>已添加到 {dataset}：导入 {imported} 行，拒绝 {rejected} 行（未保存！）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>saved in {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT saved</source>
        <translation>未保存！</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dataset} replaced: {imported} rows imported, {rejected} rejected ({where})</source>
        <translation>{dataset} 已替换：导入 {imported} 行，拒绝 {rejected} 行（{where}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{dataset} added: {imported} rows imported, {rejected} rejected ({where})</source>
        <translation>{dataset} 已添加：导入 {imported} 行，拒绝 {rejected} 行（{where}）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add to the dataset on screen?</source>
        <translation>添加到当前显示的数据集？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{new} has no flows and no indicator that {current} already has. Add it to {current}, so that its figures or activities appear next to the others (its source is noted in the provenance), or keep it as a dataset of its own?</source>
        <translation>{new} 没有流向，也没有 {current} 已有的指标。将其添加到 {current}，使其数字或活动与其他数据并列显示（其来源记录在出处中），还是将其保留为单独的数据集？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to {current}</source>
        <translation>添加到 {current}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep as its own dataset</source>
        <translation>保留为单独的数据集</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/locking.py" line="+37"/>
        <source>its folder cannot be written ({error})</source>
        <translation>无法写入其所在文件夹（{error}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is marked read-only</source>
        <translation>该文件被标记为只读</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: {path} is in use by {holder}. Nothing here is saved to it; close it there and open it again (File &gt; Open workspace…), or keep new work with File &gt; Save workspace as….</source>
        <translation>只读：{path} 正被 {holder} 使用。此处的任何内容都不会保存到该文件；请在那里关闭它后重新打开（“文件 &gt; 打开工作区…”），或用“文件 &gt; 工作区另存为…”保留新的工作。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: {path} cannot be written ({holder}). Nothing here is saved to it; keep new work with File &gt; Save workspace as….</source>
        <translation>只读：无法写入 {path}（{holder}）。此处的任何内容都不会保存到该文件；请用“文件 &gt; 工作区另存为…”保留新的工作。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is in use by {holder}. Close it there first.</source>
        <translation>{path} 正被 {holder} 使用。请先在那里关闭它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be written: {holder}.</source>
        <translation>无法写入 {path}：{holder}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>Workspace in use</source>
        <translation>工作区正在使用中</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The other program let go of {path}: this window saves to it now</source>
        <translation>另一个程序已释放 {path}：本窗口现在保存到该文件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path} is in use by {holder}.

This window can show it but will not save to it, so that nothing the other program adds is lost.</source>
        <translation>{path} 正被 {holder} 使用。

本窗口可以显示它，但不会保存到该文件，以免另一个程序添加的内容丢失。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/menu.py" line="-13"/>
        <source>&amp;Import data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a UNODC GLOTIP export (xlsx or csv)</source>
        <translation>导入 UNODC GLOTIP 导出文件（xlsx 或 csv）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save workspace &amp;as…</source>
        <translation>工作区另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Datasets</source>
        <translation>数据集(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to another dataset of this workspace</source>
        <translation>切换到此工作区的另一个数据集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import repor&amp;t…</source>
        <translation>导入报告(&amp;T)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remo&amp;ve dataset from workspace…</source>
        <translation>从工作区移除数据集(&amp;V)…</translation>
    </message>
    <message>
        <source>Import &amp;report…</source>
        <translation type="vanished">导入报告(&amp;R)…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Dataset &amp;provenance…</source>
        <translation>数据集出处(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name dataset…</source>
        <translation>重命名数据集(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove dataset from workspace…</source>
        <translation type="vanished">从工作区移除数据集(&amp;R)…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Trafficking Flows Explorer: {dataset} — {file}</source>
        <translation>Trafficking Flows Explorer：{dataset} — {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{dataset} (synthetic)</source>
        <translation>{dataset}（合成数据）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/renaming.py" line="+26"/>
        <source>Rename dataset</source>
        <translation>重命名数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of {dataset}:</source>
        <translation>{dataset} 的新名称：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A dataset needs a name of its own.</source>
        <translation>数据集需要一个独有的名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another dataset is called {dataset}.</source>
        <translation>已有另一个数据集名为 {dataset}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not renamed</source>
        <translation>未重命名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{old} renamed {new} (saved)</source>
        <translation>{old} 已重命名为 {new}（已保存）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{old} renamed {new} (NOT saved)</source>
        <translation>{old} 已重命名为 {new}（未保存！）</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/reports.py" line="+67"/>
        <source>Aliases applied: {labels} moved out of unknown origins</source>
        <translation>已应用别名：{labels} 已移出不详原籍地</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aliases saved; they apply to later imports</source>
        <translation>别名已保存；它们适用于以后的导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>(NOT saved)</source>
        <translation>（未保存！）</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Rules for {count} groups of rows saved: they apply when you import the file again</source>
        <translation>已保存 {count} 个行组的规则：再次导入该文件时适用</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/session.py" line="-96"/>
        <source>The workspace could not be read: {error}. Use File &gt; Save workspace as… to keep new work.</source>
        <extracomment>Why saving is refused: the file at ``path`` could not be read. The file that could not be read: never written over, whatever the user picks. A reading child started while the user picks a file (see ``start_reader_ahead``). Save the view when the window closes (off for headless renders). The column-mapping question of a table import, while it is open. The running import&apos;s progress bar and Cancel button in the status bar. Asks Save as… / Discard / Cancel when a close would lose unsaved work (None: the dialog of :func:`damaged_workspace.ask_unsaved`; tests set it). The lock that makes this window the workspace&apos;s one writer (None: not held). Why this window may not write the workspace (another program holds it), or None. Whether that is another program holding it (the window may try again once it lets go). The file as this window last read or wrote it (see :mod:`disk_changes`), and the question asked when it changed meanwhile (None: a dialog; tests set it). A change a read-only window could not save (asked about before it closes).</extracomment>
        <translation>无法读取工作区：{error}。请用“文件 &gt; 工作区另存为…”保留新的工作。</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Remove dataset</source>
        <translation>移除数据集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {dataset} from this workspace? Its figures, report and provenance are deleted from the workspace file; the source file is not touched.</source>
        <translation>要从此工作区移除 {dataset} 吗？其数字、报告和出处将从工作区文件中删除；源文件不受影响。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{dataset} removed from the workspace</source>
        <translation>{dataset} 已从工作区移除</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/switching.py" line="+45"/>
        <source>Workspace saved as {path}</source>
        <translation>工作区已另存为 {path}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Workspace not opened</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
</context>
</TS>
