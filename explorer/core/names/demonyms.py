"""Demonyms in French, Spanish, Italian and Portuguese (and a few more English forms).

Why a table of its own: victims' origins are often written as a nationality in the
reporting country's language (``roumain``, ``marroquíes``, ``albanesi``), which neither
pycountry nor babel lists. The forms are written compactly, one line a country, so a
reviewer can add a language's endings at a glance; the lookup tables expand them.
"""

from __future__ import annotations

#: Demonyms in French, Spanish, Italian and Portuguese (and a few more English forms).
#: ``stem[a,b,c]`` expands to stem+a, stem+b, stem+c; ``[]`` in a suffix list is empty.
DEMONYMS: dict[str, str] = {
    "ALB": "albanais[,e,es] alban[es,esa,eses,esas,ese,esi] albanes[a,as,es] albanian[o,a,os,as]",
    "ROU": "roumain[,e,s,es] rumano[,s] rumana[,s] rumen[o,a,i,e,os,as] romen[o,a,os,as]",
    "BGR": "bulgare[,s] bulgar[o,a,os,as,i,e]",
    "NGA": "nigerian[,e,s,es,o,a,os,as,i] nigérian[,e,s,es]",
    "NER": "nigerien[,ne,s,nes] nigérien[,ne,s,nes] nigerin[o,a,os,as,i,e]",
    "MLI": "malien[,ne,s,nes] malian[o,a,os,as,i,e] malinese malinesi",
    "MAR": (
        "marocain[,e,s,es] marroqu[i,ies,íes] marocchin[o,a,i,e] "
        "marroquin[o,a,os,as] moroccan[,s] morrocan"
    ),
    "TUN": "tunisien[,ne,s,nes] tunecin[o,a,os,as] tunisin[o,a,i,e] tunisian[o,a,os,as]",
    "DZA": "algerien[,ne,s,nes] argelin[o,a,os,as] algerin[o,a,i,e] argelian[o,a,os,as]",
    "CHN": "chinois[,e,es] chin[o,a,os,as] cines[e,i] chines[a,as,es]",
    "BRA": (
        "bresilien[,ne,s,nes] brasile[ro,ra,ros,ras,ño,ña,ños,ñas,no,na] "
        "brasilian[o,a,i,e] brasilero brasilera"
    ),
    "FRA": "francais[,e,es] frances[,a,as,es] frances[e,i] francese",
    "ITA": "italien[,ne,s,nes] italian[o,a,os,as,i,e]",
    "ESP": (
        "espagnol[,e,s,es] español[,a,es,as] espanol[,a,es,as] spagnol[o,a,i,e] espanhol[,a,is,as]"
    ),
    "PRT": "portugais[,e,es] portugues[,a,as,es] portoghes[e,i] portuguesa",
    "DEU": "allemand[,e,s,es] aleman[,a,es,as] tedesc[o,a,hi,he] alem[ao,aes,a,as]",
    "BEL": "belge[,s] belga[,s] belg[i,he]",
    "NLD": (
        "neerlandais[,e,es] neerlandes[,a,as,es] "
        "oland[ese,esi] holandes[,a,as,es] hollandais[,e,es]"
    ),
    "LUX": "luxembourgeois[,e,es] luxemburgues[,a,as,es] lussemburghes[e,i]",
    "POL": "polonais[,e,es] polac[o,a,os,as,chi,che] polones[,a,as,es] polacc[o,a,hi,he]",
    "UKR": "ukrainien[,ne,s,nes] ucranian[o,a,os,as,i,e]",
    "RUS": "russe[,s] rus[o,a,os,as] russ[o,a,i,e]",
    "HUN": "hongrois[,e,es] hungar[o,a,os,as] ungheres[e,i]",
    "CZE": "tcheque[,s] chec[o,a,os,as] cec[o,a,hi,he] tchec[o,a,os,as]",
    "SVK": "slovaque[,s] eslovac[o,a,os,as] slovacc[o,a,hi,he]",
    "SRB": "serbe[,s] serbi[o,a,os,as] serb[o,a,i,e]",
    "HRV": "croate[,s] croat[a,as,o,i,e]",
    "VNM": "vietnamien[,ne,s,nes] vietnamit[a,as] vietnamit[i,e]",
    "THA": "thailandais[,e,es] tailandes[,a,as,es] thailandes[e,i] tailandes[e,i]",
    "PHL": "philippin[,e,s,es] filipin[o,a,os,as,i,e]",
    "IND": "indien[,ne,s,nes] indi[o,a,os,as] indian[o,a,i,e]",
    "PAK": "pakistanais[,e,es] paquistan[i,ies,íes] pakistan[o,a,i,e]",
    "AFG": "afghan[,e,s,es,o,a,i] afgan[o,a,os,as]",
    "BGD": "bangladais[,e,es] bangladesi bangladesies bengal[i,ies,esi]",
    "NPL": "nepalais[,e,es] nepal[es,esa,eses,esas,ese,esi] nepali",
    "IDN": "indonesien[,ne,s,nes] indonesi[o,a,os,as] indonesian[o,a,i,e]",
    "MEX": "mexicain[,e,s,es] mexican[o,a,os,as] messican[o,a,i,e]",
    "GTM": "guatemalteque[,s] guatemaltec[o,a,os,as,hi,he]",
    "HND": "hondurien[,ne,s,nes] hondure[ño,ña,ños,ñas,no,na,nos,nas] honduregn[o,a,i,e]",
    "SLV": "salvadorien[,ne,s,nes] salvadore[ño,ña,ños,ñas,no,na,nos,nas] salvadoregn[o,a,i,e]",
    "NIC": "nicaraguayen[,ne,s,nes] nicaraguense[,s]",
    "CRI": "costaricien[,ne,s,nes] costarricense[,s]",
    "PAN": "panameen[,ne,s,nes] panamen[o,a,os,as,se,si] panameñ[o,a,os,as]",
    "COL": "colombien[,ne,s,nes] colombian[o,a,os,as,i,e]",
    "VEN": "venezuelien[,ne,s,nes] venezolan[o,a,os,as] venezuelan[o,a,i,e]",
    "ECU": "equatorien[,ne,s,nes] ecuatorian[o,a,os,as] ecuadorian[o,a,i,e] equatorian[o,a,os,as]",
    "PER": "peruvien[,ne,s,nes] peruan[o,a,os,as] peruvian[o,a,i,e]",
    "BOL": "bolivien[,ne,s,nes] bolivian[o,a,os,as,i,e]",
    "PRY": "paraguayen[,ne,s,nes] paraguay[o,a,os,as] paraguaian[o,a,i,e]",
    "ARG": "argentin[,e,s,es,o,a,os,as,i]",
    "CHL": "chilien[,ne,s,nes] chilen[o,a,os,as] cilen[o,a,i,e]",
    "URY": "uruguayen[,ne,s,nes] uruguay[o,a,os,as] uruguaian[o,a,i,e]",
    "CUB": "cubain[,e,s,es] cuban[o,a,os,as,i,e]",
    "DOM": "dominicain[,e,s,es] dominican[o,a,os,as,i,e]",
    "HTI": "haitien[,ne,s,nes] haitian[o,a,os,as,i,e]",
    "BLZ": "belizien[,ne,s,nes] belice[ño,ña,ños,ñas,no,na,nos,nas] belizean[o,a,i,e]",
    "JAM": "jamaicain[,e,s,es] jamaiquin[o,a,os,as] giamaican[o,a,i,e]",
    "CAN": "canadien[,ne,s,nes] canadiense[,s] canades[e,i]",
    "USA": "americain[,e,s,es] estadounidense[,s] statunitens[e,i] norteamerican[o,a,os,as]",
    "CMR": "camerounais[,e,es] camerun[es,esa,eses,esas,ense,ensi]",
    "CIV": "ivoirien[,ne,s,nes] marfileñ[o,a,os,as] marfilen[o,a,os,as] ivorian[o,a,i,e]",
    "GHA": "ghaneen[,ne,s,nes] ghanes[,a,es,as,e,i] ghanaian[,s]",
    "SEN": "senegalais[,e,es] senegales[,a,as,es,e,i]",
    "GIN": "guineen[,ne,s,nes] guinean[o,a,os,as]",
    "ERI": "erythreen[,ne,s,nes] eritre[o,a,os,as,i,e]",
    "ETH": "ethiopien[,ne,s,nes] etiope[,s] etiop[i]",
    "SOM": "somalien[,ne,s,nes] somali[,es,s]",
    "SDN": "soudanais[,e,es] sudanes[,a,as,es,e,i]",
    "KEN": "kenyan[,e,s,es,o,a,i] kenian[o,a,os,as] kenyano kenianos",
    "UGA": "ougandais[,e,es] ugandes[,a,as,es,e,i]",
    "EGY": "egyptien[,ne,s,nes] egipci[o,a,os,as] egizian[o,a,i,e]",
    "TUR": "turc[,s] turque[,s] turc[o,a,os,as,hi,he]",
    "SYR": "syrien[,ne,s,nes] siri[o,a,os,as] sirian[o,a,i,e]",
    "IRQ": "irakien[,ne,s,nes] iraqu[i,ies,íes] irachen[o,a,i,e]",
    "GEO": "georgien[,ne,s,nes] georgian[o,a,os,as] georgian[i,e]",
    "ARM": "armenien[,ne,s,nes] armeni[o,a,os,as]",
    "AZE": "azerbaidjanais[,e,es] azerbaiyan[o,a,os,as] azer[i,ies]",
    "UZB": "ouzbek[,e,s,es] uzbek[o,a,os,as,istano,istana]",
    "KGZ": "kirghiz[,e,es] kirgu[is,ises,iso,isa] kirghis[o,a,i,e]",
    "KAZ": "kazakh[,e,s,es] kazaj[o,a,os,as] kazak[o,a,i,e]",
    "MNG": "mongol[,e,s,es,a,as,o,i] mongoles",
    "MMR": "birman[,e,s,es,o,a,os,as,i]",
    "KHM": "cambodgien[,ne,s,nes] camboyan[o,a,os,as] cambogian[o,a,i,e]",
    "LKA": "srilankais[,e,es] srilanques[,a,es,as] cingales[,a,es,as,e,i]",
    "JPN": "japonais[,e,es] japones[,a,as,es] giappones[e,i]",
    "KOR": "sudcoreano[,s] sudcoreana[,s] sud-coreen[,ne,s,nes]",
    "PRK": "nordcoreano[,s] nordcoreana[,s] nord-coreen[,ne,s,nes]",
}
