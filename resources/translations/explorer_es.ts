<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../explorer/ui/map/view.py" line="+65"/>
        <location filename="../../explorer/ui/window/accessibility.py" line="+43"/>
        <source>World map</source>
        <translation>Mapa del mundo</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/accessibility.py" line="+1"/>
        <source>Map legend</source>
        <translation>Leyenda del mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country details</source>
        <translation>Detalles del país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow settings</source>
        <translation>Configuración de los flujos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../explorer/ui/window/search_box.py" line="+103"/>
        <source>Find a country</source>
        <translation>Buscar un país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country selected.</source>
        <translation>Ningún país seleccionado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (class {label})</source>
        <translation> (clase {label})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected: {name}, {value}{klass}.</source>
        <translation>Seleccionado: {name}, {value}{klass}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Legend: {labels} ({note}).</source>
        <translation>Leyenda: {labels} ({note}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; line widths for {widths}</source>
        <translation>; grosores de línea para {widths}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; colours {colours}</source>
        <translation>; colores {colours}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No indicator shown.</source>
        <translation>No se muestra ningún indicador.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Which flows the map draws and how: indicator, number, minimum, region, focus, widths and colours</source>
        <translation>Qué flujos dibuja el mapa y cómo: indicador, número, mínimo, región, enfoque, grosores y colores</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the map shows</source>
        <translation>Lo que muestra el mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total, or a part such as sex or age</source>
        <translation>Total, o una parte como el sexo o la edad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play years</source>
        <translation>Reproducir los años</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a country name or ISO code and press Enter to select it; then Tab to the map and use Up and Down to step through the ranking</source>
        <translation>Escriba el nombre o el código ISO de un país y pulse Intro para seleccionarlo; luego pase al mapa con Tab y recorra la clasificación con Arriba y Abajo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Playing through the years (Space pauses)</source>
        <translation>Reproduciendo los años (Espacio para pausar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused (Space plays through the years)</source>
        <translation>En pausa (Espacio reproduce los años)</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../explorer/ui/panel/activities.py" line="+47"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Activity kind</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity theme</source>
        <translation>Tema de la actividad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity status</source>
        <translation>Estado de la actividad</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search activities</source>
        <translation>Buscar actividades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From year</source>
        <translation>Desde el año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To year</source>
        <translation>Hasta el año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assistance activities</source>
        <translation>Actividades de asistencia</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No assistance activities recorded for this country.</source>
        <translation>No hay actividades de asistencia registradas para este país.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 assistance activity: {parts}</source>
        <translation>1 actividad de asistencia: {parts}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n assistance activities: {parts}</source>
        <translation>
            <numerusform>%n actividad de asistencia: {parts}</numerusform>
            <numerusform>%n actividades de asistencia: {parts}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{start} to {end}</source>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Themes: {themes}</source>
        <translation>Temas: {themes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners: {partners}</source>
        <translation>Asociados: {partners}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference: {reference}</source>
        <translation>Referencia: {reference}</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../explorer/ui/window/settings.py" line="+145"/>
        <source>The saved settings come from a newer version of Trafficking Flows Explorer; this version starts with its defaults and leaves them unchanged.</source>
        <extracomment>The layout of the stored keys. Raise it (and convert in ``_migrate``) when a key changes meaning; a file with a higher number came from a newer app. The version passed to QMainWindow.saveState/restoreState (the dock layout format). Values kept in memory only, while the file belongs to a newer app version. A message for the user about the settings file, or &quot;&quot; (e.g. a newer version).</extracomment>
        <translation>La configuración guardada proviene de una versión más reciente de Trafficking Flows Explorer; esta versión se inicia con sus valores predeterminados y no la modifica.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../explorer/ui/window/banner.py" line="+14"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics. Detected victims are not a measure of prevalence.</source>
        <translation>DATOS SINTÉTICOS DE DEMOSTRACIÓN: no son estadísticas oficiales. Las víctimas detectadas no son una medida de la prevalencia.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data warning</source>
        <translation>Advertencia sobre los datos</translation>
    </message>
</context>
<context>
    <name>Caveats</name>
    <message>
        <location filename="../../explorer/core/data/known_caveats.py" line="+20"/>
        <source>SYNTHETIC demonstration data: not official statistics.</source>
        <translation>Datos de demostración SINTÉTICOS: no son estadísticas oficiales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected victims are not a measure of prevalence.</source>
        <translation>Las víctimas detectadas no son una medida de la prevalencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures, flows and activities are invented; any resemblance to real values is chance.</source>
        <translation>Las cifras, los flujos y las actividades son inventados; cualquier parecido con valores reales es casual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detected victims are not a measure of prevalence: they reflect what national authorities detected and reported.</source>
        <translation>Las víctimas detectadas no son una medida de la prevalencia: reflejan lo que las autoridades nacionales detectaron y notificaron.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;5 marks a suppressed count of 1 to 4.</source>
        <translation>&lt;5 indica una cifra pequeña suprimida, de 1 a 4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins are the victims&apos; citizenship as reported; free-text labels were resolved to countries, and unresolved labels are shown as unknown.</source>
        <translation>El origen es la nacionalidad de las víctimas según se notificó; las etiquetas de texto libre se asignaron a países y las etiquetas sin resolver se muestran como desconocidas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Origins and destinations were matched to countries by code or name; origins not understood are shown as unknown, rows whose destination was not a country were set aside (see the import report).</source>
        <translation>Los orígenes y destinos se asignaron a países por código o nombre; los orígenes no reconocidos se muestran como desconocidos y las filas cuyo destino no era un país se apartaron (véase el informe de importación).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;N marks a suppressed count of 1 to N-1.</source>
        <translation>&lt;N indica una cifra pequeña suprimida, de 1 a N-1.</translation>
    </message>
</context>
<context>
    <name>ClassesNote</name>
    <message>
        <location filename="../../explorer/core/view/choropleth.py" line="+57"/>
        <source>Quantile classes over {span}</source>
        <extracomment>The classes note of each scheme (English in data exports, translated on display).</extracomment>
        <translation>Clases por cuantiles en {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural-breaks classes over {span}</source>
        <translation>Clases por cortes naturales en {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal-interval classes over {span}</source>
        <translation>Clases de intervalos iguales en {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual-break classes over {span}</source>
        <translation>Clases con cortes manuales en {span}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{first}-{last}</source>
        <translation>{first}-{last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories, in order, over {span}</source>
        <translation>Categorías, en orden, en {span}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change against the year before; fixed classes centred on no change</source>
        <translation>Variación respecto del año anterior; clases fijas centradas en la ausencia de cambio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change against the first year; fixed classes centred on no change</source>
        <translation>Variación respecto del primer año; clases fijas centradas en la ausencia de cambio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{scheme} classes over {span}</source>
        <translation>Clases {scheme} en {span}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all years</source>
        <translation>todos los años</translation>
    </message>
</context>
<context>
    <name>CompareYears</name>
    <message>
        <location filename="../../explorer/ui/map/compare_years.py" line="+26"/>
        <location line="+59"/>
        <source>Compare two years</source>
        <translation>Comparar dos años</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Indicator:</source>
        <translation>Indicador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the change</source>
        <translation>Mostrar la variación</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Compare t&amp;wo years…</source>
        <translation>Co&amp;mparar dos años…</translation>
    </message>
    <message>
        <source>&amp;Compare two years…</source>
        <translation type="vanished">Co&amp;mparar dos años…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A map of how the shown indicator changed between two years</source>
        <translation>Un mapa de cómo varió el indicador mostrado entre dos años</translation>
    </message>
</context>
<context>
    <name>Consistency</name>
    <message>
        <location filename="../../explorer/core/indicators/consistency_words.py" line="+36"/>
        <source>a part above the total</source>
        <translation>una parte mayor que el total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parts above the total</source>
        <translation>las partes mayores que el total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a &lt;5 total with parts above 4</source>
        <translation>un total &lt;5 cuyas partes suman más de 4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{part} alone is {number}, above the total {total}.</source>
        <extracomment>A warning on a figure (&quot;⚠ In the file: …&quot;): one part of its breakdown (&quot;Female&quot;, &quot;Children (0-17)&quot;, &quot;Sexual exploitation&quot;) is larger than the total the file gives.</extracomment>
        <translation>El desglose «{part}» por sí solo es {number}, más que el total ({total}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The origin &apos;{origin}&apos; alone is {number}, above the total {total}.</source>
        <translation>El origen «{origin}» por sí solo es {number}, más que el total ({total}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One part alone is {number}, above the total {total}.</source>
        <translation>Una parte por sí sola es {number}, más que el total ({total}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Female + male add up to {number}, more than the total {total}.</source>
        <translation>Sexo femenino + sexo masculino suman {number}, más que el total ({total}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children + adults add up to {number}, more than the total {total}.</source>
        <translation>Niños y niñas + adultos suman {number}, más que el total ({total}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The forms of exploitation add up to {number}, more than the total {total}.</source>
        <translation>Las formas de explotación suman {number}, más que el total ({total}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The origins add up to {number}, more than the total {total}.</source>
        <translation>Los orígenes suman {number}, más que el total ({total}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The total is {total}, but female + male add up to {number}.</source>
        <translation>El total es {total}, pero sexo femenino + sexo masculino suman {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but children + adults add up to {number}.</source>
        <translation>El total es {total}, pero niños y niñas + adultos suman {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but the forms of exploitation add up to {number}.</source>
        <translation>El total es {total}, pero las formas de explotación suman {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but the origins add up to {number}.</source>
        <translation>El total es {total}, pero los orígenes suman {number}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sex</source>
        <extracomment>The breakdown a contradiction is in, as the import report&apos;s column names it.</extracomment>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms of exploitation</source>
        <translation>Formas de explotación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins</source>
        <translation>Orígenes</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../../explorer/ui/common/core_texts.py" line="+40"/>
        <source>The boundaries and names shown do not imply official endorsement or acceptance.</source>
        <extracomment>Every fixed core text the UI shows (the ``QT_TRANSLATE_NOOP`` calls are what lupdate reads).</extracomment>
        <translation>Las fronteras y los nombres que se muestran no implican su aprobación o aceptación oficial.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics</source>
        <translation>DATOS SINTÉTICOS DE DEMOSTRACIÓN: no son estadísticas oficiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Sexo femenino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Sexo masculino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other sex</source>
        <translation>Otro sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex unknown</source>
        <translation>Sexo desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children (0-17)</source>
        <translation>Niños y niñas (0-17)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults (18+)</source>
        <translation>Adultos (18+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age unknown</source>
        <translation>Edad desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Girls</source>
        <translation>Niñas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys</source>
        <translation>Niños</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual exploitation</source>
        <translation>Explotación sexual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced labour</source>
        <translation>Trabajo forzoso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other forms of exploitation</source>
        <translation>Otras formas de explotación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deuteranopia (green-blind, the most common)</source>
        <translation>Deuteranopía (ceguera al verde, la más común)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protanopia (red-blind)</source>
        <translation>Protanopía (ceguera al rojo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tritanopia (blue-blind, rare)</source>
        <translation>Tritanopía (ceguera al azul, poco común)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greyscale (black-and-white print)</source>
        <translation>Escala de grises (impresión en blanco y negro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slide 16:9, 1920 x 1080 px</source>
        <translation>Diapositiva 16:9, 1920 x 1080 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide 16:9 4K, 3840 x 2160 px</source>
        <translation>Diapositiva 16:9 4K, 3840 x 2160 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 horizontal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 portrait</source>
        <translation>A4 vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 landscape</source>
        <translation>A3 horizontal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 portrait</source>
        <translation>A3 vertical</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: the sum of the exact figures of the countries in the place that reported; a &lt;5 is never added as a number.</source>
        <translation>Total: la suma de las cifras exactas de los países de la zona que informaron; un &lt;5 nunca se suma como número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change since the previous year: over the countries with an exact figure in both years only (a &lt;5 or a gap in either year leaves the country out).</source>
        <translation>Variación respecto del año anterior: solo sobre los países con una cifra exacta en ambos años (un &lt;5 o una laguna en cualquiera de los dos años excluye al país).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trend: each year&apos;s change on its own constant set of countries, chained into an index (first year = 100); a rise in reporting is never read as a rise in trafficking.</source>
        <translation>Tendencia: la variación de cada año sobre su propio conjunto constante de países, encadenada en un índice (primer año = 100); un aumento de la notificación nunca se interpreta como un aumento de la trata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shares (children, girls, boys, women, men, forms of exploitation): over the countries that reported every part of the breakdown exactly; the range adds the countries whose parts include a &lt;5.</source>
        <translation>Proporciones (niños y niñas, niñas, niños, mujeres, hombres, formas de explotación): sobre los países que informaron de cada parte del desglose con exactitud; el intervalo añade los países cuyas partes incluyen un &lt;5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where victims came from: relative to each country of detection; each share is a range, from every &lt;5 at 1 to every &lt;5 at 4.</source>
        <translation>De dónde procedían las víctimas: en relación con cada país de detección; cada proporción es un intervalo, desde todos los &lt;5 en 1 hasta todos los &lt;5 en 4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Levels (such as TIP tiers) are ordered ranks, not quantities: no total, sum, change, trend or share of them is computed.</source>
        <translation>Los niveles (como los Niveles del informe TIP) son rangos ordenados, no cantidades: no se calcula ningún total, suma, cambio, tendencia ni proporción de ellos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A place counts how many of its countries stand at each level in the year shown, in the levels&apos; order; a country with no level that year is not counted.</source>
        <translation>Una zona cuenta cuántos de sus países están en cada nivel en el año mostrado, en el orden de los niveles; un país sin nivel ese año no se cuenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A level outside the order (such as Special case) is counted apart and never ranked; a country&apos;s chart by year marks it above the ranked levels.</source>
        <translation>Un nivel fuera del orden (como «Special case») se cuenta aparte y nunca se clasifica; el gráfico por año de un país lo marca por encima de los niveles ordenados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>Proporciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins</source>
        <translation>Orígenes</translation>
    </message>
    <message>
        <location filename="../../explorer/render/page/legend.py" line="+61"/>
        <location filename="../../explorer/ui/common/core_texts.py" line="-77"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../explorer/ui/common/core_texts.py" line="+1"/>
        <source>Suppressed (&lt;{n})</source>
        <translation>Suprimido (&lt;{n})</translation>
    </message>
    <message>
        <location filename="../../explorer/core/demo/shown_name.py" line="+13"/>
        <source>Demo (synthetic)</source>
        <translation>Demostración (datos sintéticos)</translation>
    </message>
</context>
<context>
    <name>CountryBrief</name>
    <message>
        <location filename="../../explorer/ui/export/brief_page.py" line="+39"/>
        <source>The boundaries and names shown do not imply official endorsement or acceptance.</source>
        <translation>Las fronteras y los nombres que se muestran no implican su aprobación o aceptación oficial.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortened to fit one page (…): the app shows all of it.</source>
        <translation>Acortado (…) para caber en una página; la aplicación lo muestra todo.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/country_brief.py" line="+48"/>
        <source>Country brief: {name}</source>
        <translation>Ficha de país: {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/brief_page.py" line="+71"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics</source>
        <translation>DATOS SINTÉTICOS DE DEMOSTRACIÓN: no son estadísticas oficiales</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/country_brief.py" line="+5"/>
        <source>{iso3} · {region} · {subregion} · country brief, {year}</source>
        <translation>{iso3} · {region} · {subregion} · ficha de país, {year}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{indicator} ({breakdown}) by year</source>
        <translation>{indicator} ({breakdown}) por año</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who the detected victims were, {year}</source>
        <translation>Quiénes eran las víctimas detectadas, {year}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top origins: {flows}</source>
        <translation>Principales orígenes: {flows}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected in: {flows}</source>
        <translation>Países de detección: {flows}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no flows recorded</source>
        <translation>no hay flujos registrados</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Assistance activities ({count})</source>
        <translation>Actividades de asistencia ({count})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/brief_page.py" line="+106"/>
        <source>Produced with Trafficking Flows Explorer on {date}.</source>
        <translation>Elaborado con Trafficking Flows Explorer el {date}.</translation>
    </message>
</context>
<context>
    <name>CountryProfile</name>
    <message numerus="yes">
        <location filename="../../explorer/core/indicators/country_profile.py" line="+30"/>
        <source> (sum of %n rows)</source>
        <translation>
            <numerusform> (suma de %n fila)</numerusform>
            <numerusform> (suma de %n filas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (sum of %n rows of the file)</source>
        <translation>
            <numerusform> (suma de %n fila del archivo)</numerusform>
            <numerusform> (suma de %n filas del archivo)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No detected-victim figures for {name} in this dataset</source>
        <translation>No hay cifras de víctimas detectadas para {name} en este conjunto de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No smuggled-migrant figures for {name} in this dataset</source>
        <translation>No hay cifras de migrantes objeto de tráfico ilícito para {name} en este conjunto de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No persons-convicted figures for {name} in this dataset</source>
        <translation>No hay cifras de personas condenadas para {name} en este conjunto de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No &quot;{indicator}&quot; figures for {name} in this dataset</source>
        <translation>No hay cifras de «{indicator}» para {name} en este conjunto de datos</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../explorer/ui/panel/detail.py" line="+78"/>
        <location line="+132"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Click a country on the map, or find one with Ctrl+F.</source>
        <extracomment>The interface language: region names and numbers are written in it.</extracomment>
        <translation>Haga clic en un país del mapa o búsquelo con Ctrl+F.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Year</source>
        <extracomment>Another edition of the data gives this figure differently (View &gt; Compare editions).</extracomment>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures over time</source>
        <translation>Cifras a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assistance activities</source>
        <translation>Actividades de asistencia</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Place</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No country selected</source>
        <translation>Ningún país seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No country selected: click one on the map, or find one with Ctrl+F.</source>
        <translation>Ningún país seleccionado: haga clic en uno del mapa o búsquelo con Ctrl+F.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place_links.py" line="+73"/>
        <source>Subregion: {name} →</source>
        <translation>Subregión: {name} →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: {name} →</source>
        <translation>Región: {name} →</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/detail.py" line="+49"/>
        <source>{indicator} ({breakdown}) by year</source>
        <translation>{indicator} ({breakdown}) por año</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who the detected victims were, {year}</source>
        <translation>Quiénes eran las víctimas detectadas, {year}</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <location filename="../../explorer/ui/editions/menu.py" line="+18"/>
        <source>Compare &amp;editions…</source>
        <translation>Comparar &amp;ediciones…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the newer edition of the data on screen revised</source>
        <translation>Lo que revisó la edición más reciente de los datos en pantalla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import another edition of the same publication (e.g. a newer GLOTIP export) to compare them</source>
        <translation>Importe otra edición de la misma publicación (p. ej., una exportación GLOTIP más reciente) para compararlas</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/revision_map.py" line="+42"/>
        <source>raised</source>
        <translation>aumentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowered</source>
        <translation>reducido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made exact within the old range</source>
        <translation>hecho exacto dentro del intervalo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to a later level</source>
        <translation>pasó a un nivel posterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to an earlier level</source>
        <translation>pasó a un nivel anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved into a level outside the order</source>
        <translation>pasó a un nivel fuera del orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved out of a level outside the order</source>
        <translation>salió de un nivel fuera del orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new in the newer edition</source>
        <translation>nuevo en la edición más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../explorer/ui/editions/window.py" line="+103"/>
        <source>Revision map</source>
        <translation>Mapa de revisiones</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{words} ({count})</source>
        <translation>{words} ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no figure in either edition</source>
        <translation>sin cifra en ninguna de las ediciones</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/revision_table.py" line="+32"/>
        <source>Country</source>
        <extracomment>(column of the frame, header) in the table&apos;s order.</extracomment>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All revised</source>
        <extracomment>Kinds the filter offers; &quot;&quot; shows every revised figure (unchanged ones left out).</extracomment>
        <translation>Todas las revisiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{kind} ({direction})</source>
        <translation>{kind} ({direction})</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Filter: country, …</source>
        <translation>Filtrar: país, …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the revised figures</source>
        <translation>Filtrar las cifras revisadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of revision</source>
        <translation>Tipo de revisión</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../explorer/ui/editions/window.py" line="+5"/>
        <source>Revised figures</source>
        <translation>Cifras revisadas</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/window.py" line="-54"/>
        <source>no figures</source>
        <translation>sin cifras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} (N={n} of {m})</source>
        <translation>{total} (N={n} de {m})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not computable</source>
        <translation>no calculable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pct} (N={n})</source>
        <translation>{pct} (N={n})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Compare editions</source>
        <translation>Comparar ediciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export table…</source>
        <translation>&amp;Exportar tabla…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+121"/>
        <source>Place</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>The World and regions in each edition</source>
        <translation>El mundo y las regiones en cada edición</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>World and regions</source>
        <translation>Mundo y regiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current edition:</source>
        <translation>Edición actual:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compared with:</source>
        <translation>comparada con:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The workspace holds one edition only.</source>
        <translation>El espacio de trabajo contiene una sola edición.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{new} against the {old}: {changed} figures changed, {added} new, {withdrawn} withdrawn, {same} unchanged. The map shows {indicator}, {breakdown}, {year}.</source>
        <translation>{new} frente a {old}: {changed} cifras modificadas, {added} nuevas, {withdrawn} retiradas, {same} sin cambios. El mapa muestra {indicator}, {breakdown}, {year}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>total</source>
        <translation>total</translation>
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
        <translation>Total, {edition}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Change, {edition}</source>
        <translation>Variación, {edition}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{year}. Total: the sum of the exact figures of the N countries that reported one, of M in the place. Change since {previous}: over the N countries with an exact figure in both years, in that edition.</source>
        <translation>{year}. Total: la suma de las cifras exactas de los N países que informaron de una, de los M de la zona. Variación desde {previous}: sobre los N países con una cifra exacta en ambos años, en esa edición.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+9"/>
        <source>Export revised figures</source>
        <translation>Exportar las cifras revisadas</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../../explorer/ui/window/error_handler.py" line="+170"/>
        <source>Error &amp;log…</source>
        <extracomment>The package logger: the error log also gets the app&apos;s own warnings.</extracomment>
        <translation>&amp;Registro de errores…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where unexpected errors are written, to send with a report</source>
        <translation>Dónde se escriben los errores inesperados, para enviarlos con un informe</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{error} happened again ({count} times); see Help &gt; Error log</source>
        <translation>{error} se produjo de nuevo ({count} veces); véase Ayuda &gt; Registro de errores</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/error_texts.py" line="+28"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: {error}</source>
        <translation>Algo salió mal: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app keeps running, but what you just did may not have finished.</source>
        <translation>La aplicación sigue funcionando, pero es posible que lo que acaba de hacer no haya terminado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are in the log file:</source>
        <translation>Los detalles están en el archivo de registro:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No log file could be written: copy the details below instead.</source>
        <translation>No se pudo escribir ningún archivo de registro: copie en su lugar los detalles que figuran a continuación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This error happened {count} times.</source>
        <translation>Este error se produjo {count} veces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} other error(s) happened since; they are in the log too.</source>
        <translation>Desde entonces se produjeron {count} errores más; también están en el registro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Error log</source>
        <translation>Registro de errores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected errors are written, with their details, to:</source>
        <translation>Los errores inesperados se escriben, con sus detalles, en:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors this session: {count}. Send the file with a problem report.</source>
        <translation>Errores en esta sesión: {count}. Envíe el archivo con un informe del problema.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open log folder</source>
        <translation>Abrir la carpeta del registro</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/ui/export/page_size.py" line="+21"/>
        <source>Custom size</source>
        <translation>Tamaño personalizado</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/formats.py" line="+28"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image (*.svg)</source>
        <translation>Imagen vectorial SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive HTML map, works offline (*.html)</source>
        <translation>Mapa HTML interactivo, funciona sin conexión (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage for QGIS (*.gpkg)</source>
        <translation>GeoPackage para QGIS (*.gpkg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image</source>
        <translation>Imagen vectorial SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive HTML map (offline)</source>
        <translation>Mapa HTML interactivo (sin conexión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: CSV</source>
        <translation>Datos: CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: Excel (XLSX)</source>
        <translation>Datos: Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: GeoPackage (QGIS)</source>
        <translation>Datos: GeoPackage (QGIS)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not used by the interactive HTML map: it fills the browser window and opens on the whole world with its legends. Used by PNG, SVG and PDF images.</source>
        <translation>No se usa en el mapa HTML interactivo: ocupa la ventana del navegador y se abre con el mundo entero y sus leyendas. Se usa en las imágenes PNG, SVG y PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not used by data files (CSV, Excel, GeoPackage): they hold the figures, not a picture. Used by PNG, SVG and PDF images.</source>
        <translation>No se usa en los archivos de datos (CSV, Excel, GeoPackage): contienen las cifras, no una imagen. Se usa en las imágenes PNG, SVG y PDF.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/dialog.py" line="+51"/>
        <location line="+217"/>
        <source>Export map</source>
        <translation>Exportar mapa</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/page_size.py" line="+32"/>
        <source>Width</source>
        <extracomment>a PNG of a paper page gets print resolution</extracomment>
        <translation>Ancho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of width and height</source>
        <translation>Unidad del ancho y del alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (dots per inch)</source>
        <translation>Resolución (puntos por pulgada)</translation>
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
        <translation>a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/dialog.py" line="-200"/>
        <source>Legends (classes, no data, suppressed, flow widths)</source>
        <translation>Leyendas (clases, sin datos, suprimidas, grosores de flujo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole world</source>
        <translation>Todo el mundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current view</source>
        <translation>Vista actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle:</source>
        <translation>Subtítulo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source line:</source>
        <translation>Línea de fuente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caveat:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclaimer:</source>
        <translation>Descargo de responsabilidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date line:</source>
        <translation>Línea de fecha:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extent:</source>
        <translation>Extensión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synthetic data: the export carries the SYNTHETIC band.</source>
        <translation>Datos sintéticos: la exportación lleva la banda SINTÉTICOS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export preview</source>
        <translation>Vista previa de la exportación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the map image to the clipboard, to paste into slides</source>
        <translation>Copiar la imagen del mapa al portapapeles, para pegarla en diapositivas</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{width} x {height} px</source>
        <translation>{width} x {height} px</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{width} x {height} mm ({pixels} at {dpi} dpi)</source>
        <translation>{width} x {height} mm ({pixels} a {dpi} dpi)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{format}, {size}.</source>
        <translation>{format}, {size}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An interactive map in one HTML file that opens with no network.</source>
        <translation>Un mapa interactivo en un solo archivo HTML que se abre sin conexión a la red.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{format}: the values, classes and flows shown, with the source.</source>
        <translation>{format}: los valores, las clases y los flujos mostrados, con la fuente.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written: {error}</source>
        <translation>No se escribió nada: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {path}</source>
        <translation>Exportado {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Map image copied to the clipboard</source>
        <translation>Imagen del mapa copiada al portapapeles</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../explorer/core/data/figures.py" line="+76"/>
        <source>no figure</source>
        <translation>ninguna cifra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {figure} figure</source>
        <translation>una cifra {figure}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an inexact figure</source>
        <translation>una cifra inexacta</translation>
    </message>
    <message>
        <location filename="../../explorer/core/data/values.py" line="+28"/>
        <source>at least {number}</source>
        <extracomment>Flag of a derived value known only as a range (a rate from a suppressed count). Flag of a sum that includes ``&lt;5`` cells: ``value`` is then a lower bound.</extracomment>
        <translation>al menos {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low} to {high}</source>
        <translation>{low} a {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>FirstFrame</name>
    <message>
        <location filename="../../explorer/ui/window/first_frame.py" line="+81"/>
        <source>Opening the workspace…</source>
        <extracomment>The stored settings that change how the map looks: every ``view/`` one. (The window&apos;s size and docks are the frame&apos;s own: it is kept after the window closed and stored them.)</extracomment>
        <translation>Abriendo el espacio de trabajo…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../explorer/ui/window/first_run.py" line="+47"/>
        <source>About the demo data</source>
        <translation>Acerca de los datos de demostración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is synthetic demonstration data</source>
        <translation>Estos son datos sintéticos de demostración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures and flows on this map are invented by the program to show how it works. They are not official statistics and must not be quoted.</source>
        <translation>Las cifras y los flujos de este mapa los inventa el programa para mostrar cómo funciona. No son estadísticas oficiales y no deben citarse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To see real data, choose File &gt; Import data… or drag a file onto the window: a UNODC GLOTIP export (xlsx or csv), a CTDC data file, a country-indicator sheet or an activity list. Imports are kept in your workspace, with their source and caveats.</source>
        <translation>Para ver datos reales, elija Archivo &gt; Importar datos… o arrastre un archivo a la ventana: una exportación GLOTIP de la UNODC (xlsx o csv), un archivo de datos CTDC, una hoja de indicadores por país o una lista de actividades. Las importaciones se guardan en su espacio de trabajo, con su fuente y sus advertencias.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing needs a workspace (started without --demo-only)</source>
        <translation>Para importar se necesita un espacio de trabajo (iniciado sin --demo-only)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Got it</source>
        <translation>&amp;Entendido</translation>
    </message>
</context>
<context>
    <name>FlowControls</name>
    <message>
        <location filename="../../explorer/ui/map/flow_controls.py" line="+28"/>
        <source>Follow the map&apos;s indicator</source>
        <translation>Seguir el indicador del mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All flows</source>
        <translation>Todos los flujos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into the selected country</source>
        <translation>Hacia el país seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of the selected country</source>
        <translation>Desde el país seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into and out of the selected country</source>
        <translation>Hacia y desde el país seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Square root of volume</source>
        <translation>Raíz cuadrada del volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear in volume</source>
        <translation>Lineal con el volumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subregions</source>
        <translation>Subregiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By origin region</source>
        <translation>Por región de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single colour</source>
        <translation>Un solo color</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Show flows</source>
        <extracomment>The language indicators are named in (the data keep English).</extracomment>
        <translation>Mostrar los flujos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flow indicator</source>
        <translation>Indicador de flujo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows between</source>
        <translation>Flujos entre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sum the country flows into flows between UN subregions or regions (flows inside one place are drawn as a ring)</source>
        <translation>Sumar los flujos entre países en flujos entre subregiones o regiones de las Naciones Unidas (los flujos dentro de una misma zona se dibujan como un anillo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of largest flows</source>
        <translation>Número de flujos más grandes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum volume</source>
        <translation>Volumen mínimo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Width</source>
        <translation>Grosor</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Same widths for every year</source>
        <translation>Mismos grosores para todos los años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock width scale</source>
        <translation>Fijar la escala de grosores</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Show &lt;5 flows as dashed lines</source>
        <translation>Mostrar los flujos &lt;5 con líneas discontinuas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show suppressed flows</source>
        <translation>Mostrar los flujos suprimidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Circles for incoming and outgoing totals</source>
        <translation>Círculos para los totales entrantes y salientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location totals</source>
        <translation>Totales por ubicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>Más grandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least</source>
        <translation>Como mínimo</translation>
    </message>
</context>
<context>
    <name>FlowLegend</name>
    <message>
        <location filename="../../explorer/render/flows/legend.py" line="+44"/>
        <source>Total detected in the country</source>
        <extracomment>The ring&apos;s words (&quot;&quot; = own nationals; flows between places: within the place).</extracomment>
        <translation>Total detectado en el país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total from the country (dashed)</source>
        <translation>Total procedente del país (discontinuo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own nationals (domestic)</source>
        <translation>Nacionales del propio país (flujo interno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppressed (&lt;5)</source>
        <translation>Suprimido (&lt;5)</translation>
    </message>
</context>
<context>
    <name>FlowPair</name>
    <message>
        <location filename="../../explorer/ui/panel/flow_pair.py" line="+45"/>
        <source>Year</source>
        <extracomment>The flows on the map (summed between places when the layer joins places) and the names of their ends: a clicked subregion flow has its series here too.</extracomment>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected flow by year</source>
        <translation>Flujo seleccionado por año</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Selected flow: {origin} → {destination} ({what})</source>
        <translation>Flujo seleccionado: {origin} → {destination} ({what})</translation>
    </message>
</context>
<context>
    <name>FlowTable</name>
    <message>
        <location filename="../../explorer/core/indicators/country_flow_table.py" line="+89"/>
        <source>No shares: no row has an exact figure</source>
        <translation>Sin proporciones: ninguna fila tiene una cifra exacta</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Shares are of the {sum} {people} counted exactly; %n rows without an exact figure (&lt;5) left out</source>
        <translation>
            <numerusform>Proporciones sobre {sum} {people} (recuento exacto); se excluye %n fila sin cifra exacta (&lt;5)</numerusform>
            <numerusform>Proporciones sobre {sum} {people} (recuento exacto); se excluyen %n filas sin cifra exacta (&lt;5)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <location filename="../../explorer/core/flows/labels.py" line="+24"/>
        <source>Own nationals (domestic)</source>
        <translation>Nacionales del propio país (flujo interno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown origin</source>
        <translation>Origen desconocido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place} (former country, not on today&apos;s map)</source>
        <translation>{place} (antiguo país, ausente del mapa actual)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{region} (region, country not specified)</source>
        <translation>{region} (región, país no especificado)</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>{amount} identified victims</source>
        <translation>
            <numerusform>{amount} víctima identificada</numerusform>
            <numerusform>{amount} víctimas identificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} detected victims</source>
        <translation>
            <numerusform>{amount} víctima detectada</numerusform>
            <numerusform>{amount} víctimas detectadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} smuggled migrants detected</source>
        <translation>
            <numerusform>{amount} migrante objeto de tráfico ilícito detectado</numerusform>
            <numerusform>{amount} migrantes objeto de tráfico ilícito detectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} persons convicted</source>
        <translation>
            <numerusform>{amount} persona condenada</numerusform>
            <numerusform>{amount} personas condenadas</numerusform>
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
        <translation>víctimas identificadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected victims</source>
        <translation>víctimas detectadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smuggled migrants detected</source>
        <translation>migrantes objeto de tráfico ilícito detectados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persons convicted</source>
        <translation>personas condenadas</translation>
    </message>
    <message>
        <location filename="../../explorer/core/flows/selection.py" line="+106"/>
        <source>{amount} of unknown origin</source>
        <translation>{amount} de origen desconocido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} own nationals (domestic)</source>
        <translation>{amount} nacionales del propio país (flujo interno)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} from {place}</source>
        <translation>{amount}, origen: {place}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{amount} from {place} (not on the map)</source>
        <translation>{amount}, origen: {place} (no figura en el mapa)</translation>
    </message>
</context>
<context>
    <name>FlowsOverlay</name>
    <message>
        <location filename="../../explorer/render/flows/drawn.py" line="+35"/>
        <source>Width: square-root scale, {scale}</source>
        <translation>Grosor: escala de raíz cuadrada, {scale}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width: linear scale, {scale}</source>
        <translation>Grosor: escala lineal, {scale}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map/flows_overlay.py" line="+167"/>
        <source>{origin} → {destination}, {year}: {what}</source>
        <translation>{origin} → {destination}, {year}: {what}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Country pairs behind it ({n}):</source>
        <translation>Pares de países que lo componen ({n}):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <location filename="../../explorer/render/flows/drawn.py" line="-5"/>
        <source>subregions</source>
        <extracomment>``translate(context, text)``: the app&apos;s translations, installed by the ui at start.</extracomment>
        <translation>subregiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <translation>regiones</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>From {region}</source>
        <translation>Origen: {region}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>locked across years</source>
        <translation>fija para todos los años</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this year</source>
        <translation>este año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows: {what}, {year}</source>
        <translation>Flujos: {what}, {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows between {level}: {what}, {year}</source>
        <translation>Flujos entre {level}: {what}, {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within the place (own nationals included)</source>
        <translation>Dentro de la zona (incluidos los nacionales del propio país)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../explorer/ui/window/about_dialog.py" line="+111"/>
        <source>not stated</source>
        <extracomment>Licences of the dependencies, for packages whose metadata does not name one clearly. Packages the app needs beyond its declared dependencies (PySide6&apos;s runtime). Free-text licence names and their SPDX identifiers. Licence texts too vague to print when the table above knows better.</extracomment>
        <translation>no indicada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Font licence text (SIL Open Font License 1.1): {path}</source>
        <translation>Texto de la licencia de las fuentes (SIL Open Font License 1.1): {path}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Country shapes: Natural Earth admin-0 countries, 1:50m (Natural Earth 4.1.0), as packaged in world-atlas 2.0.2. Natural Earth data: public domain. world-atlas packaging: ISC licence, (c) Michael Bostock. Boundaries are Natural Earth&apos;s de facto lines, not an official position.</source>
        <translation>Contornos de los países: países admin-0 de Natural Earth, 1:50m (Natural Earth 4.1.0), tal como se empaquetan en world-atlas 2.0.2. Datos de Natural Earth: dominio público. Empaquetado de world-atlas: licencia ISC, (c) Michael Bostock. Las fronteras son las líneas de facto de Natural Earth, no una posición oficial.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo data: synthetic, generated by this program to show how it works. Not official statistics.</source>
        <translation>Datos de demostración: sintéticos, generados por este programa para mostrar cómo funciona. No son estadísticas oficiales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported data stay under their publishers&apos; terms (UNODC GLOTIP, CTDC and others); each dataset&apos;s source, edition, licence and caveats are in File &gt; Dataset provenance…</source>
        <translation>Los datos importados siguen sujetos a las condiciones de sus editores (UNODC GLOTIP, CTDC y otros); la fuente, la edición, la licencia y las advertencias de cada conjunto de datos figuran en Archivo &gt; Procedencia del conjunto de datos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leaflet {version} (inlined in the interactive HTML export): BSD-2-Clause, (c) Vladimir Agafonkin, (c) CloudMade.</source>
        <translation>Leaflet {version} (incluido en la exportación HTML interactiva): BSD-2-Clause, (c) Vladimir Agafonkin, (c) CloudMade.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An offline map of human-trafficking and migrant-smuggling data. It makes no network request.</source>
        <translation>Un mapa sin conexión de datos sobre la trata de personas y el tráfico ilícito de migrantes. No realiza ninguna solicitud de red.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+89"/>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Libraries (package, version, licence)</source>
        <translation>Bibliotecas (paquete, versión, licencia)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compiled libraries inside them</source>
        <translation>Bibliotecas compiladas que contienen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fonts (font, version, licence)</source>
        <translation>Fuentes (fuente, versión, licencia)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About Trafficking Flows Explorer</source>
        <translation>Acerca de Trafficking Flows Explorer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Font</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compiled libraries</source>
        <translation>Bibliotecas compiladas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy all as text</source>
        <translation>&amp;Copiar todo como texto</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/how_to_read.py" line="+30"/>
        <source>Detected victims are not prevalence</source>
        <translation>Las víctimas detectadas no son la prevalencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures count victims that the authorities of a country detected and reported: people identified by police, prosecutors, courts, social services or organisations. They do not estimate how many people are trafficked. A high figure can mean that a country looks hard and records well; a low figure, or none, does not mean that trafficking is rare.</source>
        <translation>Las cifras cuentan las víctimas que las autoridades de un país detectaron y notificaron: personas identificadas por la policía, la fiscalía, los tribunales, los servicios sociales u otras organizaciones. No estiman cuántas personas son objeto de trata. Una cifra alta puede significar que un país busca con empeño y registra bien; una cifra baja, o ninguna, no significa que la trata sea poco frecuente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Countries detect differently</source>
        <translation>Los países detectan de forma diferente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laws, definitions, institutions and ways of counting differ between countries and change over time. Compare countries with care; a trend within one country is usually safer than a ranking of countries.</source>
        <translation>Las leyes, las definiciones, las instituciones y las formas de contar difieren entre países y cambian con el tiempo. Compare los países con cautela; la tendencia dentro de un país suele ser más fiable que una clasificación de países.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suppressed small counts</source>
        <translation>Cifras pequeñas suprimidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishers hide small numbers to protect the people behind them: &quot;&lt;5&quot; (UNODC GLOTIP) means between 1 and 4, &quot;&lt;10&quot; (CTDC) between 1 and 9. The map shows such figures as a range with their own legend swatch, never as a number and never as zero; totals that include them read &quot;at least&quot;. Grey countries have no figure for that year.</source>
        <translation>Los editores ocultan las cifras pequeñas para proteger a las personas que hay detrás: &quot;&lt;5&quot; (UNODC GLOTIP) significa entre 1 y 4, &quot;&lt;10&quot; (CTDC) entre 1 y 9. El mapa muestra esas cifras como un intervalo con su propia muestra en la leyenda, nunca como un número ni como cero; los totales que las incluyen se leen &quot;como mínimo&quot;. Los países en gris no tienen cifra para ese año.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flows are minimum figures</source>
        <translation>Los flujos son cifras mínimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An arrow from A to B counts the victims detected in B whose citizenship was recorded as A. Victims whose citizenship was not recorded, or recorded only as a region or as unknown, have no arrow: they are listed in the country&apos;s tooltip and panel. So each arrow is at least the number shown, and a country&apos;s arrows do not add up to all its victims. Citizenship is not always where a person was recruited.</source>
        <translation>Una flecha de A a B cuenta las víctimas detectadas en B cuya nacionalidad se registró como A. Las víctimas cuya nacionalidad no se registró, o se registró solo como una región o como desconocida, no tienen flecha: figuran en la información emergente y en el panel del país. Por tanto, cada flecha vale como mínimo el número mostrado, y las flechas de un país no suman todas sus víctimas. La nacionalidad no siempre es el lugar donde se captó a la persona.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case data (CTDC)</source>
        <translation>Datos de casos (CTDC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTDC data describe identified cases recorded by the contributing organisations: a sample of identified victims, not a count for a whole country.</source>
        <translation>Los datos del CTDC describen casos identificados registrados por las organizaciones colaboradoras: una muestra de víctimas identificadas, no un recuento de todo un país.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rates per 100,000</source>
        <translation>Tasas por cada 100 000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates divide a count by the population loaded in the workspace for the same country and year (or the nearest year, said in the caveat). A rate built on a suppressed count is a range. Demo data get no rates.</source>
        <translation>Las tasas dividen un recuento por la población cargada en el espacio de trabajo para el mismo país y año (o el año más próximo, indicado en la advertencia). Una tasa basada en una cifra suprimida es un intervalo. Los datos de demostración no tienen tasas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The World, regions and groups</source>
        <translation>El mundo, las regiones y los grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With no country selected, the panel shows a place: the World, a UN region or subregion, or a group of your own (the place picker, View &gt; Zoom to region, or the links in a country&apos;s panel). Every figure says how many countries it covers (N), because countries report different years:</source>
        <translation>Sin ningún país seleccionado, el panel muestra una zona: el mundo, una región o subregión de las Naciones Unidas, o un grupo propio (el selector de zonas, Ver &gt; Ir a la región, o los enlaces del panel de un país). Cada cifra indica cuántos países abarca (N), porque los países informan de años diferentes:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flows between places</source>
        <translation>Flujos entre zonas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows &gt; Between: subregions or regions sums the country flows into flows between places, drawn between points on land inside each place; flows inside one place (own nationals included) are its ring. The tooltip lists the country pairs behind each. A sum with a &lt;5 part reads &quot;at least&quot;.</source>
        <translation>Flujos &gt; Entre: subregiones o regiones suma los flujos entre países en flujos entre zonas, dibujados entre puntos en tierra dentro de cada zona; los flujos dentro de una misma zona (incluidos los nacionales del propio país) forman su anillo. La información emergente enumera los pares de países que componen cada uno. Una suma con una parte &lt;5 se lee &quot;como mínimo&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sources and caveats</source>
        <translation>Fuentes y advertencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every dataset keeps its provenance: publisher, edition, file, checksum and the publisher&apos;s caveats (File &gt; Dataset provenance…). Exports carry the source line.</source>
        <translation>Cada conjunto de datos conserva su procedencia: editor, edición, archivo, suma de comprobación y las advertencias del editor (Archivo &gt; Procedencia del conjunto de datos…). Las exportaciones llevan la línea de fuente.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to read this map</source>
        <translation>Cómo leer este mapa</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The dataset on screen: {name}</source>
        <translation>El conjunto de datos en pantalla: {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/help_dialogs.py" line="+44"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mouse: the wheel zooms, dragging pans, a click selects a country or a flow.</source>
        <translation>Ratón: la rueda amplía o reduce, arrastrar desplaza el mapa, un clic selecciona un país o un flujo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How to &amp;read this map</source>
        <translation>Cómo &amp;leer este mapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Trafficking Flows Explorer</source>
        <translation>A&amp;cerca de Trafficking Flows Explorer</translation>
    </message>
</context>
<context>
    <name>HtmlPage</name>
    <message>
        <location filename="../../explorer/web/html_layers.py" line="+108"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../explorer/web/html_legend.py" line="+26"/>
        <source>Line width by number of {people}; arrowheads point to the destination.</source>
        <translation>Grosor de la línea según el número de {people}; las puntas de flecha señalan el destino.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faded flows are outside the current focus.</source>
        <translation>Los flujos atenuados quedan fuera del enfoque actual.</translation>
    </message>
    <message>
        <location filename="../../explorer/web/html_page.py" line="+62"/>
        <source>Interactive map drawn with Leaflet {version}.</source>
        <translation>Mapa interactivo dibujado con Leaflet {version}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="+154"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country name</source>
        <translation>nombre del país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin</source>
        <translation>origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin name (checks the code)</source>
        <translation>nombre del origen (comprueba el código)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination</source>
        <translation>destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination name (checks the code)</source>
        <translation>nombre del destino (comprueba el código)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator names</source>
        <translation>nombres de los indicadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age</source>
        <translation>edad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored</source>
        <translation>ignorada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values</source>
        <translation>valores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values of a year</source>
        <translation>valores de un año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flow indicator</source>
        <translation>indicador de flujos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no flow</source>
        <translation>ningún flujo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a year column of a wide table</source>
        <translation>no es una columna de año de una tabla ancha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a year column of a wide table, but the table has one row per year</source>
        <translation>una columna de año de tabla ancha, pero la tabla tiene una fila por año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notes, codes and flags are not figures</source>
        <translation>las notas, códigos e indicadores de estado no son cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text, not numbers</source>
        <translation>texto, no números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers, but not chosen as a value column</source>
        <translation>números, pero no elegida como columna de valores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers, but no value column was chosen</source>
        <translation>números, pero no se eligió ninguna columna de valores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: nothing imported</source>
        <translation>{indicator}: no se importó nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{indicator}: levels (categorical)</source>
        <extracomment>An indicator and what the app does with its figures, by kind.</extracomment>
        <translation>{indicator}: niveles (categórico)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: a rate (never summed)</source>
        <translation>{indicator}: una tasa (nunca se suma)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: a count (summed in regional totals)</source>
        <translation>{indicator}: un recuento (se suma en los totales regionales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: not a count (never summed)</source>
        <translation>{indicator}: no es un recuento (nunca se suma)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} indicators ({listed})</source>
        <extracomment>A value column holding several indicators: how many, then the first ones and their kinds.</extracomment>
        <translation>indicadores: {count} ({listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} indicators ({listed} and {more} more)</source>
        <translation>indicadores: {count} ({listed} y {more} más)</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../explorer/ui/workspace/import_job.py" line="+64"/>
        <source>{file}: could not be imported ({error})</source>
        <translation>{file}: no se pudo importar ({error})</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../explorer/core/names/agency_codes.py" line="+24"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified nationality</source>
        <translation>nacionalidad no especificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>stateless</source>
        <translation>apátrida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refugee (1951 Convention)</source>
        <translation>refugiado (Convención de 1951)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refugee (other)</source>
        <translation>refugiado (otro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tibetan</source>
        <translation>tibetano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>various</source>
        <translation>varios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a code that is not a country</source>
        <extracomment>What a code shaped like a country&apos;s but of no country stands for.</extracomment>
        <translation>un código que no es un país</translation>
    </message>
    <message>
        <location filename="../../explorer/core/names/historical.py" line="+29"/>
        <source>{code} {country} (a country until {year})</source>
        <extracomment>Why a table row naming a former country is not a row of a country: &quot;is ...&quot; follows. A former country in the import report&apos;s words (said in the interface language there).</extracomment>
        <translation>{code} {country} (un país hasta {year})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a former country, kept apart as {place} (not merged into {successors})</source>
        <translation>un antiguo país, mantenido aparte como {place} (no fusionado con {successors})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any of the {count} countries of today on its territory</source>
        <extracomment>The successors of a former country of more than three countries of today.</extracomment>
        <translation>ninguno de los {count} países actuales en su territorio</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/report_words.py" line="+108"/>
        <source>row {list}</source>
        <translation>fila {list}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {list}</source>
        <translation>filas {list}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows {list}, ... ({count} rows)</source>
        <extracomment>The first rows of a long list, then how many in all.</extracomment>
        <translation>filas {list}, … ({count} filas)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a country code: {cell}</source>
        <translation>no es un código de país: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no indicator</source>
        <translation>sin indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blank value</source>
        <translation>valor vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a number: {cell}</source>
        <translation>el valor no es un número: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year is not a whole number: {cell}</source>
        <translation>el año no es un número entero: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implausible: questionnaire code {category} with value {value}</source>
        <translation>inverosímil: código de cuestionario {category} con el valor {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>implausible: count {value} is 1,000,000 or more</source>
        <translation>inverosímil: el recuento {value} es de 1.000.000 o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a total row in {dimension} (labelled {category}), not a flow (it would count victims twice)</source>
        <translation>una fila de total en {dimension} (etiquetada {category}), no un flujo (contaría las víctimas dos veces)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a row without a label in {dimension}: it is larger than the country&apos;s total ({total}), so not a part of it; not a flow (it would count victims twice)</source>
        <translation>una fila sin etiqueta en {dimension}: supera el total del país ({total}), así que no es una parte de él; no es un flujo (contaría las víctimas dos veces)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row without a label in {dimension}: its value equals the country&apos;s total ({total}); not a flow (it would count victims twice)</source>
        <translation>una fila sin etiqueta en {dimension}: su valor es igual al total del país ({total}); no es un flujo (contaría las víctimas dos veces)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row without a label in {dimension}: its value equals the sum of the labelled rows ({total}); not a flow (it would count victims twice)</source>
        <translation>una fila sin etiqueta en {dimension}: su valor es igual a la suma de las filas etiquetadas ({total}); no es un flujo (contaría las víctimas dos veces)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>your choice in the import report</source>
        <translation>su elección en el informe de importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same value in every row</source>
        <translation>el mismo valor en todas las filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no total to check a sum against: the largest kept</source>
        <translation>no hay total con el que comprobar una suma: se conserva la mayor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with the other parts they add up to {sum}, within the total {total}</source>
        <translation>con las demás partes suman {sum}, dentro del total {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>summed with the other parts they would be {sum}, more than the total {total}: the largest kept</source>
        <translation>sumadas a las demás partes serían {sum}, más que el total {total}: se conserva la mayor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{low} to {high}</source>
        <extracomment>The figure of parts summed with a &lt;5 among them: a range (&quot;7 to 10&quot;, &quot;7 to ?&quot;).</extracomment>
        <translation>{low} a {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of {count} rows sharing one breakdown ({values}): summed as parts of one figure, {kept}</source>
        <extracomment>What became of one row of a group (&quot;Show source rows&quot;); &quot;{values}&quot; lists the group&apos;s.</extracomment>
        <translation>una de las {count} filas de un mismo desglose ({values}): sumadas como partes de una cifra, {kept}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of {count} rows sharing one breakdown ({values}): taken as repeats of one figure, {kept} kept</source>
        <translation>una de las {count} filas de un mismo desglose ({values}): tomadas como repeticiones de una cifra, se conserva {kept}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of {count} rows sharing one breakdown ({values}): summed as parts of one figure, {kept} ({why})</source>
        <extracomment>As above, then why the rule was chosen.</extracomment>
        <translation>una de las {count} filas de un mismo desglose ({values}): sumadas como partes de una cifra, {kept} ({why})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one of {count} rows sharing one breakdown ({values}): taken as repeats of one figure, {kept} kept ({why})</source>
        <translation>una de las {count} filas de un mismo desglose ({values}): tomadas como repeticiones de una cifra, se conserva {kept} ({why})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no country of exploitation</source>
        <translation>sin país de explotación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country of exploitation is not a country code: {cell}</source>
        <translation>el país de explotación no es un código de país: {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no year of registration</source>
        <translation>sin año de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year of registration is not a year: {cell}</source>
        <translation>el año de registro no es un año: {cell}</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="-174"/>
        <source>no country</source>
        <translation>sin país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no destination</source>
        <translation>sin destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a regional aggregate, not a country: {shown}</source>
        <translation>un agregado regional, no un país: {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is a regional aggregate, not a country: {shown}</source>
        <translation>el destino es un agregado regional, no un país: {shown}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a former country, not on today&apos;s map: {former}</source>
        <extracomment>&quot;{former}&quot; is &quot;SCG Serbia and Montenegro (a country until 2006)&quot;.</extracomment>
        <translation>un antiguo país, ausente del mapa actual: {former}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is a former country, not on today&apos;s map: {former}</source>
        <translation>el destino es un antiguo país, ausente del mapa actual: {former}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a country: {shown}</source>
        <translation>no es un país: {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is not a country: {shown}</source>
        <translation>el destino no es un país: {shown}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>country not understood: {shown}</source>
        <translation>país no reconocido: {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination not understood: {shown}</source>
        <translation>destino no reconocido: {shown}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>destination is not a country: {code} ({meaning})</source>
        <extracomment>A label and what it stands for: an agency&apos;s code (&quot;XXA&quot;) and its meaning (&quot;stateless&quot;), or a label and the region or class it resolved to.</extracomment>
        <translation>el destino no es un país: {code} ({meaning})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination is not a country: {code} ({meaning}, {name})</source>
        <translation>el destino no es un país: {code} ({meaning}, {name})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} ({meaning}) is not a country: kept as unknown origin</source>
        <translation>el código de origen {code} ({meaning}) no es un país: se conserva como origen desconocido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} ({meaning}, {name}) is not a country: kept as unknown origin</source>
        <translation>el código de origen {code} ({meaning}, {name}) no es un país: se conserva como origen desconocido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>regional aggregate {name}</source>
        <translation>agregado regional {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination code {code} and its name {name} ({other}) disagree</source>
        <translation>el código de destino {code} y su nombre {name} ({other}) no coinciden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination code {code} and its name {name} (no country) disagree</source>
        <translation>el código de destino {code} y su nombre {name} (ningún país) no coinciden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} and its name {name} ({other}) disagree: kept as unknown origin</source>
        <translation>el código de origen {code} y su nombre {name} ({other}) no coinciden: se conserva como origen desconocido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>origin code {code} and its name {name} (no country) disagree: kept as unknown origin</source>
        <translation>el código de origen {code} y su nombre {name} (ningún país) no coinciden: se conserva como origen desconocido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>origin code {code} is named {name}, {former}: imported as {result}, as the code says</source>
        <translation>el código de origen {code} se llama {name}, {former}: importado como {result}, como indica el código</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>destination code {code} is named {name}, {former}: imported as {result}, as the code says</source>
        <translation>el código de destino {code} se llama {name}, {former}: importado como {result}, como indica el código</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>origin {former}: {kept}</source>
        <extracomment>&quot;{kept}&quot; says where its figures were kept apart.</extracomment>
        <translation>origen {former}: {kept}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>year is not a whole year (1800-2100): {cell}</source>
        <translation>el año no es un año entero (1800-2100): {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a number in {year}: {cell}</source>
        <translation>el valor de {year} no es un número: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a number in {column}: {cell}</source>
        <translation>el valor en {column} no es un número: {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a level of {name}: {cell}</source>
        <translation>el valor no es un nivel de {name}: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a level of {name} in {year}: {cell}</source>
        <translation>el valor de {year} no es un nivel de {name}: {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a level of {name} in {column}: {cell}</source>
        <translation>el valor en {column} no es un nivel de {name}: {cell}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{reason} (and {more} more cells)</source>
        <extracomment>Why a cell is no value: (the indicator has levels, where the cell is) -&gt; the reason. A row&apos;s first wrong cell (the reason before), then how many more it has.</extracomment>
        <translation>{reason} (y {more} celdas más)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative value: {cell}</source>
        <translation>valor negativo: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative value in {column}: {cell}</source>
        <translation>valor negativo en {column}: {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value ({cell})</source>
        <translation>sin valor ({cell})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any column</source>
        <translation>sin valor en ninguna columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any year</source>
        <translation>sin valor en ningún año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any value column</source>
        <translation>sin valor en ninguna columna de valores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a note, not a data row: {cell}</source>
        <extracomment>A footer or note line of the file, in quotes.</extracomment>
        <translation>una nota, no una fila de datos: {cell}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>no title</source>
        <translation>sin título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>example row from the template: delete it, or remove {cell} from the title</source>
        <translation>fila de ejemplo de la plantilla: elimínela o quite {cell} del título</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} is a region, not a country (list its countries, with &apos;;&apos;)</source>
        <translation>{label} es una región, no un país (indique sus países, separados por &apos;;&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} is not a country</source>
        <translation>{label} no es un país</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown kind {cell} (allowed: {allowed})</source>
        <extracomment>&quot;{allowed}&quot; lists the words the column takes.</extracomment>
        <translation>tipo desconocido {cell} (permitidos: {allowed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status {cell} (allowed: {allowed})</source>
        <translation>estado desconocido {cell} (permitidos: {allowed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled: a cancelled activity is not imported (never delivered)</source>
        <translation>cancelada: una actividad cancelada no se importa (nunca se realizó)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start is not a date: {cell} (write yyyy-mm-dd, dd/mm/yyyy or a year)</source>
        <translation>el inicio no es una fecha: {cell} (escriba aaaa-mm-dd, dd/mm/aaaa o un año)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end is not a date: {cell} (write yyyy-mm-dd, dd/mm/yyyy or a year)</source>
        <translation>el fin no es una fecha: {cell} (escriba aaaa-mm-dd, dd/mm/aaaa o un año)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end {end} is before start {start}</source>
        <translation>el fin {end} es anterior al inicio {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recipient country</source>
        <translation>sin país receptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regional activity, no recipient country (recipient-region {regions})</source>
        <translation>actividad regional, sin país receptor (recipient-region {regions})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recipient-country code not understood: {codes}</source>
        <translation>código recipient-country no reconocido: {codes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled (IATI activity-status 5): never delivered, not imported</source>
        <translation>cancelada (IATI activity-status 5): nunca se realizó, no se importa</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../explorer/ui/workspace/report_dialog.py" line="+50"/>
        <source>Origins no rule understood are imported as unknown. Map a label to a country or class to fix it in this dataset and in later imports.</source>
        <extracomment>a GLOTIP import has ~30 unresolved labels; more would be slow widgets</extracomment>
        <translation>Los orígenes que ninguna regla entendió se importan como desconocidos. Asigne una etiqueta a un país o a una clase para corregirla en este conjunto de datos y en importaciones posteriores.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/alias_choices.py" line="+22"/>
        <source>Own nationals (DOMESTIC)</source>
        <translation>Nacionales del propio país (DOMESTIC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown (UNKNOWN)</source>
        <translation>Desconocido (UNKNOWN)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_dialog.py" line="+34"/>
        <source>Import report: {file}</source>
        <extracomment>``{group key: &quot;parts&quot; | &quot;repeats&quot;}``: rules for groups of rows, for the next import The language of the report&apos;s texts on screen (the CSV export keeps English).</extracomment>
        <translation>Informe de importación: {file}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_notices.py" line="+30"/>
        <source>Rows do not add up: {read} rows read, but {imported} imported + {rejected} rejected = {total}. This is a bug in the importer; please report it with the exported CSV.</source>
        <translation>Las filas no cuadran: {read} filas leídas, pero {imported} importadas + {rejected} rechazadas = {total}. Se trata de un error del importador; notifíquelo adjuntando el CSV exportado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported from {file}, and no dataset was added: {why}.</source>
        <translation>No se importó nada de {file} y no se añadió ningún conjunto de datos: {why}.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_dialog.py" line="+49"/>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply aliases</source>
        <translation>Aplicar los alias</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../../explorer/ui/workspace/report_tables.py" line="+195"/>
        <source>Columns</source>
        <extracomment>Right-to-left mark: starts a line whose first word is Latin (a file name) as Arabic.</extracomment>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="+60"/>
        <source>Groups of rows</source>
        <extracomment>``{group key: &quot;parts&quot; | &quot;repeats&quot;}`` of the rules the user chose</extracomment>
        <translation>Grupos de filas</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="+69"/>
        <source>Contradictions</source>
        <translation>Contradicciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Implausible values</source>
        <translation>Valores inverosímiles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with a note</source>
        <translation>Filas con una nota</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Unresolved labels</source>
        <translation>Etiquetas sin resolver</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only the {shown} labels with the most victims can be mapped here; all {count} are listed and exported.</source>
        <translation>Aquí solo pueden asignarse las {shown} etiquetas con más víctimas; las {count} se enumeran y se exportan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fuzzy matches</source>
        <translation>Coincidencias aproximadas</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/alias_choices.py" line="+47"/>
        <source>Map {label} to</source>
        <extracomment>alias result code of a &quot;Map to&quot; item raw label -&gt; the alias the workspace already has for it</extracomment>
        <translation>Asignar {label} a</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>leave unresolved</source>
        <translation>dejar sin resolver</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_dialog.py" line="+54"/>
        <source>Export import report</source>
        <translation>Exportar el informe de importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the import report.</source>
        <translation>No se pudo escribir el informe de importación.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_tables.py" line="-58"/>
        <source>Row</source>
        <extracomment>numeric sort key of a formatted cell</extracomment>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source values</source>
        <translation>Valores de la fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the map</source>
        <translation>Mostrado en el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victims</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched to</source>
        <translation>Coincide con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became</source>
        <translation>Se convirtió en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="-94"/>
        <source>Summed: parts of one figure</source>
        <translation>Sumadas: partes de una cifra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One kept: repeats of one figure</source>
        <translation>Se conserva una: repeticiones de una cifra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows the file gives for one breakdown are summed when, with the other parts, they stay within the matching total, and otherwise taken as repeats of one figure (the largest kept). Choose the other rule for a group and press Use these rules: they are stored in the workspace and used when you import this file again.</source>
        <translation>Las filas que el archivo da para un mismo desglose se suman cuando, junto con las demás partes, no superan el total correspondiente; de lo contrario, se consideran repeticiones de una misma cifra (se conserva la mayor). Elija la otra regla para un grupo y pulse Usar estas reglas: se guardan en el espacio de trabajo y se aplican cuando vuelva a importar este archivo.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rule of rows {rows}</source>
        <translation>Regla de las filas {rows}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use these rules</source>
        <translation>Usar estas reglas</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../explorer/io/importing/report_words.py" line="-174"/>
        <source>{file}: {read} rows read = {imported} imported + {rejected} rejected (every row read is either imported or rejected with a reason).</source>
        <translation>{file}: filas leídas: {read} = importadas: {imported} + rechazadas: {rejected} (cada fila leída se importa o se rechaza con un motivo).</translation>
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
        <translation>Valores inverosímiles rechazados, fuera del mapa: {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{collapsed} exact duplicate rows collapsed; {groups} groups of rows sharing one breakdown: {parts} summed as parts of one figure, {repeats} taken as repeats of one ({set_aside} rows set aside, the largest kept).</source>
        <translation>Filas duplicadas exactas fusionadas: {collapsed}; grupos de filas de un mismo desglose: {groups}, de ellos {parts} sumados como partes de una cifra y {repeats} tomados como repeticiones de una (filas apartadas: {set_aside}, se conserva la mayor).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{victims} victims in rows without an origin label that are not the total: shown as origin not stated (unknown).</source>
        <translation>Víctimas en filas sin etiqueta de origen que no son el total: {victims}, mostradas como origen no indicado (desconocido).</translation>
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
        <translation>Contradicciones en el archivo, señaladas con una advertencia en la cifra: {count} ({kinds}).</translation>
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
        <translation>Nombres emparejados de forma aproximada: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns ({count}):</source>
        <translation>Columnas ({count}):</translation>
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
        <translation>Orígenes de las víctimas resueltos (a un país, nacionales del propio país, desconocido o una región; &lt;5 contado como 1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of the flow volume has a resolved origin</source>
        <translation>Volumen de los flujos con origen resuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of country rows resolved to a country</source>
        <translation>Filas de país resueltas a un país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of records&apos; citizenship resolved to a country</source>
        <translation>Nacionalidades de los registros resueltas a un país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of activities resolved to a recipient country</source>
        <translation>Actividades resueltas a un país receptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of activity rows resolved to a country</source>
        <translation>Filas de actividades resueltas a un país</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>origin labels not understood (imported as UNKNOWN, raw label kept)</source>
        <extracomment>What became of the labels no rule understood, per kind of file (&quot;15 origin labels ...&quot;).</extracomment>
        <translation>Etiquetas de origen no reconocidas (importadas como UNKNOWN, se conserva la etiqueta original)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin or destination labels not understood (unknown origins kept as UNKNOWN; rows with an unknown destination rejected)</source>
        <translation>Etiquetas de origen o destino no reconocidas (orígenes desconocidos conservados como UNKNOWN; filas con destino desconocido rechazadas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>country labels not understood (their rows rejected; an alias fixes them at the next import)</source>
        <translation>Etiquetas de país no reconocidas (sus filas rechazadas; un alias las corrige en la próxima importación)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>citizenship codes not understood (counted as unknown origin)</source>
        <translation>Códigos de nacionalidad no reconocidos (contados como origen desconocido)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recipient country codes not understood (their activities rejected)</source>
        <translation>Códigos de país receptor no reconocidos (sus actividades rechazadas)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{former}: {kept}: {rows} ({victims} detected victims, &lt;5 counted as 1).</source>
        <extracomment>&quot;{former}&quot; is &quot;SCG Serbia and Montenegro (a country until 2006)&quot;, &quot;{kept}&quot; what was done.</extracomment>
        <translation>{former}: {kept}: {rows} (víctimas detectadas: {victims}, &lt;5 contado como 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}, {former}: {kept}: {rows} ({victims} detected victims, &lt;5 counted as 1).</source>
        <translation>{label}, {former}: {kept}: {rows} (víctimas detectadas: {victims}, &lt;5 contado como 1).</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="-110"/>
        <source>{count} value columns, each imported as an indicator: {listed}. An empty cell gives no flow for its column ({empty} empty cells in rows imported).</source>
        <translation>Columnas de valores, cada una importada como un indicador: {count} ({listed}). Una celda vacía no da ningún flujo para su columna (celdas vacías en las filas importadas: {empty}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} value columns, each imported as an indicator: {listed}. An empty cell gives no flow for its column ({empty} empty cell in rows imported).</source>
        <translation>Columnas de valores, cada una importada como un indicador: {count} ({listed}). Una celda vacía no da ningún flujo para su columna (celdas vacías en las filas importadas: {empty}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{indicator} ({count} flows)</source>
        <extracomment>An indicator of the list above and its number of flows.</extracomment>
        <translation>{indicator} (flujos: {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} ({count} flow)</source>
        <translation>{indicator} (flujos: {count})</translation>
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
        <translation>sin volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows within one country (origin = destination, e.g. internally displaced people) kept as flows within the country (domestic).</source>
        <translation>Filas dentro de un mismo país (origen = destino, p. ej. desplazados internos) conservadas como flujos dentro del país (internos): {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} row within one country (origin = destination, e.g. internally displaced people) kept as flows within the country (domestic).</source>
        <translation>Filas dentro de un mismo país (origen = destino, p. ej. desplazados internos) conservadas como flujos dentro del país (internos): {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} values of 0 imported as flows of 0 (a zero is a count, kept).</source>
        <translation>Valores 0 importados como flujos de 0 (un cero es un recuento, se conserva): {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} value of 0 imported as flows of 0 (a zero is a count, kept).</source>
        <translation>Valores 0 importados como flujos de 0 (un cero es un recuento, se conserva): {count}.</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/empty.py" line="+24"/>
        <source>the file has no data rows; nothing was stored</source>
        <translation>el archivo no tiene filas de datos; no se guardó nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no row held a figure</source>
        <translation>ninguna fila contenía una cifra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every row was rejected: {reasons}</source>
        <translation>se rechazaron todas las filas: {reasons}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{why}. Nothing was stored; see the report for each row</source>
        <translation>{why}. No se guardó nada; consulte el informe para cada fila</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{reason} (%n rows)</source>
        <translation>
            <numerusform>{reason} (%n fila)</numerusform>
            <numerusform>{reason} (%n filas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <location filename="../../explorer/core/indicators/shown_names.py" line="+28"/>
        <source>Share of children among detected victims (%)</source>
        <extracomment>Names with a fixed wording (the app&apos;s derived shares, GLOTIP&apos;s five indicators, the demo&apos;s smuggling count); the literals are what lupdate reads (derived.CHILDREN_SHARE ...).</extracomment>
        <translation>Proporción de niños y niñas entre las víctimas detectadas (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of women and girls among detected victims (%)</source>
        <translation>Proporción de mujeres y niñas entre las víctimas detectadas (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected trafficking victims</source>
        <translation>Víctimas de trata detectadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons convicted</source>
        <translation>Personas condenadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons prosecuted</source>
        <translation>Personas procesadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons brought into formal contact</source>
        <translation>Personas que entraron en contacto formal con el sistema de justicia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offences of trafficking in persons</source>
        <translation>Delitos de trata de personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smuggled migrants detected</source>
        <translation>Migrantes objeto de tráfico ilícito detectados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance activities (number)</source>
        <translation>Actividades de asistencia (número)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{indicator}: change since the previous year (%)</source>
        <translation>{indicator}: variación respecto del año anterior (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: change {first} to {second} (%)</source>
        <translation>{indicator}: variación de {first} a {second} (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} per 100,000 population</source>
        <translation>{indicator} por cada 100 000 habitantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: regional total</source>
        <translation>{indicator}: total regional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} by country of repatriation</source>
        <translation>{indicator} por país de repatriación</translation>
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
        <translation>En {year}: {figure}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No earlier year with a category</source>
        <translation>Ningún año anterior con una categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories are ordered levels, not quantities.</source>
        <translation>Las categorías son niveles ordenados, no cantidades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ In the file: {warning}</source>
        <translation>⚠ En el archivo: {warning}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change: no earlier year with a figure</source>
        <translation>Variación: ningún año anterior con una cifra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change since {year}: not computable ({reason})</source>
        <translation>Variación desde {year}: no calculable ({reason})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change since {year}: {change} (no percentage: the earlier figure was 0)</source>
        <translation>Variación desde {year}: {change} (sin porcentaje: la cifra anterior era 0)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change since {year}: {change} ({percent})</source>
        <translation>Variación desde {year}: {change} ({percent})</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Rank {rank} of %n countries</source>
        <translation>
            <numerusform>Puesto {rank} de %n país</numerusform>
            <numerusform>Puesto {rank} de %n países</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not ranked: {reason} for {year} (only exact figures are ranked; %n countries ranked)</source>
        <translation>
            <numerusform>Sin clasificar: {reason} para {year} (solo se clasifican las cifras exactas; %n país clasificado)</numerusform>
            <numerusform>Sin clasificar: {reason} para {year} (solo se clasifican las cifras exactas; %n países clasificados)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Region unknown: no regional comparison</source>
        <translation>Región desconocida: sin comparación regional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{region} median: not computable (no exact {year} figures)</source>
        <translation>{region}, mediana: no calculable (no hay cifras exactas de {year})</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>{region} median: {median} (%n countries); not compared ({reason} here)</source>
        <translation>
            <numerusform>{region}, mediana: {median} (%n país); sin comparación ({reason} aquí)</numerusform>
            <numerusform>{region}, mediana: {median} (%n países); sin comparación ({reason} aquí)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{region} median: {median} (%n countries): {position} ({reason})</source>
        <translation>
            <numerusform>{region}, mediana: {median} (%n país): {position} ({reason})</numerusform>
            <numerusform>{region}, mediana: {median} (%n países): {position} ({reason})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{region} median: {median} (%n countries): {position}</source>
        <translation>
            <numerusform>{region}, mediana: {median} (%n país): {position}</numerusform>
            <numerusform>{region}, mediana: {median} (%n países): {position}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>above</source>
        <extracomment>A figure against its region&apos;s median (``KeyFigures.position``), in words.</extracomment>
        <translation>por encima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>por debajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at</source>
        <translation>en la mediana</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../explorer/ui/window/keyboard.py" line="+68"/>
        <source>&amp;Previous year</source>
        <translation>Año &amp;anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next year</source>
        <translation>Año &amp;siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lay / pause years</source>
        <translation>&amp;Reproducir / pausar los años</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next country in &amp;ranking</source>
        <translation>País siguiente en la &amp;clasificación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous &amp;country in ranking</source>
        <translation>País a&amp;nterior en la clasificación</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Navigate</source>
        <translation>&amp;Navegar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No country has a figure to rank</source>
        <translation>Ningún país tiene una cifra que clasificar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rank {rank} of {count} countries: {name}</source>
        <translation>Puesto {rank} de {count} países: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: not ranked (no exact figure); {position} of {count} listed</source>
        <translation>{name}: sin clasificar (sin cifra exacta); {position} de {count} enumerados</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../explorer/ui/window/language_menu.py" line="+32"/>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Language</source>
        <extracomment>The languages offered: code (as in ``explorer_&lt;code&gt;.qm``) and the name in that language.</extracomment>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved, but {variable}={value} is set: the app starts in that language while it is set.</source>
        <translation>Guardado, pero {variable}={value} está definido: la aplicación se inicia en ese idioma mientras lo esté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new language applies the next time the app starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart now? The window closes as usual (your work is saved) and opens again in the new language.</source>
        <translation>¿Reiniciar ahora? La ventana se cierra como de costumbre (su trabajo se guarda) y vuelve a abrirse en el nuevo idioma.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../explorer/ui/window/render_commands.py" line="+24"/>
        <source>no place {name}; places: {places}</source>
        <translation>no hay ningún lugar {name}; lugares: {places}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown country code {code}</source>
        <translation>código de país desconocido {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>wrote {path}</source>
        <translation>escrito: {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>could not write {path}</source>
        <translation>no se pudo escribir {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote {path} ({size})</source>
        <translation>escrito: {path} ({size})</translation>
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
        <location filename="../../explorer/ui/window/panel_toggles.py" line="+26"/>
        <source>&amp;Country panel</source>
        <translation>Panel de &amp;país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Flows panel</source>
        <translation>Panel de &amp;flujos</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/main_window.py" line="+236"/>
        <source>Trafficking Flows Explorer: {dataset}</source>
        <translation>Trafficking Flows Explorer: {dataset}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Copy place details as text</source>
        <translation>&amp;Copiar los detalles de la zona como texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export place &amp;brief (PDF)…</source>
        <translation>Exportar &amp;ficha de la zona (PDF)…</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Map controls</source>
        <extracomment>The name of the dataset now on screen (after start-up and every switch), for the parts that show something of the dataset beyond the map and panels (menus, help). Local files dropped onto the window (the workspace session imports or opens them). Local files dragged over the window, not yet dropped; then the drag left without a drop. The interface language (babel&apos;s spelling): places and numbers are shown in it. The run&apos;s shared parts (view state, flow settings, places, session, settings, theme, style ...), handed explicitly to the pieces that need them.</extracomment>
        <translation>Controles del mapa</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/menus.py" line="+48"/>
        <source>&amp;Find country…</source>
        <translation>&amp;Buscar país…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset view</source>
        <translation>&amp;Restablecer la vista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole world (Ctrl+0)</source>
        <translation>Mostrar todo el mundo (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame country with its flows&apos; &amp;partners</source>
        <translation>Encuadrar el país con los países &amp;vinculados por sus flujos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the selected country together with where its victims came from and went to</source>
        <translation>Mostrar el país seleccionado junto con los lugares de donde procedían y adonde fueron sus víctimas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear selection</source>
        <translation>Borrar la selección</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show &amp;source rows…</source>
        <translation>Mostrar las &amp;filas de la fuente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file rows behind the figure in focus (the selected flow, else the selected country&apos;s figure, else the place&apos;s total), with the rules of a derived figure</source>
        <translation>Las filas del archivo que respaldan la cifra en foco (el flujo seleccionado; si no, la cifra del país seleccionado; si no, el total de la zona), con las reglas de una cifra derivada</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/main_window.py" line="+73"/>
        <location filename="../../explorer/ui/window/menus.py" line="-25"/>
        <source>&amp;Copy country details as text</source>
        <translation>&amp;Copiar los detalles del país como texto</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/menus.py" line="+6"/>
        <source>&amp;Export map…</source>
        <translation>&amp;Exportar mapa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG, SVG or PDF for slides and reports, an offline HTML map, or the data</source>
        <translation>PNG, SVG o PDF para diapositivas e informes, un mapa HTML sin conexión, o los datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy &amp;map image</source>
        <translation>Copiar la imagen del &amp;mapa</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/main_window.py" line="+5"/>
        <location filename="../../explorer/ui/window/menus.py" line="+3"/>
        <source>Export country &amp;brief (PDF)…</source>
        <translation>Exportar &amp;ficha de país (PDF)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/menus.py" line="+14"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/status.py" line="+26"/>
        <source>SYNTHETIC</source>
        <translation>SINTÉTICOS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demonstration data generated by this program: not official statistics</source>
        <translation>Datos de demostración generados por este programa: no son estadísticas oficiales</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dataset: {dataset}</source>
        <translation>Conjunto de datos: {dataset}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/window_exports.py" line="+41"/>
        <source>Map image copied to the clipboard (1920 x 1080)</source>
        <translation>Imagen del mapa copiada al portapapeles (1920 x 1080)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Country details copied as text</source>
        <translation>Detalles del país copiados como texto</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export country brief</source>
        <translation>Exportar la ficha de país</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country brief not written</source>
        <translation>No se escribió la ficha de país</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country brief written to {path}</source>
        <translation>Ficha de país escrita en {path}</translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <location filename="../../explorer/ui/window/controls.py" line="+38"/>
        <location line="+25"/>
        <source>Indicator</source>
        <extracomment>The year label&apos;s digits (the interface language&apos;s unless given). The language indicators and breakdowns are named in (the data keep English).</extracomment>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+26"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+64"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Play years</source>
        <translation>Reproducir los años</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play through the years</source>
        <translation>Reproducir los años uno tras otro</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <location filename="../../explorer/ui/map/style.py" line="+44"/>
        <source>Quantiles (equal counts)</source>
        <translation>Cuantiles (mismo número de países)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks (Fisher-Jenks)</source>
        <translation>Cortes naturales (Fisher-Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal interval</source>
        <translation>Intervalos iguales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual breaks…</source>
        <translation>Cortes manuales…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quantiles</source>
        <extracomment>How :meth:`MapStyle.description` names a scheme.</extracomment>
        <translation>cuantiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>natural breaks</source>
        <translation>cortes naturales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal interval</source>
        <translation>intervalos iguales</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Map st&amp;yle</source>
        <extracomment>After any change of palette, scheme, classes, breaks or preview.</extracomment>
        <translation>E&amp;stilo del mapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Palette</source>
        <translation>&amp;Paleta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Classification</source>
        <translation>&amp;Clasificación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Number of classes</source>
        <translation>&amp;Número de clases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off (true colours)</source>
        <translation>Desactivada (colores reales)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour-&amp;vision preview</source>
        <translation>&amp;Simulación de visión del color</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See the map on screen as people with a colour-vision deficiency see it; exports keep the true colours</source>
        <translation>Ver el mapa en pantalla como lo ven las personas con una deficiencia de la visión del color; las exportaciones conservan los colores reales</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Map style: {style}</source>
        <translation>Estilo del mapa: {style}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>manual breaks at {breaks}</source>
        <translation>cortes manuales en {breaks}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{scheme}, {k} classes</source>
        <translation>{scheme}, {k} clases</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {vision} preview</source>
        <translation>; simulación de {vision}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manual breaks</source>
        <translation>Cortes manuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper bound of each class, increasing, separated by commas
(e.g. 10, 50, 100, 500). Values above the last break get a class of their own.</source>
        <translation>Límite superior de cada clase, en orden creciente, separados por comas
(p. ej., 10, 50, 100, 500). Los valores por encima del último corte forman una clase propia.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Manual breaks not valid</source>
        <translation>Cortes manuales no válidos</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Map style not changed</source>
        <translation>No se cambió el estilo del mapa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set by the manual breaks</source>
        <translation>Definido por los cortes manuales</translation>
    </message>
</context>
<context>
    <name>MapTexts</name>
    <message>
        <location filename="../../explorer/core/view/map_words.py" line="+24"/>
        <source>victims</source>
        <extracomment>Who the arrows count, as &quot;flows of ...&quot; names them (see ``people_noun``).</extracomment>
        <translation>víctimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>migrantes objeto de tráfico ilícito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>personas condenadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subregions</source>
        <extracomment>The places flows are summed between, when not countries (``Between``&apos;s values).</extracomment>
        <translation>subregiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <translation>regiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported on {date} with {app}</source>
        <translation>Exportado el {date} con {app}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Arrows: {indicator}, the %n largest flows of {noun} between {level}, from origin to destination</source>
        <translation>
            <numerusform>Flechas: {indicator}, el mayor flujo de {noun} entre {level}, del origen al destino</numerusform>
            <numerusform>Flechas: {indicator}, los %n mayores flujos de {noun} entre {level}, del origen al destino</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Arrows: {indicator}, the %n largest flows of {noun}, from origin to destination</source>
        <translation>
            <numerusform>Flechas: {indicator}, el mayor flujo de {noun}, del origen al destino</numerusform>
            <numerusform>Flechas: {indicator}, los %n mayores flujos de {noun}, del origen al destino</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapTheme</name>
    <message>
        <location filename="../../explorer/ui/map/theme.py" line="+32"/>
        <source>Follow the &amp;system</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Map &amp;theme</source>
        <extracomment>Background and sea of each resolved theme on screen: (background, sea, sea outline). After every change of the chosen theme (not of the system&apos;s scheme).</extracomment>
        <translation>&amp;Tema del mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light or dark background and sea; the data colours stay</source>
        <translation>Fondo y mar claros u oscuros; los colores de los datos no cambian</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../explorer/ui/map/tooltips.py" line="+37"/>
        <source>no data ({year})</source>
        <translation>sin datos ({year})</translation>
    </message>
</context>
<context>
    <name>PanelFlows</name>
    <message>
        <location filename="../../explorer/ui/panel/flows.py" line="+33"/>
        <source>Total: {total}</source>
        <translation>Total: {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>domestic {share}</source>
        <translation>nacionales {share}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {share}</source>
        <translation>origen desconocido {share}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected in</source>
        <translation>País de detección</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flows: origins</source>
        <translation>Flujos: orígenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows: destinations</source>
        <translation>Flujos: destinos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>This dataset has no flows.</source>
        <translation>Este conjunto de datos no tiene flujos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where {people} detected in {country} in {year} came from</source>
        <translation>Origen de {people} con detección en {country} en {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where {people} from {country} were detected in {year}</source>
        <translation>Dónde se detectó en {year} a {people} procedentes de {country}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{heading}: no flows recorded.</source>
        <translation>{heading}: no hay flujos registrados.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{count} more not listed.</source>
        <translation>{count} más no enumerados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not drawn on the map: {flows}</source>
        <translation>No dibujados en el mapa: {flows}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../explorer/core/flows/labels.py" line="+8"/>
        <source>victims</source>
        <translation>víctimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>migrantes objeto de tráfico ilícito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>personas condenadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
</context>
<context>
    <name>PeopleCounted</name>
    <message>
        <location line="+21"/>
        <source>victims</source>
        <translation>víctimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>migrantes objeto de tráfico ilícito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>personas condenadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
</context>
<context>
    <name>PeopleOf</name>
    <message>
        <location line="-15"/>
        <source>detected victims</source>
        <translation>víctimas detectadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>migrantes objeto de tráfico ilícito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>personas condenadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
</context>
<context>
    <name>PlaceBrief</name>
    <message>
        <location filename="../../explorer/ui/export/place_brief.py" line="+57"/>
        <source>Brief: {place}</source>
        <translation>Ficha: {place}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{indicator}, {year} · {n} countries in the place</source>
        <translation>{indicator}, {year} · {n} países en la zona</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Trend on constant sets of countries</source>
        <translation>Tendencia sobre conjuntos constantes de países</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>n/a</source>
        <translation>n. d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year}: {reporting} reported, change {step}</source>
        <translation>{year}: {reporting} informantes, variación {step}</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Who they were</source>
        <translation>Quiénes eran</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where they came from</source>
        <translation>De dónde procedían</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Countries, largest first</source>
        <translation>Países, de mayor a menor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How these figures are computed</source>
        <translation>Cómo se calculan estas cifras</translation>
    </message>
</context>
<context>
    <name>PlaceGroupDialog</name>
    <message>
        <location filename="../../explorer/ui/panel/group_dialog.py" line="+42"/>
        <source>Edit group</source>
        <translation>Editar el grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New group of countries</source>
        <translation>Nuevo grupo de países</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ECOWAS</source>
        <translation>p. ej., CEDEAO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter countries</source>
        <translation>Filtrar los países</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to filter</source>
        <translation>Escriba para filtrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region or subregion to add</source>
        <translation>Región o subregión que añadir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick all of it</source>
        <translation>Marcarla entera</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete group</source>
        <translation>Eliminar el grupo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Countries ticked: {n}</source>
        <translation>Países marcados: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group a name.</source>
        <translation>Dé un nombre al grupo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick at least one country.</source>
        <translation>Marque al menos un país.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a group called {name}.</source>
        <translation>Ya existe un grupo llamado {name}.</translation>
    </message>
</context>
<context>
    <name>PlaceLabels</name>
    <message>
        <location filename="../../explorer/core/places/share_wording.py" line="+26"/>
        <source>Children (0-17)</source>
        <extracomment>The parts of a place&apos;s profile and its classes of origin (``summary.PROFILE_GROUPS``, ``origins.CLASSES``), as the sentences name them.</extracomment>
        <translation>Niños y niñas (0-17)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults (18+)</source>
        <translation>Adultos (18+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women and girls</source>
        <translation>Mujeres y niñas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men and boys</source>
        <translation>Hombres y niños</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Girls</source>
        <translation>Niñas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys</source>
        <translation>Niños</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual exploitation</source>
        <translation>Explotación sexual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced labour</source>
        <translation>Trabajo forzoso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other forms of exploitation</source>
        <translation>Otras formas de explotación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own nationals</source>
        <translation>Nacionales del propio país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same subregion</source>
        <translation>Misma subregión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other subregions of the region</source>
        <translation>Otras subregiones de la región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other regions</source>
        <translation>Otras regiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown or not stated</source>
        <translation>Desconocido o no indicado</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <location filename="../../explorer/ui/panel/place_picker.py" line="+35"/>
        <source>Place</source>
        <extracomment>The user asked to define a new group (None) or edit one (its name). The user asked to frame the place on the map (its code). The groups changed and the place shown may have gone: the figures must follow.</extracomment>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom</source>
        <translation>Encuadrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame this place on the map</source>
        <translation>Encuadrar esta zona en el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New group…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick countries and name a group of your own (e.g. ECOWAS)</source>
        <translation>Elegir países y dar nombre a un grupo propio (p. ej., CEDEAO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit group…</source>
        <translation>Editar el grupo…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place.py" line="+86"/>
        <source>Index on constant sets</source>
        <extracomment>A country of the ranking was clicked: select it, framed with its flows&apos; partners.</extracomment>
        <translation>Índice sobre conjuntos constantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Informaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact sum</source>
        <translation>Suma exacta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change (N)</source>
        <translation>Variación (N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend on constant sets of countries</source>
        <translation>Tendencia sobre conjuntos constantes de países</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who they were</source>
        <translation>Quiénes eran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where they came from</source>
        <translation>De dónde procedían</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of the place, largest first</source>
        <translation>Países de la zona, de mayor a menor</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place_picker.py" line="+32"/>
        <source>{name} (group)</source>
        <translation>{name} (grupo)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place.py" line="+42"/>
        <source>No figures in this dataset.</source>
        <translation>No hay cifras en este conjunto de datos.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trend on constant sets of countries (index, first year = 100; each step only from countries that reported both years)</source>
        <translation>Tendencia sobre conjuntos constantes de países (índice, primer año = 100; cada paso solo con los países que informaron en ambos años)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>n/a ({n})</source>
        <translation>n. d. ({n})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Countries by {indicator}, {year}</source>
        <translation>Países por {indicator}, {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the {n} largest of {all})</source>
        <translation>(los {n} mayores de {all})</translation>
    </message>
</context>
<context>
    <name>PlaceSummary</name>
    <message>
        <location filename="../../explorer/core/places/share_wording.py" line="+5"/>
        <source>both age groups</source>
        <translation>ambos grupos de edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sexes</source>
        <translation>ambos sexos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>girls, boys, women and men</source>
        <translation>niñas, niños, mujeres y hombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the three forms of exploitation</source>
        <translation>las tres formas de explotación</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <location filename="../../explorer/core/places/wording.py" line="+147"/>
        <source>n/a</source>
        <translation>n. d.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{low} to {high}</source>
        <translation>{low} a {high}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{what}: no country reported every part exactly; %n countries reported them with a &lt;5.</source>
        <translation>
            <numerusform>{what}: ningún país informó de cada parte con exactitud; %n país las notificó con un &lt;5.</numerusform>
            <numerusform>{what}: ningún país informó de cada parte con exactitud; %n países las notificaron con un &lt;5.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}: no country reported this breakdown.</source>
        <translation>{what}: ningún país informó de este desglose.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{parts} of {people} (N = %n countries that reported {what} exactly).</source>
        <translation>
            <numerusform>{parts} del total de {people} (N = %n país que informó con exactitud de {what}).</numerusform>
            <numerusform>{parts} del total de {people} (N = %n países que informaron con exactitud de {what}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source> Over all %n countries that reported them, each &lt;5 as 1 to 4: {ranges}.</source>
        <translation>
            <numerusform> Sobre %n país que las notificó, cada &lt;5 como 1 a 4: {ranges}.</numerusform>
            <numerusform> Sobre el total de %n países que las notificaron, cada &lt;5 como 1 a 4: {ranges}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Children (0-17): {share} of {people} (N = %n countries that reported both age groups exactly).</source>
        <translation>
            <numerusform>Niños y niñas (0-17): {share} del total de {people} (N = %n país que informó con exactitud de ambos grupos de edad).</numerusform>
            <numerusform>Niños y niñas (0-17): {share} del total de {people} (N = %n países que informaron con exactitud de ambos grupos de edad).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Where {people} came from (%n countries reported {people} by citizenship: {low} to {high}, each &lt;5 as 1 to 4):</source>
        <translation>
            <numerusform>Procedencia de {people} (%n país informó de {people} por nacionalidad: {low} a {high}, cada &lt;5 como 1 a 4):</numerusform>
            <numerusform>Procedencia de {people} (%n países informaron de {people} por nacionalidad: {low} a {high}, cada &lt;5 como 1 a 4):</numerusform>
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
        <translation>Principales subregiones de origen ({people} de nacionalidad extranjera): {top}.</translation>
    </message>
    <message>
        <location filename="../../explorer/core/places/wording.py" line="-50"/>
        <source>{place} (region)</source>
        <translation>{place} (región)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{place} (subregion of {parent})</source>
        <translation>{place} (subregión de {parent})</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{place} (group of %n countries)</source>
        <translation>
            <numerusform>{place} (grupo de %n país)</numerusform>
            <numerusform>{place} (grupo de %n países)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{reporting} of %n countries reported.</source>
        <translation>
            <numerusform>informaron {reporting} de %n país.</numerusform>
            <numerusform>informaron {reporting} de %n países.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the world</source>
        <translation>Mundo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No country in {place} reported {what} for {year}.</source>
        <translation>{place}: ningún país informó de «{what}» para {year}.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{indicator}, {year}: median {median} over the %n countries with an exact figure ({reporting} of {members} reported). Not a count: no total.</source>
        <translation>
            <numerusform>{indicator}, {year}: mediana {median} sobre %n país con una cifra exacta (informaron {reporting} de {members}). No es un recuento: sin total.</numerusform>
            <numerusform>{indicator}, {year}: mediana {median} sobre %n países con una cifra exacta (informaron {reporting} de {members}). No es un recuento: sin total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{indicator}, {year}: no exact figure; {reporting} of %n countries reported, all &lt;5.</source>
        <translation>
            <numerusform>{indicator}, {year}: ninguna cifra exacta; informaron {reporting} de %n país, todos &lt;5.</numerusform>
            <numerusform>{indicator}, {year}: ninguna cifra exacta; informaron {reporting} de %n países, todos &lt;5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{indicator}, {year}: {sum}, the sum of the exact figures of %n countries; {reported}</source>
        <translation>
            <numerusform>{indicator}, {year}: {sum}, la suma de las cifras exactas de %n país; {reported}</numerusform>
            <numerusform>{indicator}, {year}: {sum}, la suma de las cifras exactas de %n países; {reported}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} at {level}</source>
        <translation>{count} en {level}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>{indicator}, {year}: {reported} of %n countries reported: {levels}</source>
        <translation>
            <numerusform>{indicator}, {year}: informaron {reported} de %n país: {levels}</numerusform>
            <numerusform>{indicator}, {year}: informaron {reported} de %n países: {levels}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{line}; {levels} (outside the order)</source>
        <translation>{line}; {levels} (fuera del orden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}. Levels, not quantities: no total.</source>
        <translation>{line}. Niveles, no cantidades: sin total.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n more countries reported &lt;5 ({low} to {high} more in all).</source>
        <translation>
            <numerusform>%n país más informó &lt;5 ({low} a {high} más en total).</numerusform>
            <numerusform>%n países más informaron &lt;5 ({low} a {high} más en total).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change: no figures for {year} to compare with.</source>
        <translation>Variación: no hay cifras de {year} con las que comparar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change since {year}: not computable: no country reported exact figures in both years.</source>
        <translation>Variación desde {year}: no calculable: ningún país informó de cifras exactas en ambos años.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change since {year}: no percentage (the {year} figures add up to 0).</source>
        <translation>Variación desde {year}: sin porcentaje (las cifras de {year} suman 0).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Change since {year}: {change} ({before} to {after}), over the %n countries that reported exact figures in both years.</source>
        <translation>
            <numerusform>Variación desde {year}: {change} ({before} a {after}), sobre %n país que informó de cifras exactas en ambos años.</numerusform>
            <numerusform>Variación desde {year}: {change} ({before} a {after}), sobre %n países que informaron de cifras exactas en ambos años.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>largest rises: {countries}</source>
        <translation>mayores aumentos: {countries}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>largest falls: {countries}</source>
        <translation>mayores descensos: {countries}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Driven by {changes}.</source>
        <translation>Principales contribuciones — {changes}.</translation>
    </message>
</context>
<context>
    <name>ProfileBars</name>
    <message>
        <location filename="../../explorer/ui/panel/profile_bars.py" line="+26"/>
        <source>By sex</source>
        <translation>Por sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By age</source>
        <translation>Por edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By form of exploitation</source>
        <translation>Por forma de explotación</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Victim profile</source>
        <translation>Perfil de las víctimas</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../explorer/ui/workspace/provenance_dialog.py" line="+27"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition (export date)</source>
        <translation>Edición (fecha de exportación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{read} read = {imported} imported + {rejected} rejected</source>
        <translation>{read} leídas = {imported} importadas + {rejected} rechazadas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYNTHETIC demonstration data: not official statistics</source>
        <translation>Datos de demostración SINTÉTICOS: no son estadísticas oficiales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caveat</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provenance: {dataset}</source>
        <translation>Procedencia: {dataset}</translation>
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
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(missing)</source>
        <translation>(no encontrado)</translation>
    </message>
</context>
<context>
    <name>RegionZoom</name>
    <message>
        <source>Zoom to &amp;region</source>
        <translation type="vanished">&amp;Ir a la región</translation>
    </message>
    <message>
        <source>Colour by &amp;regional totals</source>
        <translation type="vanished">Colorear por totales re&amp;gionales</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map/region_zoom.py" line="+48"/>
        <source>Zoom to re&amp;gion</source>
        <translation>&amp;Ir a la región</translation>
    </message>
    <message>
        <source>Co&amp;lour by regional totals</source>
        <translation type="vanished">Colorear por totales re&amp;gionales</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Colour &amp;by regional totals</source>
        <translation>Colorear por totales re&amp;gionales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each country shows its UN region&apos;s total of the indicator</source>
        <translation>Cada país muestra el total del indicador de su región de las Naciones Unidas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No regional totals for {indicator}</source>
        <translation>No hay totales regionales para {indicator}</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../explorer/ui/window/search_box.py" line="-1"/>
        <source>Find a country (Ctrl+F)</source>
        <translation>Buscar un país (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No country matches “{text}”</source>
        <translation>Ningún país coincide con «{text}»</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../explorer/ui/map/side_by_side.py" line="+52"/>
        <source>Two years side by side</source>
        <translation>Dos años lado a lado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the {side} map</source>
        <translation>Año del mapa {side}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{subject}. Same classes and colours on both maps (over all years).</source>
        <translation>{subject}. Mismas clases y colores en ambos mapas (sobre todos los años).</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Map of {year}</source>
        <translation>Mapa de {year}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Two years &amp;side by side…</source>
        <translation>&amp;Dos años lado a lado…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shown indicator for two years, next to each other</source>
        <translation>El indicador mostrado para dos años, uno junto al otro</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../explorer/core/data/provenance.py" line="+50"/>
        <source>Source: SYNTHETIC demonstration data generated by Trafficking Flows Explorer; not official statistics</source>
        <translation>Fuente: datos de demostración SINTÉTICOS generados por Trafficking Flows Explorer; no son estadísticas oficiales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SYNTHETIC demonstration data generated by Trafficking Flows Explorer; not official statistics</source>
        <translation>datos de demostración SINTÉTICOS generados por Trafficking Flows Explorer; no son estadísticas oficiales</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown publisher</source>
        <translation>editor desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{publisher}, export of {edition}</source>
        <translation>{publisher}, exportación del {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{publisher}, file {file}</source>
        <translation>{publisher}, archivo {file}</translation>
    </message>
</context>
<context>
    <name>SourceRows</name>
    <message>
        <location filename="../../explorer/ui/common/source_rows.py" line="+190"/>
        <source>Show &amp;source rows…</source>
        <extracomment>The countries&apos; English names: a trace is English (its CSV) until the dialog says it in the interface language, whatever language the book names them in. What a context menu offers at a point: one opener, or (words, opener) pairs, or None.</extracomment>
        <translation>Mostrar las &amp;filas de la fuente…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/common/source_rows_dialog.py" line="+70"/>
        <location line="+36"/>
        <location line="+64"/>
        <source>Source rows</source>
        <extracomment>GLOTIP&apos;s category column: a flow&apos;s raw origin label, next to the value.</extracomment>
        <translation>Filas de la fuente</translation>
    </message>
    <message numerus="yes">
        <location line="-88"/>
        <source>%n file row(s) behind this figure.</source>
        <translation>
            <numerusform>%n fila del archivo respalda esta cifra.</numerusform>
            <numerusform>%n filas del archivo respaldan esta cifra.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file row behind this figure.</source>
        <translation>Ninguna fila del archivo respalda esta cifra.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Guardar como CSV…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>From {file}, sheet {sheet} (SHA-256 {sha256})</source>
        <translation>De {file}, hoja {sheet} (SHA-256 {sha256})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {file} (SHA-256 {sha256})</source>
        <translation>De {file} (SHA-256 {sha256})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save source rows</source>
        <translation>Guardar las filas de la fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save {path}: {error}</source>
        <translation>No se pudo guardar {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/source_menus.py" line="+102"/>
        <source>Show source rows of the &amp;total…</source>
        <translation>Mostrar las filas de la fuente del &amp;total…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show source rows of the &amp;change…</source>
        <translation>Mostrar las filas de la fuente de la &amp;variación…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show source rows of the share: {label}…</source>
        <translation>Mostrar las filas de la fuente de la proporción: {label}…</translation>
    </message>
</context>
<context>
    <name>TableMapping</name>
    <message>
        <location filename="../../explorer/ui/workspace/mapping_dialog.py" line="+40"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Columns of {file}</source>
        <translation>Columnas de {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The table&apos;s columns could not be recognised for sure: {reason}. Say which column holds what; the import then runs again.</source>
        <translation>No se pudieron reconocer con certeza las columnas de la tabla: {reason}. Indique qué contiene cada columna; la importación se ejecutará de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Figures per country</source>
        <translation>Cifras por país</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows from one country to another</source>
        <translation>Flujos de un país a otro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table holds:</source>
        <translation>La tabla contiene:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per country and year (long)</source>
        <translation>Una fila por país y año (formato largo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One column per year, e.g. 1960 ... 2023 (wide)</source>
        <translation>Una columna por año, p. ej., 1960 ... 2023 (formato ancho)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Origin:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (code or name):</source>
        <translation>País (código o nombre):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country name (spare):</source>
        <translation>Nombre del país (de reserva):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator column:</source>
        <translation>Columna del indicador:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout:</source>
        <translation>Disposición:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Value columns:</source>
        <extracomment>One check box per candidate value column (each an indicator).</extracomment>
        <translation>Columnas de valores:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(from a column)</source>
        <translation>(de una columna)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of every row:</source>
        <translation>Año de todas las filas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Population, total</source>
        <translation>p. ej., Población, total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator name:</source>
        <translation>Nombre del indicador:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/level_order.py" line="+38"/>
        <source>The values are categories. Drag them into their order; the first gets rank 1:</source>
        <translation>Los valores son categorías. Arrástrelos para ordenarlos; el primero recibe el rango 1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order of the levels</source>
        <translation>Orden de los niveles</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <location filename="../../explorer/core/trace/rows_table.py" line="+23"/>
        <source>the file&apos;s rows were not kept for this dataset (imported before the app kept them, or from a kind of file whose rows it does not keep): import the file again to see them</source>
        <translation>las filas del archivo no se conservaron para este conjunto de datos (importado antes de que la aplicación las conservara, o de un tipo de archivo cuyas filas no conserva): importe de nuevo el archivo para verlas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not read from a file row (generated or derived)</source>
        <translation>no leído de una fila del archivo (generado o derivado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYNTHETIC demonstration data: generated by the app, read from no file</source>
        <translation>Datos SINTÉTICOS de demostración: generados por la aplicación, no leídos de ningún archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same value in {count} rows: an exact duplicate, counted once</source>
        <translation>el mismo valor en {count} filas: un duplicado exacto, contado una vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read as it is</source>
        <translation>leído tal cual</translation>
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
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown</source>
        <translation>Mostrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the importer did</source>
        <translation>Qué hizo la importación</translation>
    </message>
    <message>
        <location filename="../../explorer/core/trace/words.py" line="+79"/>
        <source>World</source>
        <translation>Mundo</translation>
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
        <translation>{place}, {year}: {indicator}, total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: {indicator}, change {previous} to {year}</source>
        <translation>{place}: {indicator}, variación de {previous} a {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}, {year}: {indicator}, share {part}</source>
        <translation>{place}, {year}: {indicator}, proporción {part}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no figure</source>
        <translation>sin cifra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not computable</source>
        <translation>no calculable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;5 kept as a range (1 to 4), never a made-up number</source>
        <translation>&lt;5 conservado como intervalo (1 a 4), nunca como un número inventado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own nationals</source>
        <translation>nacionales del propio país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin not known</source>
        <translation>origen desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as a country code</source>
        <translation>como código de país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by its name</source>
        <translation>por su nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by a known other name</source>
        <translation>por otro nombre conocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the people of that country</source>
        <translation>como los habitantes de ese país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as a class of origin</source>
        <translation>como categoría de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by an approximate match</source>
        <translation>por una coincidencia aproximada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by your alias or rule</source>
        <translation>por su alias o regla</translation>
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
        <translation>etiqueta de origen {label} leída como {read}, {how}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin labels meaning one origin, summed: read as {read}: {hows}</source>
        <translation>etiquetas de origen que designan un mismo origen, sumadas: leídas como {read}: {hows}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>victims aged 0 to 17 / all detected victims x 100, both exact</source>
        <translation>víctimas de 0 a 17 años / total de víctimas detectadas x 100, ambas exactas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>female victims / all detected victims x 100, both exact</source>
        <translation>víctimas de sexo femenino / total de víctimas detectadas x 100, ambas exactas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({year} - {previous}) / {previous} x 100, both exact, the previous year not zero</source>
        <translation>({year} - {previous}) / {previous} x 100, ambas exactas, el año anterior distinto de cero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(second year - {first}) / {first} x 100, both exact, {first} not zero</source>
        <translation>(segundo año - {first}) / {first} x 100, ambas exactas, {first} distinto de cero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count / population x 100,000; the population of the same year from the loaded population indicator, else the nearest year at most {gap} years away (its rows are in that dataset)</source>
        <translation>cifra / población x 100.000; la población del mismo año según el indicador de población cargado, si no, el año más cercano a {gap} años como máximo (sus filas están en ese conjunto de datos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no country of {place} reported</source>
        <translation>ningún país de {place} declaró una cifra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of the exact figures of the {exact} countries that reported one ({total}; {members} countries in {place})</source>
        <translation>suma de las cifras exactas de los {exact} países que declararon una ({total}; {members} países en {place})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{rule}; {more} more reported only &lt;5, {low} to {high} victims together, shown beside the sum, never in it</source>
        <translation>{rule}; {more} más declararon solo &lt;5, de {low} a {high} víctimas en total, mostradas junto a la suma, nunca dentro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no figures for one of the two years</source>
        <translation>sin cifras para uno de los dos años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({after} - {before}) / {before} x 100 over the {count} countries of {place} with an exact figure in both {previous} and {year} (a &lt;5 or a gap in either year leaves a country out)</source>
        <translation>({after} - {before}) / {before} x 100 sobre los {count} países de {place} con una cifra exacta en {previous} y en {year} (un &lt;5 o una laguna en cualquiera de los dos años deja fuera al país)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a part of the group has no figures</source>
        <translation>una parte del grupo no tiene cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{part} / ({parts} = {total}) x 100 over the {count} countries of {place} that reported every part exactly</source>
        <translation>{part} / ({parts} = {total}) x 100 sobre los {count} países de {place} que declararon cada parte exactamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sum of the {count} country flows from {origin} to {destination} (own nationals counted in their country&apos;s place; a &lt;5 adds its range 1 to 4)</source>
        <translation>suma de los {count} flujos entre países de {origin} a {destination} (los nacionales del propio país se cuentan en la zona de su país; un &lt;5 añade su intervalo de 1 a 4)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../explorer/ui/common/trend_chart.py" line="+40"/>
        <source>Trend over years</source>
        <translation>Tendencia a lo largo de los años</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{first} to {last}</source>
        <translation>de {first} a {last}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no data {years}</source>
        <translation>sin datos {years}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend: {parts}</source>
        <translation>Tendencia: {parts}</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>bars: &lt;5 (1 to 4)</source>
        <translation>barras: &lt;5 (de 1 a 4)</translation>
    </message>
</context>
<context>
    <name>VictimProfile</name>
    <message>
        <location filename="../../explorer/core/indicators/country_victim_profile.py" line="+118"/>
        <source>No figures by age for {year}</source>
        <translation>No hay cifras por edad para {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Children: {figure}</source>
        <translation>Niños y niñas: {figure}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children: {figure} (no share computed from {reason})</source>
        <translation>Niños y niñas: {figure} (no se calcula la proporción a partir de {reason})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Children: {figure} (share not computable: adults {adults})</source>
        <translation>Niños y niñas: {figure} (proporción no calculable: adultos {adults})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Children: 0 (no {people} of known age)</source>
        <translation>Niños y niñas: 0 (no hay {people} de edad conocida)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Children: {share} of {people} of known age ({part} of {whole})</source>
        <translation>Niños y niñas: {share} del total de {people} de edad conocida ({part} de {whole})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Children: {share} of {people} ({part} of {whole})</source>
        <translation>Niños y niñas: {share} del total de {people} ({part} de {whole})</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../../explorer/ui/window/recent_files.py" line="-45"/>
        <location filename="../../explorer/ui/workspace/menu.py" line="+44"/>
        <source>&amp;Open workspace…</source>
        <extracomment>The text of the session&apos;s action the submenu follows (see workspace_menu.py), compared in the user&apos;s language.</extracomment>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/imports.py" line="+36"/>
        <source>Data files: GLOTIP, CTDC, indicator, flow and activity tables, IATI (*.xlsx *.xls *.xlsm *.ods *.csv *.txt *.xml)</source>
        <translation>Archivos de datos: GLOTIP, CTDC, tablas de indicadores, de flujos y de actividades, IATI (*.xlsx *.xls *.xlsm *.ods *.csv *.txt *.xml)</translation>
    </message>
    <message>
        <source>Workspace (*.sqlite)</source>
        <translation type="vanished">Espacio de trabajo (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/session.py" line="+125"/>
        <source>The workspace could not be read: {error}. Use File &gt; Save workspace as… to keep new work.</source>
        <extracomment>Why saving is refused: the file at ``path`` could not be read. The file that could not be read: never written over, whatever the user picks. A reading child started while the user picks a file (see ``start_reader_ahead``). Save the view when the window closes (off for headless renders). The column-mapping question of a table import, while it is open. The running import&apos;s progress bar and Cancel button in the status bar. Asks Save as… / Discard / Cancel when a close would lose unsaved work (None: the dialog of :func:`damaged_workspace.ask_unsaved`; tests set it). The lock that makes this window the workspace&apos;s one writer (None: not held). Why this window may not write the workspace (another program holds it), or None. Whether that is another program holding it (the window may try again once it lets go). The file as this window last read or wrote it (see :mod:`disk_changes`), and the question asked when it changed meanwhile (None: a dialog; tests set it). A change a read-only window could not save (asked about before it closes).</extracomment>
        <translation>No se pudo leer el espacio de trabajo: {error}. Use Archivo &gt; Guardar espacio de trabajo como… para conservar el trabajo nuevo.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/menu.py" line="-13"/>
        <source>&amp;Import data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a UNODC GLOTIP export (xlsx or csv)</source>
        <translation>Importar una exportación GLOTIP de la UNODC (xlsx o csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save workspace &amp;as…</source>
        <translation>Guardar espacio de trabajo &amp;como…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Datasets</source>
        <translation>Conjuntos de &amp;datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to another dataset of this workspace</source>
        <translation>Cambiar a otro conjunto de datos de este espacio de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import repor&amp;t…</source>
        <translation>Informe de i&amp;mportación…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remo&amp;ve dataset from workspace…</source>
        <translation>&amp;Quitar el conjunto de datos del espacio de trabajo…</translation>
    </message>
    <message>
        <source>Import &amp;report…</source>
        <translation type="vanished">Informe de i&amp;mportación…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Dataset &amp;provenance…</source>
        <translation>&amp;Procedencia del conjunto de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name dataset…</source>
        <translation>Cambiar el nom&amp;bre del conjunto de datos…</translation>
    </message>
    <message>
        <source>&amp;Remove dataset from workspace…</source>
        <translation type="vanished">&amp;Quitar el conjunto de datos del espacio de trabajo…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{dataset} (synthetic)</source>
        <translation>{dataset} (datos sintéticos)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Trafficking Flows Explorer: {dataset} — {file}</source>
        <translation>Trafficking Flows Explorer: {dataset} — {file}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/imports.py" line="+12"/>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>{file}: not a file this app imports. Drop a UNODC GLOTIP export (.xlsx or .csv) or a workspace (.sqlite).</source>
        <translation type="vanished">{file}: esta aplicación no importa este tipo de archivo. Suelte una exportación GLOTIP de la UNODC (.xlsx o .csv) o un espacio de trabajo (.sqlite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: not a file this app imports. Drop a UNODC GLOTIP export (.xlsx or .csv) or a workspace (.tfe-workspace or .sqlite).</source>
        <translation>{file}: no es un archivo que esta aplicación importe. Suelte una exportación GLOTIP de la UNODC (.xlsx o .csv) o un espacio de trabajo (.tfe-workspace o .sqlite).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An import is already running</source>
        <translation>Ya hay una importación en curso</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing {file}… %p%</source>
        <translation>Importando {file}… %p%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import of {file} cancelled</source>
        <translation>Importación de {file} cancelada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing imported from {file}; nothing stored</source>
        <translation>No se importó nada de {file}; no se guardó nada</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added to {dataset}: {imported} rows imported, {rejected} rejected (saved)</source>
        <translation>Añadido a {dataset}: {imported} filas importadas, {rejected} rechazadas (guardado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added to {dataset}: {imported} rows imported, {rejected} rejected (NOT saved)</source>
        <translation>Añadido a {dataset}: {imported} filas importadas, {rejected} rechazadas (NO guardado)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>saved in {path}</source>
        <translation>guardado en {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT saved</source>
        <translation>NO guardado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dataset} replaced: {imported} rows imported, {rejected} rejected ({where})</source>
        <translation>{dataset} sustituido: {imported} filas importadas, {rejected} rechazadas ({where})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{dataset} added: {imported} rows imported, {rejected} rejected ({where})</source>
        <translation>{dataset} añadido: {imported} filas importadas, {rejected} rechazadas ({where})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add to the dataset on screen?</source>
        <translation>¿Añadir al conjunto de datos en pantalla?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{new} has no flows and no indicator that {current} already has. Add it to {current}, so that its figures or activities appear next to the others (its source is noted in the provenance), or keep it as a dataset of its own?</source>
        <translation>{new} no tiene flujos ni ningún indicador que {current} ya tenga. ¿Añadirlo a {current}, para que sus cifras o actividades aparezcan junto a las demás (su fuente queda anotada en la procedencia), o conservarlo como un conjunto de datos independiente?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to {current}</source>
        <translation>Añadir a {current}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep as its own dataset</source>
        <translation>Conservar como conjunto de datos independiente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import failed</source>
        <translation>Error en la importación</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/reports.py" line="+67"/>
        <source>Aliases applied: {labels} moved out of unknown origins</source>
        <translation>Alias aplicados: {labels} ya no figuran entre los orígenes desconocidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aliases saved; they apply to later imports</source>
        <translation>Alias guardados; se aplican a las importaciones posteriores</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>(NOT saved)</source>
        <translation>(NO guardado)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Rules for {count} groups of rows saved: they apply when you import the file again</source>
        <translation>Reglas guardadas para {count} grupos de filas: se aplican cuando vuelva a importar el archivo</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/damaged.py" line="+90"/>
        <location filename="../../explorer/ui/workspace/disk_changes.py" line="+91"/>
        <location filename="../../explorer/ui/workspace/session.py" line="+96"/>
        <source>Workspace not saved</source>
        <translation>Espacio de trabajo no guardado</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/file_dialogs.py" line="+20"/>
        <source>Workspace (*.tfe-workspace *.sqlite)</source>
        <translation>Espacio de trabajo (*.tfe-workspace *.sqlite)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save workspace as</source>
        <translation>Guardar espacio de trabajo como</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/switching.py" line="+45"/>
        <source>Workspace saved as {path}</source>
        <translation>Espacio de trabajo guardado como {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/file_dialogs.py" line="-2"/>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/damaged.py" line="-32"/>
        <source>Workspace could not be read</source>
        <translation>No se pudo leer el espacio de trabajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is kept exactly as it is. Start a new, empty workspace in another file, or go on without saving (File &gt; Save workspace as… keeps new work).</source>
        <translation>El archivo se conserva exactamente como está. Inicie un espacio de trabajo nuevo y vacío en otro archivo, o continúe sin guardar (Archivo &gt; Guardar espacio de trabajo como… conserva el trabajo nuevo).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a new workspace…</source>
        <translation>Iniciar un nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} is the workspace that could not be read; it is kept as it is. Choose another file name.</source>
        <translation>{path} es el espacio de trabajo que no se pudo leer; se conserva tal como está. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The workspace could not be read: {reason}</source>
        <translation>No se pudo leer el espacio de trabajo: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace is in use by {reason}</source>
        <translation>El espacio de trabajo está siendo utilizado por {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace cannot be written: {reason}</source>
        <translation>No se puede escribir en el espacio de trabajo: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported data not saved</source>
        <translation>Datos importados no guardados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data imported in this session is not saved.

{why}</source>
        <translation>Los datos importados en esta sesión no están guardados.

{why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workspace file is kept exactly as it is. Save the imported data in another workspace file, or close without it?</source>
        <translation>El archivo del espacio de trabajo se conserva exactamente como está. ¿Guardar los datos importados en otro archivo de espacio de trabajo, o cerrar sin ellos?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>parts of it are damaged and were not read: {parts}</source>
        <translation>algunas de sus partes están dañadas y no se leyeron: {parts}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged: {parts}. The rest is shown; nothing is saved to {path}. File &gt; Save workspace as… keeps what is intact.</source>
        <translation>Dañado: {parts}. Se muestra el resto; no se guarda nada en {path}. Archivo &gt; Guardar espacio de trabajo como… conserva lo que está intacto.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parts of {path} are damaged and were not read:

{parts}

The rest is shown. Nothing will be saved to this file, so it can still be rescued. Save what is intact as a new workspace?</source>
        <translation>Algunas partes de {path} están dañadas y no se leyeron:

{parts}

Se muestra el resto. No se guardará nada en este archivo, para que todavía pueda recuperarse. ¿Guardar lo que está intacto como un nuevo espacio de trabajo?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workspace partly damaged</source>
        <translation>Espacio de trabajo dañado en parte</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/file_dialogs.py" line="+1"/>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/switching.py" line="+45"/>
        <source>Workspace not opened</source>
        <translation>Espacio de trabajo no abierto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened {path}</source>
        <translation>Abierto {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/session.py" line="+56"/>
        <source>Remove dataset</source>
        <translation>Quitar el conjunto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {dataset} from this workspace? Its figures, report and provenance are deleted from the workspace file; the source file is not touched.</source>
        <translation>¿Quitar {dataset} de este espacio de trabajo? Sus cifras, su informe y su procedencia se eliminan del archivo del espacio de trabajo; el archivo de origen no se modifica.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{dataset} removed from the workspace</source>
        <translation>{dataset} se quitó del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/disk_changes.py" line="+11"/>
        <source>Workspace changed on disk</source>
        <translation>El espacio de trabajo cambió en el disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was changed by another program since this window read it.

Keep both adds what this window has to what the file now holds; Reload shows the file as it is now (this window&apos;s latest change is dropped); Overwrite writes this window&apos;s workspace over it.</source>
        <translation>Otro programa modificó {path} después de que esta ventana lo leyera.

Conservar ambos añade lo que tiene esta ventana a lo que contiene ahora el archivo; Volver a cargar muestra el archivo tal como está ahora (se descarta el último cambio de esta ventana); Sobrescribir escribe encima el espacio de trabajo de esta ventana.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/groups.py" line="+41"/>
        <source>Groups saved in the workspace</source>
        <translation>Grupos guardados en el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/locking.py" line="+37"/>
        <source>its folder cannot be written ({error})</source>
        <translation>no se puede escribir en su carpeta ({error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is marked read-only</source>
        <translation>el archivo está marcado como de solo lectura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: {path} is in use by {holder}. Nothing here is saved to it; close it there and open it again (File &gt; Open workspace…), or keep new work with File &gt; Save workspace as….</source>
        <translation>Solo lectura: {path} está siendo utilizado por {holder}. Nada de lo que se haga aquí se guarda en él; ciérrelo allí y vuelva a abrirlo (Archivo &gt; Abrir espacio de trabajo…), o conserve el trabajo nuevo con Archivo &gt; Guardar espacio de trabajo como….</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: {path} cannot be written ({holder}). Nothing here is saved to it; keep new work with File &gt; Save workspace as….</source>
        <translation>Solo lectura: no se puede escribir en {path} ({holder}). Nada de lo que se haga aquí se guarda en él; conserve el trabajo nuevo con Archivo &gt; Guardar espacio de trabajo como….</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is in use by {holder}. Close it there first.</source>
        <translation>{path} está siendo utilizado por {holder}. Ciérrelo allí primero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be written: {holder}.</source>
        <translation>No se puede escribir en {path}: {holder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>Workspace in use</source>
        <translation>Espacio de trabajo en uso</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The other program let go of {path}: this window saves to it now</source>
        <translation>El otro programa liberó {path}: ahora esta ventana guarda en él</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path} is in use by {holder}.

This window can show it but will not save to it, so that nothing the other program adds is lost.</source>
        <translation>{path} está siendo utilizado por {holder}.

Esta ventana puede mostrarlo, pero no guardará en él, para que no se pierda nada de lo que añada el otro programa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/renaming.py" line="+26"/>
        <source>Rename dataset</source>
        <translation>Cambiar el nombre del conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of {dataset}:</source>
        <translation>Nuevo nombre de {dataset}:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A dataset needs a name of its own.</source>
        <translation>Un conjunto de datos necesita un nombre propio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another dataset is called {dataset}.</source>
        <translation>Ya hay otro conjunto de datos llamado {dataset}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not renamed</source>
        <translation>Nombre no cambiado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{old} renamed {new} (saved)</source>
        <translation>{old} pasó a llamarse {new} (guardado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{old} renamed {new} (NOT saved)</source>
        <translation>{old} pasó a llamarse {new} (NO guardado)</translation>
    </message>
</context>
</TS>
