<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../explorer/ui/map/view.py" line="+65"/>
        <location filename="../../explorer/ui/window/accessibility.py" line="+43"/>
        <source>World map</source>
        <translation>Carte du monde</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/accessibility.py" line="+1"/>
        <source>Map legend</source>
        <translation>Légende de la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country details</source>
        <translation>Détails du pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow settings</source>
        <translation>Réglages des flux</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../explorer/ui/window/search_box.py" line="+103"/>
        <source>Find a country</source>
        <translation>Chercher un pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country selected.</source>
        <translation>Aucun pays sélectionné.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (class {label})</source>
        <translation> (classe {label})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected: {name}, {value}{klass}.</source>
        <translation>Sélection : {name}, {value}{klass}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Legend: {labels} ({note}).</source>
        <translation>Légende : {labels} ({note}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; line widths for {widths}</source>
        <translation> ; épaisseurs des traits pour {widths}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; colours {colours}</source>
        <translation> ; couleurs {colours}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No indicator shown.</source>
        <translation>Aucun indicateur affiché.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Which flows the map draws and how: indicator, number, minimum, region, focus, widths and colours</source>
        <translation>Quels flux la carte trace et comment : indicateur, nombre, minimum, région, sens, épaisseurs et couleurs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the map shows</source>
        <translation>Ce que montre la carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total, or a part such as sex or age</source>
        <translation>Total, ou une partie, par exemple par sexe ou par âge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play years</source>
        <translation>Faire défiler les années</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a country name or ISO code and press Enter to select it; then Tab to the map and use Up and Down to step through the ranking</source>
        <translation>Tapez le nom ou le code ISO d’un pays et appuyez sur Entrée pour le sélectionner ; puis Tab jusqu’à la carte, et Haut et Bas pour parcourir le classement</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Playing through the years (Space pauses)</source>
        <translation>Défilement des années (Espace pour mettre en pause)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused (Space plays through the years)</source>
        <translation>En pause (Espace pour faire défiler les années)</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../explorer/ui/panel/activities.py" line="+47"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Activity kind</source>
        <translation>Type d’activité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity theme</source>
        <translation>Thème de l’activité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity status</source>
        <translation>Statut de l’activité</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search activities</source>
        <translation>Rechercher des activités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From year</source>
        <translation>À partir de l’année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To year</source>
        <translation>Jusqu’à l’année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assistance activities</source>
        <translation>Activités d’assistance</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No assistance activities recorded for this country.</source>
        <translation>Aucune activité d’assistance enregistrée pour ce pays.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 assistance activity: {parts}</source>
        <translation>1 activité d’assistance : {parts}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n assistance activities: {parts}</source>
        <translation>
            <numerusform>%n activité d’assistance : {parts}</numerusform>
            <numerusform>%n activités d’assistance : {parts}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{start} to {end}</source>
        <translation>{start} à {end}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Themes: {themes}</source>
        <translation>Thèmes : {themes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners: {partners}</source>
        <translation>Partenaires : {partners}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference: {reference}</source>
        <translation>Référence : {reference}</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../explorer/ui/window/settings.py" line="+145"/>
        <source>The saved settings come from a newer version of Trafficking Flows Explorer; this version starts with its defaults and leaves them unchanged.</source>
        <extracomment>The layout of the stored keys. Raise it (and convert in ``_migrate``) when a key changes meaning; a file with a higher number came from a newer app. The version passed to QMainWindow.saveState/restoreState (the dock layout format). Values kept in memory only, while the file belongs to a newer app version. A message for the user about the settings file, or &quot;&quot; (e.g. a newer version).</extracomment>
        <translation>Les réglages enregistrés proviennent d’une version plus récente de Trafficking Flows Explorer ; cette version démarre avec ses réglages par défaut et laisse ces réglages inchangés.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../explorer/ui/window/banner.py" line="+14"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics. Detected victims are not a measure of prevalence.</source>
        <translation>DONNÉES DE DÉMONSTRATION SYNTHÉTIQUES : ce ne sont PAS des statistiques officielles. Le nombre de victimes détectées ne mesure pas la prévalence.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data warning</source>
        <translation>Avertissement sur les données</translation>
    </message>
</context>
<context>
    <name>Caveats</name>
    <message>
        <location filename="../../explorer/core/data/known_caveats.py" line="+20"/>
        <source>SYNTHETIC demonstration data: not official statistics.</source>
        <translation>Données de démonstration SYNTHÉTIQUES : il ne s’agit pas de statistiques officielles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected victims are not a measure of prevalence.</source>
        <translation>Le nombre de victimes détectées ne mesure pas la prévalence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures, flows and activities are invented; any resemblance to real values is chance.</source>
        <translation>Les chiffres, les flux et les activités sont inventés ; toute ressemblance avec des valeurs réelles est fortuite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detected victims are not a measure of prevalence: they reflect what national authorities detected and reported.</source>
        <translation>Le nombre de victimes détectées ne mesure pas la prévalence : il reflète ce que les autorités nationales ont détecté et déclaré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;5 marks a suppressed count of 1 to 4.</source>
        <translation>&lt;5 désigne un petit effectif masqué, de 1 à 4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins are the victims&apos; citizenship as reported; free-text labels were resolved to countries, and unresolved labels are shown as unknown.</source>
        <translation>L’origine est la citoyenneté des victimes telle que déclarée ; les libellés en texte libre ont été rapportés à des pays, et les libellés non résolus sont indiqués comme inconnus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Origins and destinations were matched to countries by code or name; origins not understood are shown as unknown, rows whose destination was not a country were set aside (see the import report).</source>
        <translation>Les origines et destinations ont été rapportées à des pays par code ou par nom ; les origines non comprises sont indiquées comme inconnues, les lignes dont la destination n’était pas un pays ont été écartées (voir le rapport d’importation).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;N marks a suppressed count of 1 to N-1.</source>
        <translation>&lt;N désigne un petit effectif masqué, de 1 à N-1.</translation>
    </message>
</context>
<context>
    <name>ClassesNote</name>
    <message>
        <location filename="../../explorer/core/view/choropleth.py" line="+57"/>
        <source>Quantile classes over {span}</source>
        <extracomment>The classes note of each scheme (English in data exports, translated on display).</extracomment>
        <translation>Classes par quantiles sur {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural-breaks classes over {span}</source>
        <translation>Classes par seuils naturels sur {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal-interval classes over {span}</source>
        <translation>Classes à intervalles égaux sur {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual-break classes over {span}</source>
        <translation>Classes à seuils manuels sur {span}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{first}-{last}</source>
        <translation>{first}-{last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories, in order, over {span}</source>
        <translation>Catégories, dans l’ordre, sur {span}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change against the year before; fixed classes centred on no change</source>
        <translation>Évolution par rapport à l’année précédente ; classes fixes centrées sur l’absence de changement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change against the first year; fixed classes centred on no change</source>
        <translation>Évolution par rapport à la première année ; classes fixes centrées sur l’absence de changement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{scheme} classes over {span}</source>
        <translation>Classes {scheme} sur {span}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all years</source>
        <translation>toutes les années</translation>
    </message>
</context>
<context>
    <name>CompareYears</name>
    <message>
        <location filename="../../explorer/ui/map/compare_years.py" line="+26"/>
        <location line="+59"/>
        <source>Compare two years</source>
        <translation>Comparer deux années</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Indicator:</source>
        <translation>Indicateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the change</source>
        <translation>Afficher l’évolution</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Compare t&amp;wo years…</source>
        <translation>&amp;Comparer deux années…</translation>
    </message>
    <message>
        <source>&amp;Compare two years…</source>
        <translation type="vanished">&amp;Comparer deux années…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A map of how the shown indicator changed between two years</source>
        <translation>Une carte de l’évolution de l’indicateur affiché entre deux années</translation>
    </message>
</context>
<context>
    <name>Consistency</name>
    <message>
        <location filename="../../explorer/core/indicators/consistency_words.py" line="+36"/>
        <source>a part above the total</source>
        <translation>une partie supérieure au total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the parts above the total</source>
        <translation>les parties supérieures au total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a &lt;5 total with parts above 4</source>
        <translation>un total &lt;5 dont les parties dépassent 4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{part} alone is {number}, above the total {total}.</source>
        <extracomment>A warning on a figure (&quot;⚠ In the file: …&quot;): one part of its breakdown (&quot;Female&quot;, &quot;Children (0-17)&quot;, &quot;Sexual exploitation&quot;) is larger than the total the file gives.</extracomment>
        <translation>La ventilation « {part} » dépasse à elle seule le total : {number} contre {total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The origin &apos;{origin}&apos; alone is {number}, above the total {total}.</source>
        <translation>L’origine « {origin} » dépasse à elle seule le total : {number} contre {total}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One part alone is {number}, above the total {total}.</source>
        <translation>Une partie dépasse à elle seule le total : {number} contre {total}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Female + male add up to {number}, more than the total {total}.</source>
        <translation>La somme sexe féminin + sexe masculin ({number}) dépasse le total ({total}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children + adults add up to {number}, more than the total {total}.</source>
        <translation>La somme enfants + adultes ({number}) dépasse le total ({total}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The forms of exploitation add up to {number}, more than the total {total}.</source>
        <translation>La somme des formes d’exploitation ({number}) dépasse le total ({total}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The origins add up to {number}, more than the total {total}.</source>
        <translation>La somme des origines ({number}) dépasse le total ({total}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The total is {total}, but female + male add up to {number}.</source>
        <translation>Le total est {total}, mais la somme sexe féminin + sexe masculin atteint {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but children + adults add up to {number}.</source>
        <translation>Le total est {total}, mais la somme enfants + adultes atteint {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but the forms of exploitation add up to {number}.</source>
        <translation>Le total est {total}, mais la somme des formes d’exploitation atteint {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The total is {total}, but the origins add up to {number}.</source>
        <translation>Le total est {total}, mais la somme des origines atteint {number}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sex</source>
        <extracomment>The breakdown a contradiction is in, as the import report&apos;s column names it.</extracomment>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms of exploitation</source>
        <translation>Formes d’exploitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins</source>
        <translation>Origines</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../../explorer/ui/common/core_texts.py" line="+40"/>
        <source>The boundaries and names shown do not imply official endorsement or acceptance.</source>
        <extracomment>Every fixed core text the UI shows (the ``QT_TRANSLATE_NOOP`` calls are what lupdate reads).</extracomment>
        <translation>Les frontières et les noms indiqués n’impliquent ni reconnaissance ni acceptation officielles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics</source>
        <translation>DONNÉES DE DÉMONSTRATION SYNTHÉTIQUES : ce ne sont PAS des statistiques officielles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Sexe féminin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Sexe masculin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other sex</source>
        <translation>Autre sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex unknown</source>
        <translation>Sexe inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children (0-17)</source>
        <translation>Enfants (0-17 ans)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults (18+)</source>
        <translation>Adultes (18 ans et plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age unknown</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Girls</source>
        <translation>Filles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys</source>
        <translation>Garçons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual exploitation</source>
        <translation>Exploitation sexuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced labour</source>
        <translation>Travail forcé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other forms of exploitation</source>
        <translation>Autres formes d’exploitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deuteranopia (green-blind, the most common)</source>
        <translation>Deutéranopie (insensibilité au vert, la plus fréquente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protanopia (red-blind)</source>
        <translation>Protanopie (insensibilité au rouge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tritanopia (blue-blind, rare)</source>
        <translation>Tritanopie (insensibilité au bleu, rare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greyscale (black-and-white print)</source>
        <translation>Niveaux de gris (impression en noir et blanc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slide 16:9, 1920 x 1080 px</source>
        <translation>Diapositive 16:9, 1920 x 1080 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide 16:9 4K, 3840 x 2160 px</source>
        <translation>Diapositive 16:9 4K, 3840 x 2160 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3 portrait</source>
        <translation>A3 portrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: the sum of the exact figures of the countries in the place that reported; a &lt;5 is never added as a number.</source>
        <translation>Total : la somme des chiffres exacts des pays de la zone qui en ont déclaré un ; un &lt;5 n’est jamais additionné comme un nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change since the previous year: over the countries with an exact figure in both years only (a &lt;5 or a gap in either year leaves the country out).</source>
        <translation>Évolution depuis l’année précédente : sur les seuls pays ayant un chiffre exact les deux années (un &lt;5 ou une lacune l’une des deux années exclut le pays).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trend: each year&apos;s change on its own constant set of countries, chained into an index (first year = 100); a rise in reporting is never read as a rise in trafficking.</source>
        <translation>Tendance : l’évolution de chaque année, sur son propre ensemble constant de pays, enchaînée en un indice (première année = 100) ; une hausse des déclarations n’est jamais lue comme une hausse de la traite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shares (children, girls, boys, women, men, forms of exploitation): over the countries that reported every part of the breakdown exactly; the range adds the countries whose parts include a &lt;5.</source>
        <translation>Parts (enfants, filles, garçons, femmes, hommes, formes d’exploitation) : sur les pays qui ont déclaré exactement chaque partie de la ventilation ; la fourchette ajoute les pays dont les parties comprennent un &lt;5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where victims came from: relative to each country of detection; each share is a range, from every &lt;5 at 1 to every &lt;5 at 4.</source>
        <translation>Provenance des victimes : par rapport à chaque pays de détection ; chaque part est une fourchette, de tous les &lt;5 à 1 à tous les &lt;5 à 4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Levels (such as TIP tiers) are ordered ranks, not quantities: no total, sum, change, trend or share of them is computed.</source>
        <translation>Les niveaux (comme les catégories (Tier) du rapport TIP) sont des rangs ordonnés, pas des quantités : aucun total, somme, variation, tendance ni part n’en est calculé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A place counts how many of its countries stand at each level in the year shown, in the levels&apos; order; a country with no level that year is not counted.</source>
        <translation>Une zone compte combien de ses pays se trouvent à chaque niveau l’année affichée, dans l’ordre des niveaux ; un pays sans niveau cette année-là n’est pas compté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A level outside the order (such as Special case) is counted apart and never ranked; a country&apos;s chart by year marks it above the ranked levels.</source>
        <translation>Un niveau hors de l’ordre (comme « Special case ») est compté à part et jamais classé ; le graphique par année d’un pays le marque au-dessus des niveaux classés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins</source>
        <translation>Origines</translation>
    </message>
    <message>
        <location filename="../../explorer/render/page/legend.py" line="+61"/>
        <location filename="../../explorer/ui/common/core_texts.py" line="-77"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../explorer/ui/common/core_texts.py" line="+1"/>
        <source>Suppressed (&lt;{n})</source>
        <translation>Masqué (&lt;{n})</translation>
    </message>
    <message>
        <location filename="../../explorer/core/demo/shown_name.py" line="+13"/>
        <source>Demo (synthetic)</source>
        <translation>Données de démo (synthétiques)</translation>
    </message>
</context>
<context>
    <name>CountryBrief</name>
    <message>
        <location filename="../../explorer/ui/export/brief_page.py" line="+39"/>
        <source>The boundaries and names shown do not imply official endorsement or acceptance.</source>
        <translation>Les frontières et les noms indiqués n’impliquent ni reconnaissance ni acceptation officielles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortened to fit one page (…): the app shows all of it.</source>
        <translation>Raccourci pour tenir sur une page (…) : l’application montre tout.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/country_brief.py" line="+48"/>
        <source>Country brief: {name}</source>
        <translation>Fiche pays : {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/brief_page.py" line="+71"/>
        <source>SYNTHETIC DEMONSTRATION DATA: not official statistics</source>
        <translation>DONNÉES DE DÉMONSTRATION SYNTHÉTIQUES : ce ne sont PAS des statistiques officielles</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/country_brief.py" line="+5"/>
        <source>{iso3} · {region} · {subregion} · country brief, {year}</source>
        <translation>{iso3} · {region} · {subregion} · fiche pays, {year}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{indicator} ({breakdown}) by year</source>
        <translation>{indicator} ({breakdown}) par année</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who the detected victims were, {year}</source>
        <translation>Profil des victimes détectées, {year}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top origins: {flows}</source>
        <translation>Principales origines : {flows}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected in: {flows}</source>
        <translation>Pays de détection : {flows}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no flows recorded</source>
        <translation>aucun flux enregistré</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Assistance activities ({count})</source>
        <translation>Activités d’assistance ({count})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>… and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/brief_page.py" line="+106"/>
        <source>Produced with Trafficking Flows Explorer on {date}.</source>
        <translation>Produit avec Trafficking Flows Explorer le {date}.</translation>
    </message>
</context>
<context>
    <name>CountryProfile</name>
    <message numerus="yes">
        <location filename="../../explorer/core/indicators/country_profile.py" line="+30"/>
        <source> (sum of %n rows)</source>
        <translation>
            <numerusform> (somme de %n ligne)</numerusform>
            <numerusform> (somme de %n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (sum of %n rows of the file)</source>
        <translation>
            <numerusform> (somme de %n ligne du fichier)</numerusform>
            <numerusform> (somme de %n lignes du fichier)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No detected-victim figures for {name} in this dataset</source>
        <translation>Aucun chiffre de victimes détectées pour {name} dans ce jeu de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No smuggled-migrant figures for {name} in this dataset</source>
        <translation>Aucun chiffre de migrants objet d’un trafic illicite pour {name} dans ce jeu de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No persons-convicted figures for {name} in this dataset</source>
        <translation>Aucun chiffre de personnes condamnées pour {name} dans ce jeu de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No &quot;{indicator}&quot; figures for {name} in this dataset</source>
        <translation>Aucun chiffre « {indicator} » pour {name} dans ce jeu de données</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../explorer/ui/panel/detail.py" line="+78"/>
        <location line="+132"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Click a country on the map, or find one with Ctrl+F.</source>
        <extracomment>The interface language: region names and numbers are written in it.</extracomment>
        <translation>Cliquez sur un pays de la carte, ou cherchez-le avec Ctrl+F.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Year</source>
        <extracomment>Another edition of the data gives this figure differently (View &gt; Compare editions).</extracomment>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures over time</source>
        <translation>Chiffres dans le temps</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assistance activities</source>
        <translation>Activités d’assistance</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Place</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No country selected</source>
        <translation>Aucun pays sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No country selected: click one on the map, or find one with Ctrl+F.</source>
        <translation>Aucun pays sélectionné : cliquez sur un pays de la carte, ou cherchez-le avec Ctrl+F.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place_links.py" line="+73"/>
        <source>Subregion: {name} →</source>
        <translation>Sous-région : {name} →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: {name} →</source>
        <translation>Région : {name} →</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/detail.py" line="+49"/>
        <source>{indicator} ({breakdown}) by year</source>
        <translation>{indicator} ({breakdown}) par année</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who the detected victims were, {year}</source>
        <translation>Profil des victimes détectées, {year}</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <location filename="../../explorer/ui/editions/menu.py" line="+18"/>
        <source>Compare &amp;editions…</source>
        <translation>Comparer les é&amp;ditions…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the newer edition of the data on screen revised</source>
        <translation>Ce que l’édition la plus récente des données affichées a révisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import another edition of the same publication (e.g. a newer GLOTIP export) to compare them</source>
        <translation>Importez une autre édition de la même publication (par exemple un export GLOTIP plus récent) pour les comparer</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/revision_map.py" line="+42"/>
        <source>raised</source>
        <translation>relevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowered</source>
        <translation>abaissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made exact within the old range</source>
        <translation>rendu exact dans l’ancienne fourchette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to a later level</source>
        <translation>passé à un niveau suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to an earlier level</source>
        <translation>passé à un niveau précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved into a level outside the order</source>
        <translation>passé à un niveau hors de l’ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved out of a level outside the order</source>
        <translation>sorti d’un niveau hors de l’ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new in the newer edition</source>
        <translation>nouveau dans l’édition la plus récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../explorer/ui/editions/window.py" line="+103"/>
        <source>Revision map</source>
        <translation>Carte des révisions</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{words} ({count})</source>
        <translation>{words} ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no figure in either edition</source>
        <translation>aucun chiffre dans l’une ou l’autre édition</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/revision_table.py" line="+32"/>
        <source>Country</source>
        <extracomment>(column of the frame, header) in the table&apos;s order.</extracomment>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All revised</source>
        <extracomment>Kinds the filter offers; &quot;&quot; shows every revised figure (unchanged ones left out).</extracomment>
        <translation>Toutes les révisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{kind} ({direction})</source>
        <translation>{kind} ({direction})</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Filter: country, …</source>
        <translation>Filtre : pays, …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the revised figures</source>
        <translation>Filtrer les chiffres révisés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of revision</source>
        <translation>Type de révision</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../explorer/ui/editions/window.py" line="+5"/>
        <source>Revised figures</source>
        <translation>Chiffres révisés</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/editions/window.py" line="-54"/>
        <source>no figures</source>
        <translation>aucun chiffre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} (N={n} of {m})</source>
        <translation>{total} (N={n} sur {m})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not computable</source>
        <translation>non calculable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pct} (N={n})</source>
        <translation>{pct} (N={n})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Compare editions</source>
        <translation>Comparer les éditions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export table…</source>
        <translation>&amp;Exporter le tableau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+121"/>
        <source>Place</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>The World and regions in each edition</source>
        <translation>Le monde et les régions dans chaque édition</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>World and regions</source>
        <translation>Monde et régions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current edition:</source>
        <translation>Édition actuelle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compared with:</source>
        <translation>comparée avec :</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The workspace holds one edition only.</source>
        <translation>L’espace de travail ne contient qu’une seule édition.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{new} against the {old}: {changed} figures changed, {added} new, {withdrawn} withdrawn, {same} unchanged. The map shows {indicator}, {breakdown}, {year}.</source>
        <translation>{new} par rapport à {old} : {changed} chiffres modifiés, {added} nouveaux, {withdrawn} retirés, {same} inchangés. La carte montre {indicator}, {breakdown}, {year}.</translation>
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
        <translation>Évolution, {edition}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{year}. Total: the sum of the exact figures of the N countries that reported one, of M in the place. Change since {previous}: over the N countries with an exact figure in both years, in that edition.</source>
        <translation>{year}. Total : la somme des chiffres exacts des N pays qui en ont déclaré un, sur les M de la zone. Évolution depuis {previous} : sur les N pays ayant un chiffre exact les deux années, dans cette édition.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+9"/>
        <source>Export revised figures</source>
        <translation>Exporter les chiffres révisés</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../../explorer/ui/window/error_handler.py" line="+170"/>
        <source>Error &amp;log…</source>
        <extracomment>The package logger: the error log also gets the app&apos;s own warnings.</extracomment>
        <translation>&amp;Journal des erreurs…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where unexpected errors are written, to send with a report</source>
        <translation>Où sont écrites les erreurs inattendues, à joindre à un signalement</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{error} happened again ({count} times); see Help &gt; Error log</source>
        <translation>{error} s’est reproduite ({count} fois) ; voir Aide &gt; Journal des erreurs</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/error_texts.py" line="+28"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong: {error}</source>
        <translation>Un problème est survenu : {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app keeps running, but what you just did may not have finished.</source>
        <translation>L’application continue de fonctionner, mais votre dernière action ne s’est peut-être pas terminée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are in the log file:</source>
        <translation>Les détails figurent dans le fichier journal :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No log file could be written: copy the details below instead.</source>
        <translation>Aucun fichier journal n’a pu être écrit : copiez plutôt les détails ci-dessous.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This error happened {count} times.</source>
        <translation>Cette erreur s’est produite {count} fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} other error(s) happened since; they are in the log too.</source>
        <translation>{count} autre(s) erreur(s) se sont produites depuis ; elles figurent aussi dans le journal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Error log</source>
        <translation>Journal des erreurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected errors are written, with their details, to:</source>
        <translation>Les erreurs inattendues sont écrites, avec leurs détails, dans :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors this session: {count}. Send the file with a problem report.</source>
        <translation>Erreurs pendant cette session : {count}. Joignez le fichier au signalement du problème.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/ui/export/page_size.py" line="+21"/>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/formats.py" line="+28"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image (*.svg)</source>
        <translation>Image vectorielle SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive HTML map, works offline (*.html)</source>
        <translation>Carte HTML interactive, fonctionne hors ligne (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage for QGIS (*.gpkg)</source>
        <translation>GeoPackage pour QGIS (*.gpkg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image</source>
        <translation>Image vectorielle SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive HTML map (offline)</source>
        <translation>Carte HTML interactive (hors ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: CSV</source>
        <translation>Données : CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: Excel (XLSX)</source>
        <translation>Données : Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: GeoPackage (QGIS)</source>
        <translation>Données : GeoPackage (QGIS)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not used by the interactive HTML map: it fills the browser window and opens on the whole world with its legends. Used by PNG, SVG and PDF images.</source>
        <translation>Sans effet sur la carte HTML interactive : elle remplit la fenêtre du navigateur et s’ouvre sur le monde entier avec ses légendes. Sert aux images PNG, SVG et PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not used by data files (CSV, Excel, GeoPackage): they hold the figures, not a picture. Used by PNG, SVG and PDF images.</source>
        <translation>Sans effet sur les fichiers de données (CSV, Excel, GeoPackage) : ils contiennent les chiffres, pas une image. Sert aux images PNG, SVG et PDF.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/dialog.py" line="+51"/>
        <location line="+217"/>
        <source>Export map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/page_size.py" line="+32"/>
        <source>Width</source>
        <extracomment>a PNG of a paper page gets print resolution</extracomment>
        <translation>Largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of width and height</source>
        <translation>Unité de largeur et de hauteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (dots per inch)</source>
        <translation>Résolution (points par pouce)</translation>
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
        <translation>à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/dialog.py" line="-200"/>
        <source>Legends (classes, no data, suppressed, flow widths)</source>
        <translation>Légendes (classes, pas de données, masqués, épaisseurs des flux)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole world</source>
        <translation>Monde entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current view</source>
        <translation>Vue actuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle:</source>
        <translation>Sous-titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source line:</source>
        <translation>Ligne de source :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caveat:</source>
        <translation>Mise en garde :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclaimer:</source>
        <translation>Clause de non-responsabilité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date line:</source>
        <translation>Ligne de date :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extent:</source>
        <translation>Étendue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synthetic data: the export carries the SYNTHETIC band.</source>
        <translation>Données synthétiques : l’export porte le bandeau SYNTHÉTIQUES.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export preview</source>
        <translation>Aperçu de l’export</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the map image to the clipboard, to paste into slides</source>
        <translation>Copier l’image de la carte dans le presse-papiers, pour la coller dans des diapositives</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{width} x {height} px</source>
        <translation>{width} x {height} px</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{width} x {height} mm ({pixels} at {dpi} dpi)</source>
        <translation>{width} x {height} mm ({pixels} à {dpi} dpi)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{format}, {size}.</source>
        <translation>{format}, {size}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An interactive map in one HTML file that opens with no network.</source>
        <translation>Une carte interactive dans un seul fichier HTML, qui s’ouvre sans réseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{format}: the values, classes and flows shown, with the source.</source>
        <translation>{format} : les valeurs, classes et flux affichés, avec la source.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written: {error}</source>
        <translation>Rien n’a été écrit : {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {path}</source>
        <translation>Exporté : {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Map image copied to the clipboard</source>
        <translation>Image de la carte copiée dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../explorer/core/data/figures.py" line="+76"/>
        <source>no figure</source>
        <translation>aucun chiffre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {figure} figure</source>
        <translation>un chiffre {figure}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an inexact figure</source>
        <translation>un chiffre inexact</translation>
    </message>
    <message>
        <location filename="../../explorer/core/data/values.py" line="+28"/>
        <source>at least {number}</source>
        <extracomment>Flag of a derived value known only as a range (a rate from a suppressed count). Flag of a sum that includes ``&lt;5`` cells: ``value`` is then a lower bound.</extracomment>
        <translation>au moins {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
</context>
<context>
    <name>FirstFrame</name>
    <message>
        <location filename="../../explorer/ui/window/first_frame.py" line="+81"/>
        <source>Opening the workspace…</source>
        <extracomment>The stored settings that change how the map looks: every ``view/`` one. (The window&apos;s size and docks are the frame&apos;s own: it is kept after the window closed and stored them.)</extracomment>
        <translation>Ouverture de l’espace de travail…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../explorer/ui/window/first_run.py" line="+47"/>
        <source>About the demo data</source>
        <translation>À propos des données de démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is synthetic demonstration data</source>
        <translation>Ce sont des données de démonstration synthétiques</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures and flows on this map are invented by the program to show how it works. They are not official statistics and must not be quoted.</source>
        <translation>Les chiffres et les flux de cette carte sont inventés par le programme pour montrer son fonctionnement. Ce ne sont pas des statistiques officielles et ils ne doivent pas être cités.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To see real data, choose File &gt; Import data… or drag a file onto the window: a UNODC GLOTIP export (xlsx or csv), a CTDC data file, a country-indicator sheet or an activity list. Imports are kept in your workspace, with their source and caveats.</source>
        <translation>Pour voir des données réelles, choisissez Fichier &gt; Importer des données… ou faites glisser un fichier sur la fenêtre : un export GLOTIP de l’UNODC (xlsx ou csv), un fichier de données CTDC, une feuille pays-indicateur ou une liste d’activités. Les importations sont conservées dans votre espace de travail, avec leur source et leurs mises en garde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing needs a workspace (started without --demo-only)</source>
        <translation>L’importation nécessite un espace de travail (lancement sans --demo-only)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Got it</source>
        <translation>&amp;Compris</translation>
    </message>
</context>
<context>
    <name>FlowControls</name>
    <message>
        <location filename="../../explorer/ui/map/flow_controls.py" line="+28"/>
        <source>Follow the map&apos;s indicator</source>
        <translation>Suivre l’indicateur de la carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All flows</source>
        <translation>Tous les flux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into the selected country</source>
        <translation>Vers le pays sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of the selected country</source>
        <translation>Depuis le pays sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into and out of the selected country</source>
        <translation>Vers et depuis le pays sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Square root of volume</source>
        <translation>Racine carrée du volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear in volume</source>
        <translation>Proportionnelle au volume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subregions</source>
        <translation>Sous-régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By origin region</source>
        <translation>Par région d’origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single colour</source>
        <translation>Couleur unique</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Show flows</source>
        <extracomment>The language indicators are named in (the data keep English).</extracomment>
        <translation>Afficher les flux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flow indicator</source>
        <translation>Indicateur des flux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows between</source>
        <translation>Flux entre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sum the country flows into flows between UN subregions or regions (flows inside one place are drawn as a ring)</source>
        <translation>Additionner les flux entre pays en flux entre sous-régions ou régions de l’ONU (les flux internes à une zone sont tracés sous forme d’anneau)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of largest flows</source>
        <translation>Nombre des plus grands flux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum volume</source>
        <translation>Volume minimum</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Focus</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Width</source>
        <translation>Épaisseur</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Same widths for every year</source>
        <translation>Mêmes épaisseurs pour toutes les années</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock width scale</source>
        <translation>Verrouiller l’échelle des épaisseurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Show &lt;5 flows as dashed lines</source>
        <translation>Afficher les flux &lt;5 en pointillés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show suppressed flows</source>
        <translation>Afficher les flux masqués</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Circles for incoming and outgoing totals</source>
        <translation>Cercles pour les totaux entrants et sortants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location totals</source>
        <translation>Totaux par lieu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>Plus grands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least</source>
        <translation>Au moins</translation>
    </message>
</context>
<context>
    <name>FlowLegend</name>
    <message>
        <location filename="../../explorer/render/flows/legend.py" line="+44"/>
        <source>Total detected in the country</source>
        <extracomment>The ring&apos;s words (&quot;&quot; = own nationals; flows between places: within the place).</extracomment>
        <translation>Total détecté dans le pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total from the country (dashed)</source>
        <translation>Total originaire du pays (pointillés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own nationals (domestic)</source>
        <translation>Ressortissants du pays (traite interne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppressed (&lt;5)</source>
        <translation>Masqué (&lt;5)</translation>
    </message>
</context>
<context>
    <name>FlowPair</name>
    <message>
        <location filename="../../explorer/ui/panel/flow_pair.py" line="+45"/>
        <source>Year</source>
        <extracomment>The flows on the map (summed between places when the layer joins places) and the names of their ends: a clicked subregion flow has its series here too.</extracomment>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected flow by year</source>
        <translation>Flux sélectionné par année</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Selected flow: {origin} → {destination} ({what})</source>
        <translation>Flux sélectionné : {origin} → {destination} ({what})</translation>
    </message>
</context>
<context>
    <name>FlowTable</name>
    <message>
        <location filename="../../explorer/core/indicators/country_flow_table.py" line="+89"/>
        <source>No shares: no row has an exact figure</source>
        <translation>Pas de parts : aucune ligne n’a de chiffre exact</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Shares are of the {sum} {people} counted exactly; %n rows without an exact figure (&lt;5) left out</source>
        <translation>
            <numerusform>Parts calculées sur {sum} {people} (décompte exact) ; %n ligne sans chiffre exact (&lt;5) écartée</numerusform>
            <numerusform>Parts calculées sur {sum} {people} (décompte exact) ; %n lignes sans chiffre exact (&lt;5) écartées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <location filename="../../explorer/core/flows/labels.py" line="+24"/>
        <source>Own nationals (domestic)</source>
        <translation>Ressortissants du pays (traite interne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown origin</source>
        <translation>Origine inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place} (former country, not on today&apos;s map)</source>
        <translation>{place} (ancien pays, absent de la carte actuelle)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{region} (region, country not specified)</source>
        <translation>{region} (région, pays non précisé)</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>{amount} identified victims</source>
        <translation>
            <numerusform>{amount} victime identifiée</numerusform>
            <numerusform>{amount} victimes identifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} detected victims</source>
        <translation>
            <numerusform>{amount} victime détectée</numerusform>
            <numerusform>{amount} victimes détectées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} smuggled migrants detected</source>
        <translation>
            <numerusform>{amount} migrant objet d’un trafic illicite détecté</numerusform>
            <numerusform>{amount} migrants objet d’un trafic illicite détectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{amount} persons convicted</source>
        <translation>
            <numerusform>{amount} personne condamnée</numerusform>
            <numerusform>{amount} personnes condamnées</numerusform>
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
        <translation>victimes identifiées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected victims</source>
        <translation>victimes détectées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smuggled migrants detected</source>
        <translation>migrants objet d’un trafic illicite détectés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persons convicted</source>
        <translation>personnes condamnées</translation>
    </message>
    <message>
        <location filename="../../explorer/core/flows/selection.py" line="+106"/>
        <source>{amount} of unknown origin</source>
        <translation>{amount} d’origine inconnue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} own nationals (domestic)</source>
        <translation>{amount} ressortissants du pays (traite interne)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} from {place}</source>
        <translation>{amount}, origine : {place}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{amount} from {place} (not on the map)</source>
        <translation>{amount}, origine : {place} (absent de la carte)</translation>
    </message>
</context>
<context>
    <name>FlowsOverlay</name>
    <message>
        <location filename="../../explorer/render/flows/drawn.py" line="+35"/>
        <source>Width: square-root scale, {scale}</source>
        <translation>Épaisseur : échelle en racine carrée, {scale}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width: linear scale, {scale}</source>
        <translation>Épaisseur : échelle linéaire, {scale}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map/flows_overlay.py" line="+167"/>
        <source>{origin} → {destination}, {year}: {what}</source>
        <translation>{origin} → {destination}, {year} : {what}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Country pairs behind it ({n}):</source>
        <translation>Paires de pays concernées ({n}) :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <location filename="../../explorer/render/flows/drawn.py" line="-5"/>
        <source>subregions</source>
        <extracomment>``translate(context, text)``: the app&apos;s translations, installed by the ui at start.</extracomment>
        <translation>sous-régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <translation>régions</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>From {region}</source>
        <translation>Origine : {region}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>locked across years</source>
        <translation>verrouillée pour toutes les années</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this year</source>
        <translation>cette année</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows: {what}, {year}</source>
        <translation>Flux : {what}, {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows between {level}: {what}, {year}</source>
        <translation>Flux entre {level} : {what}, {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within the place (own nationals included)</source>
        <translation>À l’intérieur de la zone (ressortissants du pays compris)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../explorer/ui/window/about_dialog.py" line="+111"/>
        <source>not stated</source>
        <extracomment>Licences of the dependencies, for packages whose metadata does not name one clearly. Packages the app needs beyond its declared dependencies (PySide6&apos;s runtime). Free-text licence names and their SPDX identifiers. Licence texts too vague to print when the table above knows better.</extracomment>
        <translation>non indiquée</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Font licence text (SIL Open Font License 1.1): {path}</source>
        <translation>Texte de la licence des polices (SIL Open Font License 1.1) : {path}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Country shapes: Natural Earth admin-0 countries, 1:50m (Natural Earth 4.1.0), as packaged in world-atlas 2.0.2. Natural Earth data: public domain. world-atlas packaging: ISC licence, (c) Michael Bostock. Boundaries are Natural Earth&apos;s de facto lines, not an official position.</source>
        <translation>Contours des pays : pays admin-0 de Natural Earth, 1:50m (Natural Earth 4.1.0), tels que fournis par world-atlas 2.0.2. Données Natural Earth : domaine public. Paquet world-atlas : licence ISC, (c) Michael Bostock. Les frontières sont les lignes de facto de Natural Earth, et non une position officielle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo data: synthetic, generated by this program to show how it works. Not official statistics.</source>
        <translation>Données de démonstration : synthétiques, générées par ce programme pour montrer son fonctionnement. Ce ne sont PAS des statistiques officielles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported data stay under their publishers&apos; terms (UNODC GLOTIP, CTDC and others); each dataset&apos;s source, edition, licence and caveats are in File &gt; Dataset provenance…</source>
        <translation>Les données importées restent soumises aux conditions de leurs éditeurs (UNODC GLOTIP, CTDC et autres) ; la source, l’édition, la licence et les mises en garde de chaque jeu de données figurent dans Fichier &gt; Provenance du jeu de données…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leaflet {version} (inlined in the interactive HTML export): BSD-2-Clause, (c) Vladimir Agafonkin, (c) CloudMade.</source>
        <translation>Leaflet {version} (intégré à l’export HTML interactif) : BSD-2-Clause, (c) Vladimir Agafonkin, (c) CloudMade.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An offline map of human-trafficking and migrant-smuggling data. It makes no network request.</source>
        <translation>Une carte hors ligne des données sur la traite des personnes et le trafic illicite de migrants. Elle n’effectue aucune requête réseau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+89"/>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Libraries (package, version, licence)</source>
        <translation>Bibliothèques (paquet, version, licence)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compiled libraries inside them</source>
        <translation>Bibliothèques compilées qu’elles contiennent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fonts (font, version, licence)</source>
        <translation>Polices (police, version, licence)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About Trafficking Flows Explorer</source>
        <translation>À propos de Trafficking Flows Explorer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compiled libraries</source>
        <translation>Bibliothèques compilées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy all as text</source>
        <translation>&amp;Copier tout en texte</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/how_to_read.py" line="+30"/>
        <source>Detected victims are not prevalence</source>
        <translation>Les victimes détectées ne mesurent pas la prévalence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures count victims that the authorities of a country detected and reported: people identified by police, prosecutors, courts, social services or organisations. They do not estimate how many people are trafficked. A high figure can mean that a country looks hard and records well; a low figure, or none, does not mean that trafficking is rare.</source>
        <translation>Les chiffres comptent les victimes que les autorités d’un pays ont détectées et signalées : des personnes identifiées par la police, le parquet, les tribunaux, les services sociaux ou des organisations. Ils n’estiment pas le nombre de personnes victimes de la traite. Un chiffre élevé peut signifier qu’un pays recherche activement les victimes et les enregistre bien ; un chiffre faible, ou l’absence de chiffre, ne signifie pas que la traite est rare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Countries detect differently</source>
        <translation>Les pays ne détectent pas de la même manière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laws, definitions, institutions and ways of counting differ between countries and change over time. Compare countries with care; a trend within one country is usually safer than a ranking of countries.</source>
        <translation>Les lois, les définitions, les institutions et les méthodes de comptage diffèrent d’un pays à l’autre et évoluent dans le temps. Comparez les pays avec prudence ; une tendance au sein d’un même pays est généralement plus fiable qu’un classement des pays.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suppressed small counts</source>
        <translation>Petits effectifs masqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishers hide small numbers to protect the people behind them: &quot;&lt;5&quot; (UNODC GLOTIP) means between 1 and 4, &quot;&lt;10&quot; (CTDC) between 1 and 9. The map shows such figures as a range with their own legend swatch, never as a number and never as zero; totals that include them read &quot;at least&quot;. Grey countries have no figure for that year.</source>
        <translation>Les éditeurs masquent les petits nombres pour protéger les personnes concernées : « &lt;5 » (UNODC GLOTIP) signifie entre 1 et 4, « &lt;10 » (CTDC) entre 1 et 9. La carte montre ces chiffres comme une fourchette, avec leur propre case de légende, jamais comme un nombre et jamais comme zéro ; les totaux qui les incluent se lisent « au moins ». Les pays en gris n’ont pas de chiffre pour cette année.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flows are minimum figures</source>
        <translation>Les flux sont des chiffres minimaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An arrow from A to B counts the victims detected in B whose citizenship was recorded as A. Victims whose citizenship was not recorded, or recorded only as a region or as unknown, have no arrow: they are listed in the country&apos;s tooltip and panel. So each arrow is at least the number shown, and a country&apos;s arrows do not add up to all its victims. Citizenship is not always where a person was recruited.</source>
        <translation>Une flèche de A vers B compte les victimes détectées en B dont la citoyenneté a été enregistrée comme A. Les victimes dont la citoyenneté n’a pas été enregistrée, ou l’a été seulement comme une région ou comme inconnue, n’ont pas de flèche : elles sont indiquées dans l’infobulle et le panneau du pays. Chaque flèche vaut donc au moins le nombre affiché, et les flèches d’un pays ne totalisent pas toutes ses victimes. La citoyenneté n’est pas toujours le lieu où une personne a été recrutée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case data (CTDC)</source>
        <translation>Données de cas (CTDC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTDC data describe identified cases recorded by the contributing organisations: a sample of identified victims, not a count for a whole country.</source>
        <translation>Les données CTDC décrivent des cas identifiés enregistrés par les organisations contributrices : un échantillon de victimes identifiées, et non un décompte pour un pays entier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rates per 100,000</source>
        <translation>Taux pour 100 000 habitants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates divide a count by the population loaded in the workspace for the same country and year (or the nearest year, said in the caveat). A rate built on a suppressed count is a range. Demo data get no rates.</source>
        <translation>Les taux divisent un effectif par la population chargée dans l’espace de travail pour le même pays et la même année (ou l’année la plus proche, indiquée dans la mise en garde). Un taux calculé sur un effectif masqué est une fourchette. Les données de démonstration n’ont pas de taux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The World, regions and groups</source>
        <translation>Le monde, les régions et les groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With no country selected, the panel shows a place: the World, a UN region or subregion, or a group of your own (the place picker, View &gt; Zoom to region, or the links in a country&apos;s panel). Every figure says how many countries it covers (N), because countries report different years:</source>
        <translation>Quand aucun pays n’est sélectionné, le panneau montre une zone : le monde, une région ou sous-région de l’ONU, ou un groupe que vous avez défini (le sélecteur de zone, Affichage &gt; Zoomer sur une région, ou les liens du panneau d’un pays). Chaque chiffre indique combien de pays il couvre (N), car les pays ne déclarent pas les mêmes années :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flows between places</source>
        <translation>Flux entre zones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows &gt; Between: subregions or regions sums the country flows into flows between places, drawn between points on land inside each place; flows inside one place (own nationals included) are its ring. The tooltip lists the country pairs behind each. A sum with a &lt;5 part reads &quot;at least&quot;.</source>
        <translation>Flux &gt; Entre : sous-régions ou régions additionne les flux entre pays en flux entre zones, tracés entre des points situés sur terre à l’intérieur de chaque zone ; les flux internes à une zone (ressortissants du pays compris) forment son anneau. L’infobulle indique les paires de pays concernées. Une somme comprenant une partie &lt;5 se lit « au moins ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sources and caveats</source>
        <translation>Sources et mises en garde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every dataset keeps its provenance: publisher, edition, file, checksum and the publisher&apos;s caveats (File &gt; Dataset provenance…). Exports carry the source line.</source>
        <translation>Chaque jeu de données conserve sa provenance : éditeur, édition, fichier, somme de contrôle et mises en garde de l’éditeur (Fichier &gt; Provenance du jeu de données…). Les exports portent la ligne de source.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to read this map</source>
        <translation>Comment lire cette carte</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The dataset on screen: {name}</source>
        <translation>Le jeu de données affiché : {name}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/help_dialogs.py" line="+44"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mouse: the wheel zooms, dragging pans, a click selects a country or a flow.</source>
        <translation>Souris : la molette zoome, le glisser déplace la carte, un clic sélectionne un pays ou un flux.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How to &amp;read this map</source>
        <translation>Comment &amp;lire cette carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Trafficking Flows Explorer</source>
        <translation>À &amp;propos de Trafficking Flows Explorer</translation>
    </message>
</context>
<context>
    <name>HtmlPage</name>
    <message>
        <location filename="../../explorer/web/html_layers.py" line="+108"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../../explorer/web/html_legend.py" line="+26"/>
        <source>Line width by number of {people}; arrowheads point to the destination.</source>
        <translation>Épaisseur du trait selon le nombre de {people} ; les pointes de flèche indiquent la destination.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faded flows are outside the current focus.</source>
        <translation>Les flux estompés sont hors du sens choisi.</translation>
    </message>
    <message>
        <location filename="../../explorer/web/html_page.py" line="+62"/>
        <source>Interactive map drawn with Leaflet {version}.</source>
        <translation>Carte interactive dessinée avec Leaflet {version}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="+154"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country name</source>
        <translation>nom du pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin name (checks the code)</source>
        <translation>nom de l’origine (vérifie le code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination name (checks the code)</source>
        <translation>nom de la destination (vérifie le code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator names</source>
        <translation>noms des indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age</source>
        <translation>âge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values</source>
        <translation>valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values of a year</source>
        <translation>valeurs d’une année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flow indicator</source>
        <translation>indicateur de flux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no flow</source>
        <translation>aucun flux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a year column of a wide table</source>
        <translation>pas une colonne d’année d’un tableau large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a year column of a wide table, but the table has one row per year</source>
        <translation>une colonne d’année de tableau large, mais le tableau a une ligne par année</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notes, codes and flags are not figures</source>
        <translation>les notes, codes et indicateurs d’état ne sont pas des chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text, not numbers</source>
        <translation>du texte, pas des nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers, but not chosen as a value column</source>
        <translation>des nombres, mais pas choisie comme colonne de valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers, but no value column was chosen</source>
        <translation>des nombres, mais aucune colonne de valeurs n’a été choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: nothing imported</source>
        <translation>{indicator} : rien d’importé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{indicator}: levels (categorical)</source>
        <extracomment>An indicator and what the app does with its figures, by kind.</extracomment>
        <translation>{indicator} : niveaux (catégoriel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: a rate (never summed)</source>
        <translation>{indicator} : un taux (jamais additionné)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: a count (summed in regional totals)</source>
        <translation>{indicator} : un effectif (additionné dans les totaux régionaux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: not a count (never summed)</source>
        <translation>{indicator} : pas un effectif (jamais additionné)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} indicators ({listed})</source>
        <extracomment>A value column holding several indicators: how many, then the first ones and their kinds.</extracomment>
        <translation>indicateurs : {count} ({listed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} indicators ({listed} and {more} more)</source>
        <translation>indicateurs : {count} ({listed} et {more} autres)</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../explorer/ui/workspace/import_job.py" line="+64"/>
        <source>{file}: could not be imported ({error})</source>
        <translation>{file} : n’a pas pu être importé ({error})</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../explorer/core/names/agency_codes.py" line="+24"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified nationality</source>
        <translation>nationalité non précisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>stateless</source>
        <translation>apatride</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refugee (1951 Convention)</source>
        <translation>réfugié (Convention de 1951)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refugee (other)</source>
        <translation>réfugié (autre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tibetan</source>
        <translation>Tibétain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>various</source>
        <translation>diverses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a code that is not a country</source>
        <extracomment>What a code shaped like a country&apos;s but of no country stands for.</extracomment>
        <translation>un code qui n’est pas un pays</translation>
    </message>
    <message>
        <location filename="../../explorer/core/names/historical.py" line="+29"/>
        <source>{code} {country} (a country until {year})</source>
        <extracomment>Why a table row naming a former country is not a row of a country: &quot;is ...&quot; follows. A former country in the import report&apos;s words (said in the interface language there).</extracomment>
        <translation>{code} {country} (un pays jusqu’en {year})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a former country, kept apart as {place} (not merged into {successors})</source>
        <translation>un ancien pays, tenu à part sous {place} (non fusionné avec {successors})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any of the {count} countries of today on its territory</source>
        <extracomment>The successors of a former country of more than three countries of today.</extracomment>
        <translation>aucun des {count} pays actuels sur son territoire</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/report_words.py" line="+108"/>
        <source>row {list}</source>
        <translation>ligne {list}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {list}</source>
        <translation>lignes {list}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows {list}, ... ({count} rows)</source>
        <extracomment>The first rows of a long list, then how many in all.</extracomment>
        <translation>lignes {list}, … ({count} lignes)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a country code: {cell}</source>
        <translation>pas un code de pays : {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no indicator</source>
        <translation>aucun indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blank value</source>
        <translation>valeur vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a number: {cell}</source>
        <translation>la valeur n’est pas un nombre : {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year is not a whole number: {cell}</source>
        <translation>l’année n’est pas un nombre entier : {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implausible: questionnaire code {category} with value {value}</source>
        <translation>invraisemblable : code de questionnaire {category} avec la valeur {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>implausible: count {value} is 1,000,000 or more</source>
        <translation>invraisemblable : l’effectif {value} atteint ou dépasse 1 000 000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a total row in {dimension} (labelled {category}), not a flow (it would count victims twice)</source>
        <translation>une ligne de total dans {dimension} (libellée {category}), pas un flux (elle compterait les victimes deux fois)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a row without a label in {dimension}: it is larger than the country&apos;s total ({total}), so not a part of it; not a flow (it would count victims twice)</source>
        <translation>une ligne sans libellé dans {dimension} : elle dépasse le total du pays ({total}), donc n’en est pas une partie ; pas un flux (elle compterait les victimes deux fois)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row without a label in {dimension}: its value equals the country&apos;s total ({total}); not a flow (it would count victims twice)</source>
        <translation>une ligne sans libellé dans {dimension} : sa valeur égale le total du pays ({total}) ; pas un flux (elle compterait les victimes deux fois)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row without a label in {dimension}: its value equals the sum of the labelled rows ({total}); not a flow (it would count victims twice)</source>
        <translation>une ligne sans libellé dans {dimension} : sa valeur égale la somme des lignes libellées ({total}) ; pas un flux (elle compterait les victimes deux fois)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>your choice in the import report</source>
        <translation>votre choix dans le rapport d’importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same value in every row</source>
        <translation>la même valeur dans chaque ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no total to check a sum against: the largest kept</source>
        <translation>aucun total pour vérifier une somme : la plus grande conservée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with the other parts they add up to {sum}, within the total {total}</source>
        <translation>avec les autres parties, elles totalisent {sum}, sans dépasser le total {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>summed with the other parts they would be {sum}, more than the total {total}: the largest kept</source>
        <translation>additionnées aux autres parties, elles feraient {sum}, plus que le total {total} : la plus grande conservée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{low} to {high}</source>
        <extracomment>The figure of parts summed with a &lt;5 among them: a range (&quot;7 to 10&quot;, &quot;7 to ?&quot;).</extracomment>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of {count} rows sharing one breakdown ({values}): summed as parts of one figure, {kept}</source>
        <extracomment>What became of one row of a group (&quot;Show source rows&quot;); &quot;{values}&quot; lists the group&apos;s.</extracomment>
        <translation>une des {count} lignes d’une même ventilation ({values}) : additionnées comme parties d’un même chiffre, {kept}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of {count} rows sharing one breakdown ({values}): taken as repeats of one figure, {kept} kept</source>
        <translation>une des {count} lignes d’une même ventilation ({values}) : prises comme répétitions d’un même chiffre, {kept} conservé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of {count} rows sharing one breakdown ({values}): summed as parts of one figure, {kept} ({why})</source>
        <extracomment>As above, then why the rule was chosen.</extracomment>
        <translation>une des {count} lignes d’une même ventilation ({values}) : additionnées comme parties d’un même chiffre, {kept} ({why})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one of {count} rows sharing one breakdown ({values}): taken as repeats of one figure, {kept} kept ({why})</source>
        <translation>une des {count} lignes d’une même ventilation ({values}) : prises comme répétitions d’un même chiffre, {kept} conservé ({why})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no country of exploitation</source>
        <translation>aucun pays d’exploitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country of exploitation is not a country code: {cell}</source>
        <translation>le pays d’exploitation n’est pas un code de pays : {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no year of registration</source>
        <translation>aucune année d’enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year of registration is not a year: {cell}</source>
        <translation>l’année d’enregistrement n’est pas une année : {cell}</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="-174"/>
        <source>no country</source>
        <translation>aucun pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no destination</source>
        <translation>aucune destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a regional aggregate, not a country: {shown}</source>
        <translation>un agrégat régional, pas un pays : {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is a regional aggregate, not a country: {shown}</source>
        <translation>la destination est un agrégat régional, pas un pays : {shown}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a former country, not on today&apos;s map: {former}</source>
        <extracomment>&quot;{former}&quot; is &quot;SCG Serbia and Montenegro (a country until 2006)&quot;.</extracomment>
        <translation>un ancien pays, absent de la carte actuelle : {former}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is a former country, not on today&apos;s map: {former}</source>
        <translation>la destination est un ancien pays, absent de la carte actuelle : {former}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a country: {shown}</source>
        <translation>pas un pays : {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination is not a country: {shown}</source>
        <translation>la destination n’est pas un pays : {shown}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>country not understood: {shown}</source>
        <translation>pays non compris : {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination not understood: {shown}</source>
        <translation>destination non comprise : {shown}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>destination is not a country: {code} ({meaning})</source>
        <extracomment>A label and what it stands for: an agency&apos;s code (&quot;XXA&quot;) and its meaning (&quot;stateless&quot;), or a label and the region or class it resolved to.</extracomment>
        <translation>la destination n’est pas un pays : {code} ({meaning})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination is not a country: {code} ({meaning}, {name})</source>
        <translation>la destination n’est pas un pays : {code} ({meaning}, {name})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} ({meaning}) is not a country: kept as unknown origin</source>
        <translation>le code d’origine {code} ({meaning}) n’est pas un pays : conservé comme origine inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} ({meaning}, {name}) is not a country: kept as unknown origin</source>
        <translation>le code d’origine {code} ({meaning}, {name}) n’est pas un pays : conservé comme origine inconnue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>regional aggregate {name}</source>
        <translation>agrégat régional {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination code {code} and its name {name} ({other}) disagree</source>
        <translation>le code de destination {code} et son nom {name} ({other}) se contredisent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination code {code} and its name {name} (no country) disagree</source>
        <translation>le code de destination {code} et son nom {name} (aucun pays) se contredisent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin code {code} and its name {name} ({other}) disagree: kept as unknown origin</source>
        <translation>le code d’origine {code} et son nom {name} ({other}) se contredisent : conservé comme origine inconnue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>origin code {code} and its name {name} (no country) disagree: kept as unknown origin</source>
        <translation>le code d’origine {code} et son nom {name} (aucun pays) se contredisent : conservé comme origine inconnue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>origin code {code} is named {name}, {former}: imported as {result}, as the code says</source>
        <translation>le code d’origine {code} est nommé {name}, {former} : importé comme {result}, comme le dit le code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>destination code {code} is named {name}, {former}: imported as {result}, as the code says</source>
        <translation>le code de destination {code} est nommé {name}, {former} : importé comme {result}, comme le dit le code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>origin {former}: {kept}</source>
        <extracomment>&quot;{kept}&quot; says where its figures were kept apart.</extracomment>
        <translation>origine {former} : {kept}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>year is not a whole year (1800-2100): {cell}</source>
        <translation>l’année n’est pas une année entière (1800-2100) : {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a number in {year}: {cell}</source>
        <translation>la valeur de {year} n’est pas un nombre : {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a number in {column}: {cell}</source>
        <translation>la valeur dans {column} n’est pas un nombre : {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a level of {name}: {cell}</source>
        <translation>la valeur n’est pas un niveau de {name} : {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value is not a level of {name} in {year}: {cell}</source>
        <translation>la valeur de {year} n’est pas un niveau de {name} : {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value is not a level of {name} in {column}: {cell}</source>
        <translation>la valeur dans {column} n’est pas un niveau de {name} : {cell}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{reason} (and {more} more cells)</source>
        <extracomment>Why a cell is no value: (the indicator has levels, where the cell is) -&gt; the reason. A row&apos;s first wrong cell (the reason before), then how many more it has.</extracomment>
        <translation>{reason} (et {more} autres cellules)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative value: {cell}</source>
        <translation>valeur négative : {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative value in {column}: {cell}</source>
        <translation>valeur négative dans {column} : {cell}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value ({cell})</source>
        <translation>aucune valeur ({cell})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any column</source>
        <translation>aucune valeur dans aucune colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any year</source>
        <translation>aucune valeur pour aucune année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value in any value column</source>
        <translation>aucune valeur dans aucune colonne de valeurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a note, not a data row: {cell}</source>
        <extracomment>A footer or note line of the file, in quotes.</extracomment>
        <translation>une note, pas une ligne de données : {cell}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>no title</source>
        <translation>aucun titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>example row from the template: delete it, or remove {cell} from the title</source>
        <translation>ligne d’exemple du modèle : supprimez-la, ou retirez {cell} du titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} is a region, not a country (list its countries, with &apos;;&apos;)</source>
        <translation>{label} est une région, pas un pays (indiquez ses pays, séparés par « ; »)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} is not a country</source>
        <translation>{label} n’est pas un pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown kind {cell} (allowed: {allowed})</source>
        <extracomment>&quot;{allowed}&quot; lists the words the column takes.</extracomment>
        <translation>type inconnu {cell} (autorisés : {allowed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status {cell} (allowed: {allowed})</source>
        <translation>statut inconnu {cell} (autorisés : {allowed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled: a cancelled activity is not imported (never delivered)</source>
        <translation>annulée : une activité annulée n’est pas importée (jamais réalisée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start is not a date: {cell} (write yyyy-mm-dd, dd/mm/yyyy or a year)</source>
        <translation>le début n’est pas une date : {cell} (écrivez aaaa-mm-jj, jj/mm/aaaa ou une année)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end is not a date: {cell} (write yyyy-mm-dd, dd/mm/yyyy or a year)</source>
        <translation>la fin n’est pas une date : {cell} (écrivez aaaa-mm-jj, jj/mm/aaaa ou une année)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>end {end} is before start {start}</source>
        <translation>la fin {end} précède le début {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recipient country</source>
        <translation>aucun pays bénéficiaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regional activity, no recipient country (recipient-region {regions})</source>
        <translation>activité régionale, aucun pays bénéficiaire (recipient-region {regions})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recipient-country code not understood: {codes}</source>
        <translation>code recipient-country non compris : {codes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled (IATI activity-status 5): never delivered, not imported</source>
        <translation>annulée (IATI activity-status 5) : jamais réalisée, non importée</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../explorer/ui/workspace/report_dialog.py" line="+50"/>
        <source>Origins no rule understood are imported as unknown. Map a label to a country or class to fix it in this dataset and in later imports.</source>
        <extracomment>a GLOTIP import has ~30 unresolved labels; more would be slow widgets</extracomment>
        <translation>Les origines qu’aucune règle n’a comprises sont importées comme inconnues. Associez un libellé à un pays ou à une classe pour le corriger dans ce jeu de données et dans les importations suivantes.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/alias_choices.py" line="+22"/>
        <source>Own nationals (DOMESTIC)</source>
        <translation>Ressortissants du pays (DOMESTIC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown (UNKNOWN)</source>
        <translation>Inconnu (UNKNOWN)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_dialog.py" line="+34"/>
        <source>Import report: {file}</source>
        <extracomment>``{group key: &quot;parts&quot; | &quot;repeats&quot;}``: rules for groups of rows, for the next import The language of the report&apos;s texts on screen (the CSV export keeps English).</extracomment>
        <translation>Rapport d’importation : {file}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_notices.py" line="+30"/>
        <source>Rows do not add up: {read} rows read, but {imported} imported + {rejected} rejected = {total}. This is a bug in the importer; please report it with the exported CSV.</source>
        <translation>Le compte des lignes ne tombe pas juste : {read} lignes lues, mais {imported} importées + {rejected} rejetées = {total}. C’est un bogue de l’importateur ; veuillez le signaler en joignant le CSV exporté.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported from {file}, and no dataset was added: {why}.</source>
        <translation>Rien n’a été importé de {file}, et aucun jeu de données n’a été ajouté : {why}.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_dialog.py" line="+49"/>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply aliases</source>
        <translation>Appliquer les alias</translation>
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
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../../explorer/ui/workspace/report_tables.py" line="+195"/>
        <source>Columns</source>
        <extracomment>Right-to-left mark: starts a line whose first word is Latin (a file name) as Arabic.</extracomment>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="+60"/>
        <source>Groups of rows</source>
        <extracomment>``{group key: &quot;parts&quot; | &quot;repeats&quot;}`` of the rules the user chose</extracomment>
        <translation>Groupes de lignes</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="+69"/>
        <source>Contradictions</source>
        <translation>Contradictions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Implausible values</source>
        <translation>Valeurs invraisemblables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with a note</source>
        <translation>Lignes avec une remarque</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Unresolved labels</source>
        <translation>Libellés non résolus</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only the {shown} labels with the most victims can be mapped here; all {count} are listed and exported.</source>
        <translation>Seuls les {shown} libellés comptant le plus de victimes peuvent être associés ici ; les {count} sont tous listés et exportés.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fuzzy matches</source>
        <translation>Correspondances approximatives</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/alias_choices.py" line="+47"/>
        <source>Map {label} to</source>
        <extracomment>alias result code of a &quot;Map to&quot; item raw label -&gt; the alias the workspace already has for it</extracomment>
        <translation>Associer {label} à</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>leave unresolved</source>
        <translation>laisser non résolu</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_dialog.py" line="+54"/>
        <source>Export import report</source>
        <translation>Exporter le rapport d’importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the import report.</source>
        <translation>Impossible d’écrire le rapport d’importation.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_tables.py" line="-58"/>
        <source>Row</source>
        <extracomment>numeric sort key of a formatted cell</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source values</source>
        <translation>Valeurs sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the map</source>
        <translation>Affiché sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map to</source>
        <translation>Associer à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched to</source>
        <translation>Associé à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became</source>
        <translation>Devenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/report_groups.py" line="-94"/>
        <source>Summed: parts of one figure</source>
        <translation>Additionnées : parties d’un même chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One kept: repeats of one figure</source>
        <translation>Une seule conservée : répétitions d’un même chiffre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows the file gives for one breakdown are summed when, with the other parts, they stay within the matching total, and otherwise taken as repeats of one figure (the largest kept). Choose the other rule for a group and press Use these rules: they are stored in the workspace and used when you import this file again.</source>
        <translation>Les lignes que le fichier donne pour une même ventilation sont additionnées quand, avec les autres parties, elles ne dépassent pas le total correspondant, et sinon traitées comme des répétitions d’un même chiffre (la plus grande est conservée). Choisissez l’autre règle pour un groupe et cliquez sur Utiliser ces règles : elles sont enregistrées dans l’espace de travail et appliquées quand vous importerez de nouveau ce fichier.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rule of rows {rows}</source>
        <translation>Règle des lignes {rows}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use these rules</source>
        <translation>Utiliser ces règles</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../explorer/io/importing/report_words.py" line="-174"/>
        <source>{file}: {read} rows read = {imported} imported + {rejected} rejected (every row read is either imported or rejected with a reason).</source>
        <translation>{file} : lignes lues : {read} = importées : {imported} + rejetées : {rejected} (chaque ligne lue est soit importée, soit rejetée avec un motif).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{share} {subject}.</source>
        <extracomment>&quot;{share}&quot; is a percentage, &quot;{subject}&quot; one of the texts below (what was resolved).</extracomment>
        <translation>{subject} : {share}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} implausible values rejected, kept off the map.</source>
        <translation>Valeurs invraisemblables rejetées, tenues hors de la carte : {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{collapsed} exact duplicate rows collapsed; {groups} groups of rows sharing one breakdown: {parts} summed as parts of one figure, {repeats} taken as repeats of one ({set_aside} rows set aside, the largest kept).</source>
        <translation>Doublons exacts fusionnés : {collapsed} ; groupes de lignes d’une même ventilation : {groups}, dont {parts} additionnés comme parties d’un même chiffre et {repeats} pris comme répétitions d’un seul (lignes écartées : {set_aside}, la plus grande conservée).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{victims} victims in rows without an origin label that are not the total: shown as origin not stated (unknown).</source>
        <translation>Victimes dans des lignes sans libellé d’origine qui ne sont pas le total : {victims}, montrées comme origine non indiquée (inconnue).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} {note}.</source>
        <extracomment>&quot;{note}&quot; is one of the texts below (which labels were not understood, and what became of them).</extracomment>
        <translation>{note} : {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} contradictions in the file, shown with a warning on the figure ({kinds}).</source>
        <translation>Contradictions dans le fichier, signalées par un avertissement sur le chiffre : {count} ({kinds}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind}: {count}</source>
        <extracomment>One kind of contradiction and how many, in the list of the line above.</extracomment>
        <translation>{kind} : {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} names matched approximately (fuzzy).</source>
        <translation>Noms mis en correspondance de façon approximative : {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns ({count}):</source>
        <translation>Colonnes ({count}) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  {column}: {role}</source>
        <extracomment>A column of a table and what it became (&quot;&apos;Population&apos;: indicator, Population: a count&quot;).</extracomment>
        <translation>  {column} : {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  {column}: {role}, {note}</source>
        <translation>  {column} : {role}, {note}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>of victims&apos; origins resolved (to a country, own nationals, unknown or a region; &lt;5 counted as 1)</source>
        <extracomment>Lines the summary composes itself: never recognised in a text (they have no words of their own, and &quot;{share} {subject}.&quot; would read as &quot;{count} {note}.&quot;). What the resolved share measures, per kind of file (&quot;99.7% of victims&apos; origins ...&quot;).</extracomment>
        <translation>Origines des victimes résolues (en un pays, les ressortissants du pays, inconnue ou une région ; &lt;5 compté comme 1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of the flow volume has a resolved origin</source>
        <translation>Volume des flux dont l’origine est résolue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of country rows resolved to a country</source>
        <translation>Lignes de pays résolues en un pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of records&apos; citizenship resolved to a country</source>
        <translation>Citoyennetés des enregistrements résolues en un pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of activities resolved to a recipient country</source>
        <translation>Activités résolues en un pays bénéficiaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of activity rows resolved to a country</source>
        <translation>Lignes d’activités résolues en un pays</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>origin labels not understood (imported as UNKNOWN, raw label kept)</source>
        <extracomment>What became of the labels no rule understood, per kind of file (&quot;15 origin labels ...&quot;).</extracomment>
        <translation>Libellés d’origine non compris (importés comme UNKNOWN, libellé brut conservé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin or destination labels not understood (unknown origins kept as UNKNOWN; rows with an unknown destination rejected)</source>
        <translation>Libellés d’origine ou de destination non compris (origines inconnues conservées comme UNKNOWN ; lignes à destination inconnue rejetées)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>country labels not understood (their rows rejected; an alias fixes them at the next import)</source>
        <translation>Libellés de pays non compris (leurs lignes rejetées ; un alias les corrige à la prochaine importation)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>citizenship codes not understood (counted as unknown origin)</source>
        <translation>Codes de citoyenneté non compris (comptés comme origine inconnue)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recipient country codes not understood (their activities rejected)</source>
        <translation>Codes de pays bénéficiaire non compris (leurs activités rejetées)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{former}: {kept}: {rows} ({victims} detected victims, &lt;5 counted as 1).</source>
        <extracomment>&quot;{former}&quot; is &quot;SCG Serbia and Montenegro (a country until 2006)&quot;, &quot;{kept}&quot; what was done.</extracomment>
        <translation>{former} : {kept} : {rows} (victimes détectées : {victims}, &lt;5 compté comme 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}, {former}: {kept}: {rows} ({victims} detected victims, &lt;5 counted as 1).</source>
        <translation>{label}, {former} : {kept} : {rows} (victimes détectées : {victims}, &lt;5 compté comme 1).</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/table_words.py" line="-110"/>
        <source>{count} value columns, each imported as an indicator: {listed}. An empty cell gives no flow for its column ({empty} empty cells in rows imported).</source>
        <translation>Colonnes de valeurs, chacune importée comme un indicateur : {count} ({listed}). Une cellule vide ne donne aucun flux pour sa colonne (cellules vides dans les lignes importées : {empty}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} value columns, each imported as an indicator: {listed}. An empty cell gives no flow for its column ({empty} empty cell in rows imported).</source>
        <translation>Colonnes de valeurs, chacune importée comme un indicateur : {count} ({listed}). Une cellule vide ne donne aucun flux pour sa colonne (cellules vides dans les lignes importées : {empty}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{indicator} ({count} flows)</source>
        <extracomment>An indicator of the list above and its number of flows.</extracomment>
        <translation>{indicator} (flux : {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} ({count} flow)</source>
        <translation>{indicator} (flux : {count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{note}: {rows} ({volume}).</source>
        <extracomment>A note on rows (the rows&apos; reason), its rows, and the volume of their flows.</extracomment>
        <translation>{note} : {rows} ({volume}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{indicator}: {count}</source>
        <extracomment>An indicator and the volume of the flows above (&quot;Refugees: 1,204&quot;).</extracomment>
        <translation>{indicator} : {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no volume</source>
        <translation>aucun volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows within one country (origin = destination, e.g. internally displaced people) kept as flows within the country (domestic).</source>
        <translation>Lignes à l’intérieur d’un même pays (origine = destination, p. ex. personnes déplacées internes) conservées comme flux internes au pays : {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} row within one country (origin = destination, e.g. internally displaced people) kept as flows within the country (domestic).</source>
        <translation>Lignes à l’intérieur d’un même pays (origine = destination, p. ex. personnes déplacées internes) conservées comme flux internes au pays : {count}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} values of 0 imported as flows of 0 (a zero is a count, kept).</source>
        <translation>Valeurs 0 importées comme flux de 0 (un zéro est un effectif, conservé) : {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} value of 0 imported as flows of 0 (a zero is a count, kept).</source>
        <translation>Valeurs 0 importées comme flux de 0 (un zéro est un effectif, conservé) : {count}.</translation>
    </message>
    <message>
        <location filename="../../explorer/io/importing/empty.py" line="+24"/>
        <source>the file has no data rows; nothing was stored</source>
        <translation>le fichier n’a aucune ligne de données ; rien n’a été enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no row held a figure</source>
        <translation>aucune ligne ne contenait de chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every row was rejected: {reasons}</source>
        <translation>toutes les lignes ont été rejetées : {reasons}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{why}. Nothing was stored; see the report for each row</source>
        <translation>{why}. Rien n’a été enregistré ; voir le rapport pour chaque ligne</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{reason} (%n rows)</source>
        <translation>
            <numerusform>{reason} (%n ligne)</numerusform>
            <numerusform>{reason} (%n lignes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <location filename="../../explorer/core/indicators/shown_names.py" line="+28"/>
        <source>Share of children among detected victims (%)</source>
        <extracomment>Names with a fixed wording (the app&apos;s derived shares, GLOTIP&apos;s five indicators, the demo&apos;s smuggling count); the literals are what lupdate reads (derived.CHILDREN_SHARE ...).</extracomment>
        <translation>Part des enfants parmi les victimes détectées (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of women and girls among detected victims (%)</source>
        <translation>Part des femmes et des filles parmi les victimes détectées (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected trafficking victims</source>
        <translation>Victimes de la traite détectées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons convicted</source>
        <translation>Personnes condamnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons prosecuted</source>
        <translation>Personnes poursuivies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons brought into formal contact</source>
        <translation>Personnes entrées en contact formel avec la justice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offences of trafficking in persons</source>
        <translation>Infractions de traite des personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smuggled migrants detected</source>
        <translation>Migrants objet d’un trafic illicite détectés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance activities (number)</source>
        <translation>Activités d’assistance (nombre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{indicator}: change since the previous year (%)</source>
        <translation>{indicator} : évolution depuis l’année précédente (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: change {first} to {second} (%)</source>
        <translation>{indicator} : évolution de {first} à {second} (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} per 100,000 population</source>
        <translation>{indicator} pour 100 000 habitants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}: regional total</source>
        <translation>{indicator} : total régional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} by country of repatriation</source>
        <translation>{indicator} par pays de rapatriement</translation>
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
        <translation>{indicator}, {year} : {figure}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In {year}: {figure}</source>
        <translation>En {year} : {figure}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No earlier year with a category</source>
        <translation>Aucune année antérieure avec une catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories are ordered levels, not quantities.</source>
        <translation>Les catégories sont des niveaux ordonnés, pas des quantités.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ In the file: {warning}</source>
        <translation>⚠ Dans le fichier : {warning}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change: no earlier year with a figure</source>
        <translation>Évolution : aucune année antérieure avec un chiffre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change since {year}: not computable ({reason})</source>
        <translation>Évolution depuis {year} : non calculable ({reason})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change since {year}: {change} (no percentage: the earlier figure was 0)</source>
        <translation>Évolution depuis {year} : {change} (pas de pourcentage : le chiffre antérieur était 0)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change since {year}: {change} ({percent})</source>
        <translation>Évolution depuis {year} : {change} ({percent})</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Rank {rank} of %n countries</source>
        <translation>
            <numerusform>Rang {rank} sur %n pays</numerusform>
            <numerusform>Rang {rank} sur %n pays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not ranked: {reason} for {year} (only exact figures are ranked; %n countries ranked)</source>
        <translation>
            <numerusform>Non classé : {reason} pour {year} (seuls les chiffres exacts sont classés ; %n pays classé)</numerusform>
            <numerusform>Non classé : {reason} pour {year} (seuls les chiffres exacts sont classés ; %n pays classés)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Region unknown: no regional comparison</source>
        <translation>Région inconnue : pas de comparaison régionale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{region} median: not computable (no exact {year} figures)</source>
        <translation>{region}, médiane : non calculable (aucun chiffre exact pour {year})</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>{region} median: {median} (%n countries); not compared ({reason} here)</source>
        <translation>
            <numerusform>{region}, médiane : {median} (%n pays) ; pas de comparaison ({reason} ici)</numerusform>
            <numerusform>{region}, médiane : {median} (%n pays) ; pas de comparaison ({reason} ici)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{region} median: {median} (%n countries): {position} ({reason})</source>
        <translation>
            <numerusform>{region}, médiane : {median} (%n pays) : {position} ({reason})</numerusform>
            <numerusform>{region}, médiane : {median} (%n pays) : {position} ({reason})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{region} median: {median} (%n countries): {position}</source>
        <translation>
            <numerusform>{region}, médiane : {median} (%n pays) : {position}</numerusform>
            <numerusform>{region}, médiane : {median} (%n pays) : {position}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>above</source>
        <extracomment>A figure against its region&apos;s median (``KeyFigures.position``), in words.</extracomment>
        <translation>au-dessus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>en dessous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at</source>
        <translation>au niveau</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../explorer/ui/window/keyboard.py" line="+68"/>
        <source>&amp;Previous year</source>
        <translation>Année &amp;précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next year</source>
        <translation>Année &amp;suivante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lay / pause years</source>
        <translation>&amp;Lecture / pause des années</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next country in &amp;ranking</source>
        <translation>Pays suivant dans le &amp;classement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous &amp;country in ranking</source>
        <translation>Pays précé&amp;dent dans le classement</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Navigate</source>
        <translation>&amp;Naviguer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No country has a figure to rank</source>
        <translation>Aucun pays n’a de chiffre à classer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rank {rank} of {count} countries: {name}</source>
        <translation>Rang {rank} sur {count} pays : {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: not ranked (no exact figure); {position} of {count} listed</source>
        <translation>{name} : non classé (pas de chiffre exact) ; {position} sur {count} listés</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../explorer/ui/window/language_menu.py" line="+32"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Language</source>
        <extracomment>The languages offered: code (as in ``explorer_&lt;code&gt;.qm``) and the name in that language.</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved, but {variable}={value} is set: the app starts in that language while it is set.</source>
        <translation>Enregistré, mais {variable}={value} est défini : l’application démarre dans cette langue tant qu’il l’est.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new language applies the next time the app starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart now? The window closes as usual (your work is saved) and opens again in the new language.</source>
        <translation>Redémarrer maintenant ? La fenêtre se ferme comme d’habitude (votre travail est enregistré) et se rouvre dans la nouvelle langue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../explorer/ui/window/render_commands.py" line="+24"/>
        <source>no place {name}; places: {places}</source>
        <translation>aucune zone {name} ; zones : {places}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown country code {code}</source>
        <translation>code de pays inconnu {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>wrote {path}</source>
        <translation>écrit : {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>could not write {path}</source>
        <translation>impossible d’écrire {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote {path} ({size})</source>
        <translation>écrit : {path} ({size})</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../explorer/core/view/choropleth.py" line="-51"/>
        <source>{indicator}: {breakdown}</source>
        <extracomment>the indicator alone (``subject`` adds the breakdown after a colon, and an indicator&apos;s own name may hold one: &quot;Convictions: trafficking&quot;) The language its legend (and what shows its values) writes numbers in. ``classes_note`` as a phrase, to say it in the language of the screen.</extracomment>
        <translation>{indicator} : {breakdown}</translation>
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
        <translation> ; </translation>
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
        <translation>Panneau &amp;Pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Flows panel</source>
        <translation>Panneau &amp;Flux</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/main_window.py" line="+236"/>
        <source>Trafficking Flows Explorer: {dataset}</source>
        <translation>Trafficking Flows Explorer : {dataset}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Copy place details as text</source>
        <translation>Co&amp;pier les détails de la zone en texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export place &amp;brief (PDF)…</source>
        <translation>Exporter la &amp;fiche de la zone (PDF)…</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Map controls</source>
        <extracomment>The name of the dataset now on screen (after start-up and every switch), for the parts that show something of the dataset beyond the map and panels (menus, help). Local files dropped onto the window (the workspace session imports or opens them). Local files dragged over the window, not yet dropped; then the drag left without a drop. The interface language (babel&apos;s spelling): places and numbers are shown in it. The run&apos;s shared parts (view state, flow settings, places, session, settings, theme, style ...), handed explicitly to the pieces that need them.</extracomment>
        <translation>Commandes de la carte</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/menus.py" line="+48"/>
        <source>&amp;Find country…</source>
        <translation>&amp;Chercher un pays…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset view</source>
        <translation>Réinitialiser la &amp;vue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole world (Ctrl+0)</source>
        <translation>Afficher le monde entier (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame country with its flows&apos; &amp;partners</source>
        <translation>Cadrer le pays avec les parte&amp;naires de ses flux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the selected country together with where its victims came from and went to</source>
        <translation>Afficher le pays sélectionné avec les pays d’où viennent ses victimes et où elles ont été détectées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show &amp;source rows…</source>
        <translation>Afficher les lignes &amp;sources…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file rows behind the figure in focus (the selected flow, else the selected country&apos;s figure, else the place&apos;s total), with the rules of a derived figure</source>
        <translation>Les lignes du fichier à l’origine du chiffre considéré (le flux sélectionné, sinon le chiffre du pays sélectionné, sinon le total de la zone), avec les règles d’un chiffre dérivé</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/main_window.py" line="+73"/>
        <location filename="../../explorer/ui/window/menus.py" line="-25"/>
        <source>&amp;Copy country details as text</source>
        <translation>Co&amp;pier les détails du pays en texte</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/menus.py" line="+6"/>
        <source>&amp;Export map…</source>
        <translation>&amp;Exporter la carte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG, SVG or PDF for slides and reports, an offline HTML map, or the data</source>
        <translation>PNG, SVG ou PDF pour diapositives et rapports, une carte HTML hors ligne, ou les données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy &amp;map image</source>
        <translation>Copier l’i&amp;mage de la carte</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/main_window.py" line="+5"/>
        <location filename="../../explorer/ui/window/menus.py" line="+3"/>
        <source>Export country &amp;brief (PDF)…</source>
        <translation>Exporter la &amp;fiche pays (PDF)…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/menus.py" line="+14"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/window/status.py" line="+26"/>
        <source>SYNTHETIC</source>
        <translation>SYNTHÉTIQUES</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demonstration data generated by this program: not official statistics</source>
        <translation>Données de démonstration générées par ce programme : ce ne sont PAS des statistiques officielles</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dataset: {dataset}</source>
        <translation>Jeu de données : {dataset}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/export/window_exports.py" line="+41"/>
        <source>Map image copied to the clipboard (1920 x 1080)</source>
        <translation>Image de la carte copiée dans le presse-papiers (1920 x 1080)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Country details copied as text</source>
        <translation>Détails du pays copiés en texte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export country brief</source>
        <translation>Exporter la fiche pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country brief not written</source>
        <translation>Fiche pays non écrite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country brief written to {path}</source>
        <translation>Fiche pays écrite dans {path}</translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <location filename="../../explorer/ui/window/controls.py" line="+38"/>
        <location line="+25"/>
        <source>Indicator</source>
        <extracomment>The year label&apos;s digits (the interface language&apos;s unless given). The language indicators and breakdowns are named in (the data keep English).</extracomment>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+26"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+64"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Play years</source>
        <translation>Faire défiler les années</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play through the years</source>
        <translation>Faire défiler les années</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <location filename="../../explorer/ui/map/style.py" line="+44"/>
        <source>Quantiles (equal counts)</source>
        <translation>Quantiles (effectifs égaux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural breaks (Fisher-Jenks)</source>
        <translation>Seuils naturels (Fisher-Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal interval</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual breaks…</source>
        <translation>Seuils manuels…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quantiles</source>
        <extracomment>How :meth:`MapStyle.description` names a scheme.</extracomment>
        <translation>quantiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>natural breaks</source>
        <translation>seuils naturels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal interval</source>
        <translation>intervalles égaux</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Map st&amp;yle</source>
        <extracomment>After any change of palette, scheme, classes, breaks or preview.</extracomment>
        <translation>St&amp;yle de la carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Palette</source>
        <translation>&amp;Palette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Classification</source>
        <translation>&amp;Classification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Number of classes</source>
        <translation>&amp;Nombre de classes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off (true colours)</source>
        <translation>Désactivé (couleurs réelles)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour-&amp;vision preview</source>
        <translation>Simulation de la &amp;vision des couleurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See the map on screen as people with a colour-vision deficiency see it; exports keep the true colours</source>
        <translation>Voir la carte à l’écran comme la voient les personnes ayant un trouble de la vision des couleurs ; les exports gardent les couleurs réelles</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Map style: {style}</source>
        <translation>Style de la carte : {style}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>manual breaks at {breaks}</source>
        <translation>seuils manuels à {breaks}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{scheme}, {k} classes</source>
        <translation>{scheme}, {k} classes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {vision} preview</source>
        <translation> ; simulation {vision}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manual breaks</source>
        <translation>Seuils manuels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper bound of each class, increasing, separated by commas
(e.g. 10, 50, 100, 500). Values above the last break get a class of their own.</source>
        <translation>Borne supérieure de chaque classe, par ordre croissant, séparées par des virgules
(par ex. 10, 50, 100, 500). Les valeurs au-dessus du dernier seuil forment une classe à part.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Manual breaks not valid</source>
        <translation>Seuils manuels non valides</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Map style not changed</source>
        <translation>Style de la carte inchangé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set by the manual breaks</source>
        <translation>Défini par les seuils manuels</translation>
    </message>
</context>
<context>
    <name>MapTexts</name>
    <message>
        <location filename="../../explorer/core/view/map_words.py" line="+24"/>
        <source>victims</source>
        <extracomment>Who the arrows count, as &quot;flows of ...&quot; names them (see ``people_noun``).</extracomment>
        <translation>victimes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>migrants objet de trafic illicite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>personnes condamnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subregions</source>
        <extracomment>The places flows are summed between, when not countries (``Between``&apos;s values).</extracomment>
        <translation>sous-régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <translation>régions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported on {date} with {app}</source>
        <translation>Exporté le {date} avec {app}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Arrows: {indicator}, the %n largest flows of {noun} between {level}, from origin to destination</source>
        <translation>
            <numerusform>Flèches : {indicator}, le plus grand flux de {noun} entre {level}, de l’origine vers la destination</numerusform>
            <numerusform>Flèches : {indicator}, les %n plus grands flux de {noun} entre {level}, de l’origine vers la destination</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Arrows: {indicator}, the %n largest flows of {noun}, from origin to destination</source>
        <translation>
            <numerusform>Flèches : {indicator}, le plus grand flux de {noun}, de l’origine vers la destination</numerusform>
            <numerusform>Flèches : {indicator}, les %n plus grands flux de {noun}, de l’origine vers la destination</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapTheme</name>
    <message>
        <location filename="../../explorer/ui/map/theme.py" line="+32"/>
        <source>Follow the &amp;system</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Map &amp;theme</source>
        <extracomment>Background and sea of each resolved theme on screen: (background, sea, sea outline). After every change of the chosen theme (not of the system&apos;s scheme).</extracomment>
        <translation>&amp;Thème de la carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light or dark background and sea; the data colours stay</source>
        <translation>Fond et mer clairs ou sombres ; les couleurs des données restent les mêmes</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../explorer/ui/map/tooltips.py" line="+37"/>
        <source>no data ({year})</source>
        <translation>pas de données ({year})</translation>
    </message>
</context>
<context>
    <name>PanelFlows</name>
    <message>
        <location filename="../../explorer/ui/panel/flows.py" line="+33"/>
        <source>Total: {total}</source>
        <translation>Total : {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>domestic {share}</source>
        <translation>traite interne {share}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {share}</source>
        <translation>inconnue {share}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected in</source>
        <translation>Pays de détection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flows: origins</source>
        <translation>Flux : origines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows: destinations</source>
        <translation>Flux : destinations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>This dataset has no flows.</source>
        <translation>Ce jeu de données ne contient pas de flux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where {people} detected in {country} in {year} came from</source>
        <translation>{country}, {year} : origine des personnes détectées ({people})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where {people} from {country} were detected in {year}</source>
        <translation>{country}, {year} : pays de détection de ses ressortissants ({people})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{heading}: no flows recorded.</source>
        <translation>{heading} : aucun flux enregistré.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{count} more not listed.</source>
        <translation>{count} autres non listés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not drawn on the map: {flows}</source>
        <translation>Non tracés sur la carte : {flows}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../explorer/core/flows/labels.py" line="+8"/>
        <source>victims</source>
        <translation>victimes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>migrants objet d’un trafic illicite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>personnes condamnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
</context>
<context>
    <name>PeopleCounted</name>
    <message>
        <location line="+21"/>
        <source>victims</source>
        <translation>victimes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>migrants objet d’un trafic illicite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>personnes condamnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
</context>
<context>
    <name>PeopleOf</name>
    <message>
        <location line="-15"/>
        <source>detected victims</source>
        <translation>victimes détectées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smuggled migrants</source>
        <translation>migrants objet d’un trafic illicite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons convicted</source>
        <translation>personnes condamnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
</context>
<context>
    <name>PlaceBrief</name>
    <message>
        <location filename="../../explorer/ui/export/place_brief.py" line="+57"/>
        <source>Brief: {place}</source>
        <translation>Fiche : {place}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{indicator}, {year} · {n} countries in the place</source>
        <translation>{indicator}, {year} · {n} pays dans la zone</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Trend on constant sets of countries</source>
        <translation>Tendance sur des ensembles constants de pays</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year}: {reporting} reported, change {step}</source>
        <translation>{year} : {reporting} déclarants, évolution {step}</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Who they were</source>
        <translation>Profil des personnes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where they came from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Countries, largest first</source>
        <translation>Pays, du plus grand au plus petit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How these figures are computed</source>
        <translation>Comment ces chiffres sont calculés</translation>
    </message>
</context>
<context>
    <name>PlaceGroupDialog</name>
    <message>
        <location filename="../../explorer/ui/panel/group_dialog.py" line="+42"/>
        <source>Edit group</source>
        <translation>Modifier le groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New group of countries</source>
        <translation>Nouveau groupe de pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ECOWAS</source>
        <translation>par ex. CEDEAO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter countries</source>
        <translation>Filtrer les pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to filter</source>
        <translation>Tapez pour filtrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region or subregion to add</source>
        <translation>Région ou sous-région à ajouter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick all of it</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Countries ticked: {n}</source>
        <translation>Pays cochés : {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the group a name.</source>
        <translation>Donnez un nom au groupe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick at least one country.</source>
        <translation>Cochez au moins un pays.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a group called {name}.</source>
        <translation>Il existe déjà un groupe nommé {name}.</translation>
    </message>
</context>
<context>
    <name>PlaceLabels</name>
    <message>
        <location filename="../../explorer/core/places/share_wording.py" line="+26"/>
        <source>Children (0-17)</source>
        <extracomment>The parts of a place&apos;s profile and its classes of origin (``summary.PROFILE_GROUPS``, ``origins.CLASSES``), as the sentences name them.</extracomment>
        <translation>Enfants (0-17 ans)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults (18+)</source>
        <translation>Adultes (18 ans et plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women and girls</source>
        <translation>Femmes et filles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men and boys</source>
        <translation>Hommes et garçons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Girls</source>
        <translation>Filles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boys</source>
        <translation>Garçons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual exploitation</source>
        <translation>Exploitation sexuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced labour</source>
        <translation>Travail forcé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other forms of exploitation</source>
        <translation>Autres formes d’exploitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own nationals</source>
        <translation>Ressortissants du pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same subregion</source>
        <translation>Même sous-région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other subregions of the region</source>
        <translation>Autres sous-régions de la région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other regions</source>
        <translation>Autres régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown or not stated</source>
        <translation>Inconnue ou non précisée</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <location filename="../../explorer/ui/panel/place_picker.py" line="+35"/>
        <source>Place</source>
        <extracomment>The user asked to define a new group (None) or edit one (its name). The user asked to frame the place on the map (its code). The groups changed and the place shown may have gone: the figures must follow.</extracomment>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame this place on the map</source>
        <translation>Cadrer cette zone sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New group…</source>
        <translation>Nouveau groupe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick countries and name a group of your own (e.g. ECOWAS)</source>
        <translation>Choisissez des pays et nommez votre propre groupe (par ex. CEDEAO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit group…</source>
        <translation>Modifier le groupe…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place.py" line="+86"/>
        <source>Index on constant sets</source>
        <extracomment>A country of the ranking was clicked: select it, framed with its flows&apos; partners.</extracomment>
        <translation>Indice à ensembles constants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Déclarants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact sum</source>
        <translation>Somme exacte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change (N)</source>
        <translation>Évol. (N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend on constant sets of countries</source>
        <translation>Tendance sur des ensembles constants de pays</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who they were</source>
        <translation>Profil des personnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where they came from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of the place, largest first</source>
        <translation>Pays de la zone, du plus grand au plus petit</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place_picker.py" line="+32"/>
        <source>{name} (group)</source>
        <translation>{name} (groupe)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/place.py" line="+42"/>
        <source>No figures in this dataset.</source>
        <translation>Aucun chiffre dans ce jeu de données.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Trend on constant sets of countries (index, first year = 100; each step only from countries that reported both years)</source>
        <translation>Tendance sur des ensembles constants de pays (indice, première année = 100 ; chaque étape uniquement à partir des pays ayant déclaré les deux années)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>n/a ({n})</source>
        <translation>n.d. ({n})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Countries by {indicator}, {year}</source>
        <translation>Pays selon {indicator}, {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the {n} largest of {all})</source>
        <translation>(les {n} plus grands sur {all})</translation>
    </message>
</context>
<context>
    <name>PlaceSummary</name>
    <message>
        <location filename="../../explorer/core/places/share_wording.py" line="+5"/>
        <source>both age groups</source>
        <translation>les deux groupes d’âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sexes</source>
        <translation>les deux sexes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>girls, boys, women and men</source>
        <translation>filles, garçons, femmes et hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the three forms of exploitation</source>
        <translation>les trois formes d’exploitation</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <location filename="../../explorer/core/places/wording.py" line="+147"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{what}: no country reported every part exactly; %n countries reported them with a &lt;5.</source>
        <translation>
            <numerusform>{what} : aucun pays n’a déclaré exactement chaque partie ; %n pays les a déclarées avec un &lt;5.</numerusform>
            <numerusform>{what} : aucun pays n’a déclaré exactement chaque partie ; %n pays les ont déclarées avec un &lt;5.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}: no country reported this breakdown.</source>
        <translation>{what} : aucun pays n’a déclaré cette ventilation.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{parts} of {people} (N = %n countries that reported {what} exactly).</source>
        <translation>
            <numerusform>{parts} des {people} (N = %n pays ayant déclaré exactement {what}).</numerusform>
            <numerusform>{parts} des {people} (N = %n pays ayant déclaré exactement {what}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source> Over all %n countries that reported them, each &lt;5 as 1 to 4: {ranges}.</source>
        <translation>
            <numerusform> Sur %n pays qui les a déclarées, chaque &lt;5 compté de 1 à 4 : {ranges}.</numerusform>
            <numerusform> Sur l’ensemble des %n pays qui les ont déclarées, chaque &lt;5 compté de 1 à 4 : {ranges}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Children (0-17): {share} of {people} (N = %n countries that reported both age groups exactly).</source>
        <translation>
            <numerusform>Enfants (0-17 ans) : {share} des {people} (N = %n pays ayant déclaré exactement les deux groupes d’âge).</numerusform>
            <numerusform>Enfants (0-17 ans) : {share} des {people} (N = %n pays ayant déclaré exactement les deux groupes d’âge).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Where {people} came from (%n countries reported {people} by citizenship: {low} to {high}, each &lt;5 as 1 to 4):</source>
        <translation>
            <numerusform>Provenance des {people} (%n pays a déclaré des {people} par citoyenneté : {low} à {high}, chaque &lt;5 compté de 1 à 4) :</numerusform>
            <numerusform>Provenance des {people} (%n pays ont déclaré des {people} par citoyenneté : {low} à {high}, chaque &lt;5 compté de 1 à 4) :</numerusform>
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
        <translation>Principales sous-régions d’origine (des {people} de nationalité étrangère) : {top}.</translation>
    </message>
    <message>
        <location filename="../../explorer/core/places/wording.py" line="-50"/>
        <source>{place} (region)</source>
        <translation>{place} (région)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{place} (subregion of {parent})</source>
        <translation>{place} (sous-région, {parent})</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{place} (group of %n countries)</source>
        <translation>
            <numerusform>{place} (groupe de %n pays)</numerusform>
            <numerusform>{place} (groupe de %n pays)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{reporting} of %n countries reported.</source>
        <translation>
            <numerusform>pays déclarants : {reporting} sur %n.</numerusform>
            <numerusform>pays déclarants : {reporting} sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the world</source>
        <translation>Monde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No country in {place} reported {what} for {year}.</source>
        <translation>{place} : aucun pays n’a déclaré de données « {what} » pour {year}.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{indicator}, {year}: median {median} over the %n countries with an exact figure ({reporting} of {members} reported). Not a count: no total.</source>
        <translation>
            <numerusform>{indicator}, {year} : médiane {median} sur %n pays ayant un chiffre exact ({reporting} déclarants sur {members}). Pas un effectif : pas de total.</numerusform>
            <numerusform>{indicator}, {year} : médiane {median} sur %n pays ayant un chiffre exact ({reporting} déclarants sur {members}). Pas un effectif : pas de total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{indicator}, {year}: no exact figure; {reporting} of %n countries reported, all &lt;5.</source>
        <translation>
            <numerusform>{indicator}, {year} : aucun chiffre exact ; {reporting} pays déclarants sur %n, tous &lt;5.</numerusform>
            <numerusform>{indicator}, {year} : aucun chiffre exact ; {reporting} pays déclarants sur %n, tous &lt;5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{indicator}, {year}: {sum}, the sum of the exact figures of %n countries; {reported}</source>
        <translation>
            <numerusform>{indicator}, {year} : {sum}, somme des chiffres exacts de %n pays ; {reported}</numerusform>
            <numerusform>{indicator}, {year} : {sum}, somme des chiffres exacts de %n pays ; {reported}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} at {level}</source>
        <translation>{count} au niveau {level}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>{indicator}, {year}: {reported} of %n countries reported: {levels}</source>
        <translation>
            <numerusform>{indicator}, {year} : {reported} pays déclarants sur %n : {levels}</numerusform>
            <numerusform>{indicator}, {year} : {reported} pays déclarants sur %n : {levels}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{line}; {levels} (outside the order)</source>
        <translation>{line} ; {levels} (hors de l’ordre)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}. Levels, not quantities: no total.</source>
        <translation>{line}. Des niveaux, pas des quantités : pas de total.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n more countries reported &lt;5 ({low} to {high} more in all).</source>
        <translation>
            <numerusform>%n pays de plus a déclaré &lt;5 ({low} à {high} de plus au total).</numerusform>
            <numerusform>%n pays de plus ont déclaré &lt;5 ({low} à {high} de plus au total).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change: no figures for {year} to compare with.</source>
        <translation>Évolution : aucun chiffre pour {year} à comparer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change since {year}: not computable: no country reported exact figures in both years.</source>
        <translation>Évolution depuis {year} : non calculable : aucun pays n’a déclaré de chiffres exacts les deux années.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change since {year}: no percentage (the {year} figures add up to 0).</source>
        <translation>Évolution depuis {year} : pas de pourcentage (les chiffres de {year} totalisent 0).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Change since {year}: {change} ({before} to {after}), over the %n countries that reported exact figures in both years.</source>
        <translation>
            <numerusform>Évolution depuis {year} : {change} ({before} à {after}), sur %n pays ayant déclaré des chiffres exacts les deux années.</numerusform>
            <numerusform>Évolution depuis {year} : {change} ({before} à {after}), sur %n pays ayant déclaré des chiffres exacts les deux années.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>largest rises: {countries}</source>
        <translation>plus fortes hausses : {countries}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>largest falls: {countries}</source>
        <translation>plus fortes baisses : {countries}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Driven by {changes}.</source>
        <translation>Principales contributions — {changes}.</translation>
    </message>
</context>
<context>
    <name>ProfileBars</name>
    <message>
        <location filename="../../explorer/ui/panel/profile_bars.py" line="+26"/>
        <source>By sex</source>
        <translation>Par sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By age</source>
        <translation>Par âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By form of exploitation</source>
        <translation>Par forme d’exploitation</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Victim profile</source>
        <translation>Profil des victimes</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../explorer/ui/workspace/provenance_dialog.py" line="+27"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition (export date)</source>
        <translation>Édition (date d’export)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{read} read = {imported} imported + {rejected} rejected</source>
        <translation>{read} lues = {imported} importées + {rejected} rejetées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYNTHETIC demonstration data: not official statistics</source>
        <translation>Données de démonstration SYNTHÉTIQUES : ce ne sont PAS des statistiques officielles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caveat</source>
        <translation>Mise en garde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Provenance: {dataset}</source>
        <translation>Provenance : {dataset}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field}:</source>
        <translation>{field} :</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../explorer/ui/window/recent_files.py" line="+31"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(missing)</source>
        <translation>(introuvable)</translation>
    </message>
</context>
<context>
    <name>RegionZoom</name>
    <message>
        <source>Zoom to &amp;region</source>
        <translation type="vanished">&amp;Zoomer sur une région</translation>
    </message>
    <message>
        <source>Colour by &amp;regional totals</source>
        <translation type="vanished">C&amp;olorer selon les totaux régionaux</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/map/region_zoom.py" line="+48"/>
        <source>Zoom to re&amp;gion</source>
        <translation>&amp;Zoomer sur une région</translation>
    </message>
    <message>
        <source>Co&amp;lour by regional totals</source>
        <translation type="vanished">C&amp;olorer selon les totaux régionaux</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Colour &amp;by regional totals</source>
        <translation>C&amp;olorer selon les totaux régionaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each country shows its UN region&apos;s total of the indicator</source>
        <translation>Chaque pays affiche le total de l’indicateur de sa région de l’ONU</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No regional totals for {indicator}</source>
        <translation>Aucun total régional pour {indicator}</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../explorer/ui/window/search_box.py" line="-1"/>
        <source>Find a country (Ctrl+F)</source>
        <translation>Chercher un pays (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No country matches “{text}”</source>
        <translation>Aucun pays ne correspond à « {text} »</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../explorer/ui/map/side_by_side.py" line="+52"/>
        <source>Two years side by side</source>
        <translation>Deux années côte à côte</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>left</source>
        <translation>de gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>de droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the {side} map</source>
        <translation>Année de la carte {side}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{subject}. Same classes and colours on both maps (over all years).</source>
        <translation>{subject}. Mêmes classes et couleurs sur les deux cartes (sur toutes les années).</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Map of {year}</source>
        <translation>Carte de {year}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Two years &amp;side by side…</source>
        <translation>Deu&amp;x années côte à côte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shown indicator for two years, next to each other</source>
        <translation>L’indicateur affiché pour deux années, l’une à côté de l’autre</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../explorer/core/data/provenance.py" line="+50"/>
        <source>Source: SYNTHETIC demonstration data generated by Trafficking Flows Explorer; not official statistics</source>
        <translation>Source : données de démonstration SYNTHÉTIQUES générées par Trafficking Flows Explorer ; il ne s’agit pas de statistiques officielles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SYNTHETIC demonstration data generated by Trafficking Flows Explorer; not official statistics</source>
        <translation>données de démonstration SYNTHÉTIQUES générées par Trafficking Flows Explorer ; il ne s’agit pas de statistiques officielles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown publisher</source>
        <translation>éditeur inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{publisher}, export of {edition}</source>
        <translation>{publisher}, export du {edition}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{publisher}, file {file}</source>
        <translation>{publisher}, fichier {file}</translation>
    </message>
</context>
<context>
    <name>SourceRows</name>
    <message>
        <location filename="../../explorer/ui/common/source_rows.py" line="+190"/>
        <source>Show &amp;source rows…</source>
        <extracomment>The countries&apos; English names: a trace is English (its CSV) until the dialog says it in the interface language, whatever language the book names them in. What a context menu offers at a point: one opener, or (words, opener) pairs, or None.</extracomment>
        <translation>Afficher les lignes &amp;sources…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/common/source_rows_dialog.py" line="+70"/>
        <location line="+36"/>
        <location line="+64"/>
        <source>Source rows</source>
        <extracomment>GLOTIP&apos;s category column: a flow&apos;s raw origin label, next to the value.</extracomment>
        <translation>Lignes sources</translation>
    </message>
    <message numerus="yes">
        <location line="-88"/>
        <source>%n file row(s) behind this figure.</source>
        <translation>
            <numerusform>%n ligne du fichier à l’origine de ce chiffre.</numerusform>
            <numerusform>%n lignes du fichier à l’origine de ce chiffre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file row behind this figure.</source>
        <translation>Aucune ligne du fichier à l’origine de ce chiffre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Enregistrer en CSV…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>From {file}, sheet {sheet} (SHA-256 {sha256})</source>
        <translation>De {file}, feuille {sheet} (SHA-256 {sha256})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {file} (SHA-256 {sha256})</source>
        <translation>De {file} (SHA-256 {sha256})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save source rows</source>
        <translation>Enregistrer les lignes sources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save {path}: {error}</source>
        <translation>Impossible d’enregistrer {path} : {error}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panel/source_menus.py" line="+102"/>
        <source>Show source rows of the &amp;total…</source>
        <translation>Afficher les lignes sources du &amp;total…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show source rows of the &amp;change…</source>
        <translation>Afficher les lignes sources de l’é&amp;volution…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show source rows of the share: {label}…</source>
        <translation>Afficher les lignes sources de la part : {label}…</translation>
    </message>
</context>
<context>
    <name>TableMapping</name>
    <message>
        <location filename="../../explorer/ui/workspace/mapping_dialog.py" line="+40"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Columns of {file}</source>
        <translation>Colonnes de {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The table&apos;s columns could not be recognised for sure: {reason}. Say which column holds what; the import then runs again.</source>
        <translation>Les colonnes du tableau n’ont pas pu être reconnues avec certitude : {reason}. Indiquez ce que contient chaque colonne ; l’importation sera alors relancée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Figures per country</source>
        <translation>Chiffres par pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows from one country to another</source>
        <translation>Flux d’un pays à un autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table holds:</source>
        <translation>Le tableau contient :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per country and year (long)</source>
        <translation>Une ligne par pays et par année (format long)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One column per year, e.g. 1960 ... 2023 (wide)</source>
        <translation>Une colonne par année, par ex. 1960 ... 2023 (format large)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Origin:</source>
        <translation>Origine :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination:</source>
        <translation>Destination :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (code or name):</source>
        <translation>Pays (code ou nom) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country name (spare):</source>
        <translation>Nom du pays (de secours) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator column:</source>
        <translation>Colonne de l’indicateur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout:</source>
        <translation>Disposition :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Value columns:</source>
        <extracomment>One check box per candidate value column (each an indicator).</extracomment>
        <translation>Colonnes de valeurs :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(from a column)</source>
        <translation>(d’après une colonne)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year of every row:</source>
        <translation>Année de toutes les lignes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Population, total</source>
        <translation>par ex. Population, total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator name:</source>
        <translation>Nom de l’indicateur :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/level_order.py" line="+38"/>
        <source>The values are categories. Drag them into their order; the first gets rank 1:</source>
        <translation>Les valeurs sont des catégories. Faites-les glisser dans leur ordre ; la première reçoit le rang 1 :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order of the levels</source>
        <translation>Ordre des niveaux</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <location filename="../../explorer/core/trace/rows_table.py" line="+23"/>
        <source>the file&apos;s rows were not kept for this dataset (imported before the app kept them, or from a kind of file whose rows it does not keep): import the file again to see them</source>
        <translation>les lignes du fichier n’ont pas été conservées pour ce jeu de données (importé avant que l’application ne les conserve, ou depuis un type de fichier dont elle ne conserve pas les lignes) : importez de nouveau le fichier pour les voir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not read from a file row (generated or derived)</source>
        <translation>non lu dans une ligne du fichier (généré ou dérivé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYNTHETIC demonstration data: generated by the app, read from no file</source>
        <translation>Données de démonstration SYNTHÉTIQUES : générées par l’application, lues dans aucun fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same value in {count} rows: an exact duplicate, counted once</source>
        <translation>la même valeur dans {count} lignes : un doublon exact, compté une fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read as it is</source>
        <translation>lu tel quel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{figure}: {shown}</source>
        <translation>{figure} : {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{figure} = {shown}: {rule}</source>
        <translation>{figure} = {shown} : {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the importer did</source>
        <translation>Ce qu’a fait l’importation</translation>
    </message>
    <message>
        <location filename="../../explorer/core/trace/words.py" line="+79"/>
        <source>World</source>
        <translation>Monde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{place}, {year}: {indicator}</source>
        <translation>{place}, {year} : {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}, {year}: {indicator}, {breakdown}</source>
        <translation>{place}, {year} : {indicator}, {breakdown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{origin} -&gt; {destination}, {year}: {indicator}</source>
        <translation>{origin} -&gt; {destination}, {year} : {indicator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}, {year}: {indicator}, total</source>
        <translation>{place}, {year} : {indicator}, total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: {indicator}, change {previous} to {year}</source>
        <translation>{place} : {indicator}, évolution de {previous} à {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}, {year}: {indicator}, share {part}</source>
        <translation>{place}, {year} : {indicator}, part {part}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no figure</source>
        <translation>pas de chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not computable</source>
        <translation>non calculable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;5 kept as a range (1 to 4), never a made-up number</source>
        <translation>&lt;5 conservé comme un intervalle (1 à 4), jamais comme un nombre inventé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own nationals</source>
        <translation>ressortissants du pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin not known</source>
        <translation>origine inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as a country code</source>
        <translation>comme un code de pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by its name</source>
        <translation>par son nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by a known other name</source>
        <translation>par un autre nom connu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the people of that country</source>
        <translation>comme les habitants de ce pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as a class of origin</source>
        <translation>comme une catégorie d’origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by an approximate match</source>
        <translation>par une correspondance approchée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by your alias or rule</source>
        <translation>par votre alias ou votre règle</translation>
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
        <translation>libellé d’origine {label} lu comme {read}, {how}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin labels meaning one origin, summed: read as {read}: {hows}</source>
        <translation>libellés d’origine désignant une même origine, additionnés : lus comme {read} : {hows}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>victims aged 0 to 17 / all detected victims x 100, both exact</source>
        <translation>victimes de 0 à 17 ans / ensemble des victimes détectées x 100, les deux exacts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>female victims / all detected victims x 100, both exact</source>
        <translation>victimes de sexe féminin / ensemble des victimes détectées x 100, les deux exacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({year} - {previous}) / {previous} x 100, both exact, the previous year not zero</source>
        <translation>({year} - {previous}) / {previous} x 100, les deux exacts, l’année précédente non nulle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(second year - {first}) / {first} x 100, both exact, {first} not zero</source>
        <translation>(seconde année - {first}) / {first} x 100, les deux exacts, {first} non nul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count / population x 100,000; the population of the same year from the loaded population indicator, else the nearest year at most {gap} years away (its rows are in that dataset)</source>
        <translation>effectif / population x 100 000 ; la population de la même année tirée de l’indicateur de population chargé, sinon l’année la plus proche, à {gap} ans au plus (ses lignes sont dans ce jeu de données)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no country of {place} reported</source>
        <translation>aucun pays de la zone {place} n’a déclaré de chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of the exact figures of the {exact} countries that reported one ({total}; {members} countries in {place})</source>
        <translation>somme des chiffres exacts des {exact} pays qui en ont déclaré un ({total} ; {members} pays dans la zone {place})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{rule}; {more} more reported only &lt;5, {low} to {high} victims together, shown beside the sum, never in it</source>
        <translation>{rule} ; {more} de plus n’ont déclaré que &lt;5, soit {low} à {high} victimes en tout, affichées à côté de la somme, jamais dedans</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no figures for one of the two years</source>
        <translation>pas de chiffres pour l’une des deux années</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({after} - {before}) / {before} x 100 over the {count} countries of {place} with an exact figure in both {previous} and {year} (a &lt;5 or a gap in either year leaves a country out)</source>
        <translation>({after} - {before}) / {before} x 100 sur les {count} pays de la zone {place} ayant un chiffre exact en {previous} et en {year} (un &lt;5 ou une lacune l’une ou l’autre année exclut le pays)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a part of the group has no figures</source>
        <translation>une partie du groupe n’a pas de chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{part} / ({parts} = {total}) x 100 over the {count} countries of {place} that reported every part exactly</source>
        <translation>{part} / ({parts} = {total}) x 100 sur les {count} pays de la zone {place} ayant déclaré chaque partie exactement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sum of the {count} country flows from {origin} to {destination} (own nationals counted in their country&apos;s place; a &lt;5 adds its range 1 to 4)</source>
        <translation>somme des {count} flux entre pays de {origin} vers {destination} (les ressortissants du pays comptés dans la zone de leur pays ; un &lt;5 ajoute son intervalle de 1 à 4)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../explorer/ui/common/trend_chart.py" line="+40"/>
        <source>Trend over years</source>
        <translation>Tendance au fil des années</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{first} to {last}</source>
        <translation>{first} à {last}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no data {years}</source>
        <translation>pas de données {years}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend: {parts}</source>
        <translation>Tendance : {parts}</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>bars: &lt;5 (1 to 4)</source>
        <translation>barres : &lt;5 (1 à 4)</translation>
    </message>
</context>
<context>
    <name>VictimProfile</name>
    <message>
        <location filename="../../explorer/core/indicators/country_victim_profile.py" line="+118"/>
        <source>No figures by age for {year}</source>
        <translation>Aucun chiffre par âge pour {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Children: {figure}</source>
        <translation>Enfants : {figure}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children: {figure} (no share computed from {reason})</source>
        <translation>Enfants : {figure} (pas de part calculée à partir d’{reason})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Children: {figure} (share not computable: adults {adults})</source>
        <translation>Enfants : {figure} (part non calculable : adultes {adults})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Children: 0 (no {people} of known age)</source>
        <translation>Enfants : 0 (pas de {people} d’âge connu)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Children: {share} of {people} of known age ({part} of {whole})</source>
        <translation>Enfants : {share} des {people} d’âge connu ({part} sur {whole})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Children: {share} of {people} ({part} of {whole})</source>
        <translation>Enfants : {share} des {people} ({part} sur {whole})</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../../explorer/ui/window/recent_files.py" line="-45"/>
        <location filename="../../explorer/ui/workspace/menu.py" line="+44"/>
        <source>&amp;Open workspace…</source>
        <extracomment>The text of the session&apos;s action the submenu follows (see workspace_menu.py), compared in the user&apos;s language.</extracomment>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/imports.py" line="+36"/>
        <source>Data files: GLOTIP, CTDC, indicator, flow and activity tables, IATI (*.xlsx *.xls *.xlsm *.ods *.csv *.txt *.xml)</source>
        <translation>Fichiers de données : GLOTIP, CTDC, tableaux d’indicateurs, de flux et d’activités, IATI (*.xlsx *.xls *.xlsm *.ods *.csv *.txt *.xml)</translation>
    </message>
    <message>
        <source>Workspace (*.sqlite)</source>
        <translation type="vanished">Espace de travail (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/session.py" line="+125"/>
        <source>The workspace could not be read: {error}. Use File &gt; Save workspace as… to keep new work.</source>
        <extracomment>Why saving is refused: the file at ``path`` could not be read. The file that could not be read: never written over, whatever the user picks. A reading child started while the user picks a file (see ``start_reader_ahead``). Save the view when the window closes (off for headless renders). The column-mapping question of a table import, while it is open. The running import&apos;s progress bar and Cancel button in the status bar. Asks Save as… / Discard / Cancel when a close would lose unsaved work (None: the dialog of :func:`damaged_workspace.ask_unsaved`; tests set it). The lock that makes this window the workspace&apos;s one writer (None: not held). Why this window may not write the workspace (another program holds it), or None. Whether that is another program holding it (the window may try again once it lets go). The file as this window last read or wrote it (see :mod:`disk_changes`), and the question asked when it changed meanwhile (None: a dialog; tests set it). A change a read-only window could not save (asked about before it closes).</extracomment>
        <translation>L’espace de travail n’a pas pu être lu : {error}. Utilisez Fichier &gt; Enregistrer l’espace de travail sous… pour conserver le nouveau travail.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/menu.py" line="-13"/>
        <source>&amp;Import data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a UNODC GLOTIP export (xlsx or csv)</source>
        <translation>Importer un export GLOTIP de l’UNODC (xlsx ou csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save workspace &amp;as…</source>
        <translation>Enregistrer l’espace de travail &amp;sous…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Datasets</source>
        <translation>&amp;Jeux de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to another dataset of this workspace</source>
        <translation>Passer à un autre jeu de données de cet espace de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import repor&amp;t…</source>
        <translation>Rapport d’i&amp;mportation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remo&amp;ve dataset from workspace…</source>
        <translation>Re&amp;tirer le jeu de données de l’espace de travail…</translation>
    </message>
    <message>
        <source>Import &amp;report…</source>
        <translation type="vanished">&amp;Rapport d’importation…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Dataset &amp;provenance…</source>
        <translation>&amp;Provenance du jeu de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name dataset…</source>
        <translation>Re&amp;nommer le jeu de données…</translation>
    </message>
    <message>
        <source>&amp;Remove dataset from workspace…</source>
        <translation type="vanished">Re&amp;tirer le jeu de données de l’espace de travail…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{dataset} (synthetic)</source>
        <translation>{dataset} (synthétiques)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Trafficking Flows Explorer: {dataset} — {file}</source>
        <translation>Trafficking Flows Explorer : {dataset} — {file}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/imports.py" line="+12"/>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>{file}: not a file this app imports. Drop a UNODC GLOTIP export (.xlsx or .csv) or a workspace (.sqlite).</source>
        <translation type="vanished">{file} : ce n’est pas un fichier que cette application importe. Déposez un export GLOTIP de l’UNODC (.xlsx ou .csv) ou un espace de travail (.sqlite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: not a file this app imports. Drop a UNODC GLOTIP export (.xlsx or .csv) or a workspace (.tfe-workspace or .sqlite).</source>
        <translation>{file} : ce fichier n’est pas un fichier que l’application importe. Déposez un export GLOTIP de l’ONUDC (.xlsx ou .csv) ou un espace de travail (.tfe-workspace ou .sqlite).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An import is already running</source>
        <translation>Une importation est déjà en cours</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing {file}… %p%</source>
        <translation>Importation de {file}… %p%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import of {file} cancelled</source>
        <translation>Importation de {file} annulée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing imported from {file}; nothing stored</source>
        <translation>Rien n’a été importé de {file} ; rien n’a été stocké</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added to {dataset}: {imported} rows imported, {rejected} rejected (saved)</source>
        <translation>Ajouté à {dataset} : {imported} lignes importées, {rejected} rejetées (enregistré)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added to {dataset}: {imported} rows imported, {rejected} rejected (NOT saved)</source>
        <translation>Ajouté à {dataset} : {imported} lignes importées, {rejected} rejetées (NON enregistré)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>saved in {path}</source>
        <translation>enregistré dans {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT saved</source>
        <translation>NON enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dataset} replaced: {imported} rows imported, {rejected} rejected ({where})</source>
        <translation>{dataset} remplacé : {imported} lignes importées, {rejected} rejetées ({where})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{dataset} added: {imported} rows imported, {rejected} rejected ({where})</source>
        <translation>{dataset} ajouté : {imported} lignes importées, {rejected} rejetées ({where})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add to the dataset on screen?</source>
        <translation>Ajouter au jeu de données affiché ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{new} has no flows and no indicator that {current} already has. Add it to {current}, so that its figures or activities appear next to the others (its source is noted in the provenance), or keep it as a dataset of its own?</source>
        <translation>{new} n’a ni flux ni indicateur que {current} possède déjà. L’ajouter à {current}, pour que ses chiffres ou activités apparaissent à côté des autres (sa source est notée dans la provenance), ou le garder comme un jeu de données distinct ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to {current}</source>
        <translation>Ajouter à {current}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep as its own dataset</source>
        <translation>Garder comme jeu de données distinct</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/reports.py" line="+67"/>
        <source>Aliases applied: {labels} moved out of unknown origins</source>
        <translation>Alias appliqués : {labels} retirés des origines inconnues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aliases saved; they apply to later imports</source>
        <translation>Alias enregistrés ; ils s’appliquent aux importations suivantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>(NOT saved)</source>
        <translation>(NON enregistré)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Rules for {count} groups of rows saved: they apply when you import the file again</source>
        <translation>Règles de {count} groupes de lignes enregistrées : elles s’appliquent quand vous importerez de nouveau le fichier</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/damaged.py" line="+90"/>
        <location filename="../../explorer/ui/workspace/disk_changes.py" line="+91"/>
        <location filename="../../explorer/ui/workspace/session.py" line="+96"/>
        <source>Workspace not saved</source>
        <translation>Espace de travail non enregistré</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/file_dialogs.py" line="+20"/>
        <source>Workspace (*.tfe-workspace *.sqlite)</source>
        <translation>Espace de travail (*.tfe-workspace *.sqlite)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save workspace as</source>
        <translation>Enregistrer l’espace de travail sous</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/switching.py" line="+45"/>
        <source>Workspace saved as {path}</source>
        <translation>Espace de travail enregistré sous {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/file_dialogs.py" line="-2"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/damaged.py" line="-32"/>
        <source>Workspace could not be read</source>
        <translation>L’espace de travail n’a pas pu être lu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is kept exactly as it is. Start a new, empty workspace in another file, or go on without saving (File &gt; Save workspace as… keeps new work).</source>
        <translation>Le fichier est conservé tel quel. Créez un nouvel espace de travail vide dans un autre fichier, ou continuez sans enregistrer (Fichier &gt; Enregistrer l’espace de travail sous… conserve le nouveau travail).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a new workspace…</source>
        <translation>Créer un nouvel espace de travail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} is the workspace that could not be read; it is kept as it is. Choose another file name.</source>
        <translation>{path} est l’espace de travail qui n’a pas pu être lu ; il est conservé tel quel. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The workspace could not be read: {reason}</source>
        <translation>L’espace de travail n’a pas pu être lu : {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace is in use by {reason}</source>
        <translation>L’espace de travail est utilisé par {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace cannot be written: {reason}</source>
        <translation>Impossible d’écrire dans l’espace de travail : {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported data not saved</source>
        <translation>Données importées non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data imported in this session is not saved.

{why}</source>
        <translation>Les données importées pendant cette session ne sont pas enregistrées.

{why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workspace file is kept exactly as it is. Save the imported data in another workspace file, or close without it?</source>
        <translation>Le fichier de l’espace de travail est conservé tel quel. Enregistrer les données importées dans un autre fichier d’espace de travail, ou fermer sans elles ?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>parts of it are damaged and were not read: {parts}</source>
        <translation>certaines parties sont endommagées et n’ont pas été lues : {parts}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged: {parts}. The rest is shown; nothing is saved to {path}. File &gt; Save workspace as… keeps what is intact.</source>
        <translation>Endommagé : {parts}. Le reste est affiché ; rien n’est enregistré dans {path}. Fichier &gt; Enregistrer l’espace de travail sous… conserve ce qui est intact.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parts of {path} are damaged and were not read:

{parts}

The rest is shown. Nothing will be saved to this file, so it can still be rescued. Save what is intact as a new workspace?</source>
        <translation>Certaines parties de {path} sont endommagées et n’ont pas été lues :

{parts}

Le reste est affiché. Rien ne sera enregistré dans ce fichier, pour qu’il puisse encore être récupéré. Enregistrer ce qui est intact comme nouvel espace de travail ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workspace partly damaged</source>
        <translation>Espace de travail partiellement endommagé</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/file_dialogs.py" line="+1"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/switching.py" line="+45"/>
        <source>Workspace not opened</source>
        <translation>Espace de travail non ouvert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened {path}</source>
        <translation>Ouvert : {path}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/session.py" line="+56"/>
        <source>Remove dataset</source>
        <translation>Retirer le jeu de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {dataset} from this workspace? Its figures, report and provenance are deleted from the workspace file; the source file is not touched.</source>
        <translation>Retirer {dataset} de cet espace de travail ? Ses chiffres, son rapport et sa provenance sont supprimés du fichier de l’espace de travail ; le fichier source n’est pas modifié.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{dataset} removed from the workspace</source>
        <translation>{dataset} retiré de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/disk_changes.py" line="+11"/>
        <source>Workspace changed on disk</source>
        <translation>Espace de travail modifié sur le disque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was changed by another program since this window read it.

Keep both adds what this window has to what the file now holds; Reload shows the file as it is now (this window&apos;s latest change is dropped); Overwrite writes this window&apos;s workspace over it.</source>
        <translation>{path} a été modifié par un autre programme depuis que cette fenêtre l’a lu.

Garder les deux ajoute ce que contient cette fenêtre à ce que contient maintenant le fichier ; Recharger affiche le fichier tel qu’il est maintenant (la dernière modification de cette fenêtre est abandonnée) ; Écraser écrit l’espace de travail de cette fenêtre à sa place.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/groups.py" line="+41"/>
        <source>Groups saved in the workspace</source>
        <translation>Groupes enregistrés dans l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/locking.py" line="+37"/>
        <source>its folder cannot be written ({error})</source>
        <translation>impossible d’écrire dans son dossier ({error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is marked read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: {path} is in use by {holder}. Nothing here is saved to it; close it there and open it again (File &gt; Open workspace…), or keep new work with File &gt; Save workspace as….</source>
        <translation>Lecture seule : {path} est utilisé par {holder}. Rien n’y est enregistré depuis cette fenêtre ; fermez-le dans ce programme et rouvrez-le (Fichier &gt; Ouvrir un espace de travail…), ou conservez le nouveau travail avec Fichier &gt; Enregistrer l’espace de travail sous….</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: {path} cannot be written ({holder}). Nothing here is saved to it; keep new work with File &gt; Save workspace as….</source>
        <translation>Lecture seule : impossible d’écrire dans {path} ({holder}). Rien n’y est enregistré depuis cette fenêtre ; conservez le nouveau travail avec Fichier &gt; Enregistrer l’espace de travail sous….</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is in use by {holder}. Close it there first.</source>
        <translation>{path} est utilisé par {holder}. Fermez-le d’abord dans ce programme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be written: {holder}.</source>
        <translation>Impossible d’écrire dans {path} : {holder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>Workspace in use</source>
        <translation>Espace de travail en cours d’utilisation</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The other program let go of {path}: this window saves to it now</source>
        <translation>L’autre programme a libéré {path} : cette fenêtre y enregistre désormais</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path} is in use by {holder}.

This window can show it but will not save to it, so that nothing the other program adds is lost.</source>
        <translation>{path} est utilisé par {holder}.

Cette fenêtre peut l’afficher mais n’y enregistrera rien, pour que rien de ce qu’ajoute l’autre programme ne soit perdu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/workspace/renaming.py" line="+26"/>
        <source>Rename dataset</source>
        <translation>Renommer le jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of {dataset}:</source>
        <translation>Nouveau nom de {dataset} :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A dataset needs a name of its own.</source>
        <translation>Un jeu de données doit avoir un nom qui lui est propre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another dataset is called {dataset}.</source>
        <translation>Un autre jeu de données s’appelle {dataset}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not renamed</source>
        <translation>Non renommé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{old} renamed {new} (saved)</source>
        <translation>{old} renommé {new} (enregistré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{old} renamed {new} (NOT saved)</source>
        <translation>{old} renommé {new} (NON enregistré)</translation>
    </message>
</context>
</TS>
