"""The world of the reference council memo (Noordoostpolder, 24 October 2024) as plain data: its organisations,
themes, signals, consultation structures, activities, facts and memo texts. ``exchange.demo`` puts it in a
database."""

from __future__ import annotations

from signaaltracker.domain.enums import (
    ActivityPillar,
    OrganisationKind,
    Setting,
    SharingLevel,
    SourceKind,
    ThemeKind,
    Trend,
)

TACTUS = "Tactus verslavingszorg"
CARREFOUR = "Carrefour"
YFC = "Youth for Christ (’t Heelal)"
SCHOOLS = "Basis- en voortgezet onderwijs Noordoostpolder"
SOCIAL = "Sociaal Domein gemeente Noordoostpolder"
ENFORCEMENT = "Handhaving gemeente Noordoostpolder"
POLICE = "Politie basisteam Dronten, Noordoostpolder en Urk"

ORGANISATIONS = [
    (TACTUS, OrganisationKind.CARE, "Verslavingszorg; vrij toegankelijke hulp voor jongeren en volwassenen."),
    (CARREFOUR, OrganisationKind.YOUTH_WORK, "Jongerenwerk in de Noordoostpolder."),
    (YFC, OrganisationKind.YOUTH_WORK, "Jongerenwerk vanuit jongerencentrum ’t Heelal."),
    (SCHOOLS, OrganisationKind.EDUCATION, "Scholen voor basis- en voortgezet onderwijs."),
    (SOCIAL, OrganisationKind.MUNICIPALITY, "Beleidsadviseur jeugd, klantmanagers jeugd, OOV."),
    (ENFORCEMENT, OrganisationKind.ENFORCEMENT, "Boa's van de gemeente."),
    (POLICE, OrganisationKind.POLICE, "Jeugdpolitie en wijkagenten."),
]

THEMES = [
    ("3MMC", ThemeKind.SUBSTANCE, ""),
    ("Cannabis", ThemeKind.SUBSTANCE, ""),
    ("Gamen", ThemeKind.BEHAVIOUR, ""),
    ("Alcohol", ThemeKind.SUBSTANCE, ""),
    ("KOV", ThemeKind.OTHER, "kinderen van ouders met verslavingsproblematiek"),
    ("Telefoon/social media", ThemeKind.BEHAVIOUR, ""),
    ("Drugs algemeen", ThemeKind.SUBSTANCE, ""),
    ("Lachgas", ThemeKind.SUBSTANCE, ""),
]

AGE_GROUPS = [("0-18", 0, 18, 1), (">18", 19, None, 2)]

# One signal per signal bullet of the reference memo: (observed on, organisation, themes, age group, setting,
# kind of source, trend, summary). All of sharing level *raad*.
MEMO_SIGNALS = [
    (
        "2024-03-14",
        TACTUS,
        ["3MMC"],
        "0-18",
        Setting.SCHOOL,
        SourceKind.CARE,
        Trend.RISING,
        "De gemeente krijgt via haar partnerorganisaties zoals middelbare scholen, Carrefour en Tactus signalen dat "
        "het 3MMC gebruik onder jongeren stijgt.",
    ),
    (
        "2024-04-11",
        SOCIAL,
        ["Drugs algemeen"],
        ">18",
        Setting.OTHER,
        SourceKind.OWN_OBSERVATION,
        Trend.UNKNOWN,
        "De signalen die de gemeente ontvangt betreffen vooral druggebruik onder jongeren en jongvolwassenen.",
    ),
    (
        "2024-05-23",
        SCHOOLS,
        ["3MMC", "Drugs algemeen"],
        "0-18",
        Setting.SCHOOL,
        SourceKind.OWN_OBSERVATION,
        Trend.RISING,
        "De signalen die wij via onze partners ontvangen zijn gebaseerd op zichtbare waarneming zoals "
        "gedragsveranderingen bij jongeren op school en feesten.",
    ),
    (
        "2024-06-06",
        CARREFOUR,
        ["Drugs algemeen", "Alcohol"],
        "0-18",
        Setting.ONLINE,
        SourceKind.OWN_OBSERVATION,
        Trend.RISING,
        "Het jongerenwerk ziet dat jongeren steeds vaker drugs gebruiken t.o.v. bijvoorbeeld alcohol. Het is minder "
        "kostbaar en makkelijk te verkrijgen via onlinekanalen.",
    ),
    (
        "2024-07-20",
        YFC,
        ["3MMC", "Drugs algemeen"],
        "0-18",
        Setting.FESTIVAL,
        SourceKind.OWN_OBSERVATION,
        Trend.UNKNOWN,
        "Tijdens festivals wordt door jongerenwerkers opvallend gedrag onder jongeren waargenomen, mogelijk t.g.v. "
        "druggebruik. Handhaving ziet deze signalen ook, maar kan niets aanvangen als er geen concreet gebruik of "
        "anderszins zichtbaar is.",
    ),
    (
        "2024-08-15",
        POLICE,
        ["Drugs algemeen"],
        ">18",
        Setting.STREET,
        SourceKind.POLICE,
        Trend.STABLE,
        "De politie ziet in haar handhavend optreden ook soms signalen van drugsgebruik, maar houdt zich met name "
        "bezig met de opsporing van strafbare feiten zoals drugs dealen, opslag en productie van drugs of het begaan "
        "van een overtreding onder invloed.",
    ),
    (
        "2024-09-05",
        YFC,
        ["Drugs algemeen"],
        "0-18",
        Setting.OTHER,
        SourceKind.DISCLOSED_BY_YOUTH,
        Trend.UNKNOWN,
        "Onder jongerenwerkers zijn jeugdigen bekend die gebruiken. Vanwege de vertrouwelijke aard van deze "
        "informatie, is het lastig om hier concreet vervolg aan te geven. Wel gaan zij hier het gesprek over aan en "
        "proberen jongeren te motiveren tot het zoeken van hulp. Dit is in vrijwillig kader en daardoor afhankelijk "
        "van de bereidheid van de jeugdige.",
    ),
    (
        "2024-09-26",
        CARREFOUR,
        ["Cannabis"],
        "0-18",
        Setting.STREET,
        SourceKind.OWN_OBSERVATION,
        Trend.STABLE,
        "Er wordt gemerkt dat er onder jongeren weinig gene leeft als het gaat om gebruik van (soft)drugs. "
        "Het is ‘normaal’.",
    ),
]

# Signals for the meeting documents only: they show that sharing levels work and never reach the memo.
OTHER_SIGNALS = [
    (
        "2024-09-19",
        ENFORCEMENT,
        ["Lachgas"],
        "0-18",
        Setting.STREET,
        SourceKind.ENFORCEMENT,
        Trend.RISING,
        SharingLevel.OVERLEG,
        "Boa's treffen in de avonduren vaker lege lachgaspatronen aan bij de skatebaan in Emmeloord.",
    ),
    (
        "2024-10-03",
        CARREFOUR,
        ["3MMC"],
        "0-18",
        Setting.OTHER,
        SourceKind.DISCLOSED_BY_YOUTH,
        Trend.UNKNOWN,
        SharingLevel.VERTROUWELIJK,
        "Een groep jongeren in een van de dorpen vertelt dat 3-MMC in hun vriendenkring via sociale media wordt "
        "besteld; jongerenwerk blijft in gesprek.",
    ),
]

STRUCTURES = [
    (
        "NADA NOP",
        "Convenant drank- en drugsvrij beleid binnen het onderwijs",
        "gemeente, onderwijs, politie, jongerenwerk, OOV",
        12,
        [SOCIAL, SCHOOLS, POLICE, CARREFOUR, YFC],
        "Integraal overleg tussen gemeente, onderwijs, politie, jongerenwerk, OOV. Deze partners hebben met elkaar een "
        "convenant gesloten rondom een drank- en drugsvrij beleid binnen het onderwijs. Periodiek komt men samen en "
        "worden trends en ontwikkelingen besproken en waar mogelijk vervolgacties besproken.",
    ),
    (
        "Jongerenoverleg",
        "Zorgen, signalen, trends en ontwikkelingen bespreken en vervolgstappen bepalen",
        "jongerenwerk, OOV, jeugdpolitie, klantmanagers jeugd, beleidsadviseur jeugd",
        6,
        [CARREFOUR, YFC, SOCIAL, POLICE, ENFORCEMENT],
        "6-wekelijks overleg tussen jongerenwerk, OOV, jeugdpolitie, klantmanagers jeugd, beleidsadviseur jeugd. "
        "We bespreken zorgen, signalen, trends en ontwikkelingen en bepalen passende vervolgstappen.",
    ),
    (
        "Voortgangsoverleg met jongerenwerkorganisaties",
        "Resultaatafspraken met het jongerenwerk",
        "gemeente, Carrefour, Youth for Christ",
        13,
        [SOCIAL, CARREFOUR, YFC],
        "Hierin worden afspraken gemaakt over te behalen resultaten, waaronder preventieve activiteiten intern, op "
        "straat of binnen het onderwijs, signaleren en doorverwijzen naar hulp.",
    ),
    (
        "Persoons Gerichte Aanpak (PGA) jongeren en volwassenen",
        "Ondersteuning op alle leefgebieden",
        "gemeente, zorg, politie",
        4,
        [SOCIAL, TACTUS, POLICE],
        "Deelnemer aan de PGA krijgt mogelijkheid tot ondersteuning geboden, op alle leefgebieden. Wanneer sprake is "
        "van verslaving, wordt daarop ingezet.",
    ),
]

ACTIVITIES = [
    (
        "Vrij toegankelijke verslavingshulp",
        ActivityPillar.SIGNALLING,
        "",
        [TACTUS],
        "Noordoostpolder heeft vrij toegankelijke verslavingshulp beschikbaar, bij Tactus en Amethist.",
    ),
    (
        "Preventieve activiteiten jongerenwerk",
        ActivityPillar.EDUCATION,
        "",
        [CARREFOUR, YFC],
        "Noordoostpolder zet blijvend in op preventieve activiteiten. Dit doen wij via jongerenwerk (carrefour en "
        "Youth for Christ (’t Heelal))",
    ),
    (
        "Preventiemethode in het onderwijs (IZA)",
        ActivityPillar.EDUCATION,
        "IZA",
        [SCHOOLS, CARREFOUR],
        "Vanuit het Integraal Zorg Akkoord (IZA) wordt extra budget ingezet voor een speciale methode binnen het "
        "onderwijs. Vanuit het IZA wordt ook ingezet op het trainen van de jongerenwerkers voor deze methode.",
    ),
    (
        "Afstemming in het jongerenoverleg",
        ActivityPillar.SIGNALLING,
        "",
        [SOCIAL, CARREFOUR, YFC, POLICE],
        "Binnen het jongerenoverleg wordt met de partners afgestemd welke signalen we zien en hoe we daarop in kunnen "
        "spelen.",
    ),
    (
        "Handhaving tijdens festiviteiten",
        ActivityPillar.REGULATION,
        "",
        [ENFORCEMENT, POLICE, CARREFOUR],
        "Handhaving is actief tijdens festiviteiten, in nauwe samenwerking met politie en jongerenwerk.",
    ),
    (
        "Gesprekken jongerenwerk",
        ActivityPillar.SIGNALLING,
        "",
        [CARREFOUR, YFC],
        "Jongerenwerk gaat in gesprek met jongeren waarvan zij vermoeden dat er (mogelijk) druggebruik aan de orde is.",
    ),
    (
        "Bestuurlijk optreden",
        ActivityPillar.REGULATION,
        "",
        [SOCIAL, POLICE],
        "De gemeente Noordoostpolder treedt bestuurlijk op wanneer de politie een bestuurlijke rapportage aanlevert "
        "waarin sprake is van druggerelateerde problematiek. Hierbij valt de denken aan een woningsluiting of een last "
        "onder dwangsom.",
    ),
]

FACTS = [
    (
        "2024-10-10",
        TACTUS,
        "Er is een toename van het aantal jongeren/jongvolwassenen dat hulp zoekt bij Tactus verslavingszorg. Dit "
        "gaat om verschillende verslavingsvormen.",
    ),
    (
        "2024-06-01",
        "Gezondheidsmonitor Jeugd (GGD)",
        "Gezondheidsmonitor jeugd laat geen afwijkende cijfers zien ten opzichte van landelijk gebruik onder "
        "leeftijdsgenoten. De gezondheidsmonitor wordt afgenomen in de klassen 2 en 4 van het voortgezet onderwijs.",
    ),
]

MEMO_INTRO = (
    "In de raadsvergadering van 16 september 2024 is de toezegging gedaan dat het college in overleg met de "
    "partners een onderzoek laat uitvoeren naar het gebruik van harddrugs in het bijzonder 3-MMC.\n"
    "Met deze memo informeren wij u dat deze toezegging niet uitvoerbaar is. Het is niet mogelijk om harde cijfers "
    "te verstrekken over het gebruik van harddrugs in het algemeen en in het bijzonder 3-MMC. De reden hiervoor is "
    "dat het gebruik veelal plaats vindt in het illegale circuit en daarom niet meetbaar."
)
MEMO_SIGNALS_INTRO = (
    "Wij zijn op de hoogte van signalen rondom het gebruik van (hard)drugs. De gemeente Noordoostpolder brengt dit "
    "onderwerp op verschillende manieren en plekken onder de aandacht en trekt hierin op met lokale partners. Dit "
    "vertaalt zich in aanbod die problematiek tegen gaat, maar ook in overlegstructuren waarbinnen signalen "
    "uitgewisseld worden en van waaruit noodzakelijke actie wordt ondernomen."
)
MEMO_CLOSING = (
    "Wij voeren intern en extern verschillende gesprekken over de zorgen en signalen die ons bereiken. We "
    "concluderen daarbij; zonder concrete situaties waarbij daadwerkelijk wordt waargenomen dat iemand handelt of "
    "gebruikt, of dat er een wet overtreden wordt, is het voor ons en onze partners vrijwel onmogelijk om een "
    "duidelijk beeld te schetsen.\n"
    "De gemeente Noordoostpolder probeert samen met haar partners de signalen en ontwikkelingen op gebied van "
    "drugsgebruik te volgen. Hierbij moeten wij de kanttekening maken dat het vrijwel onmogelijk is om concrete "
    "cijfers over het gebruik boven tafel te krijgen.\n"
    "Vanuit het Trimbos instituut is een model drugspreventiebeleid ontwikkeld voor gemeenten, die als basis kan "
    "worden gebruikt voor verder onderzoek. Wij volgen dit model vanuit de gemeente Noordoostpolder ook. Wanneer er "
    "nieuwe interventies bekend worden kijken wij of wij deze ook kunnen invoeren en toepassen.\n"
    "In andere gemeenten heeft men wel gebruik gemaakt van rioolwateronderzoek. Uit metingen kunnen dan bepaalde "
    "conclusies worden getrokken. Een dergelijk onderzoek kan ook politiek gevoelig liggen. Afhankelijk van de "
    "uitkomst kan je een behoorlijk stempel krijgen en daaraan gerelateerd ook media-aandacht.\n"
    "In voorkomende gevallen voeren andere gemeenten rioolwateronderzoeken uit om een duiding te krijgen van het "
    "drugsgebruik in hun gemeente. Dit onderzoek is in de Noordoostpolder nog nooit uitgevoerd, maar zou op een "
    "langere termijn bij herhaaldelijk onderzoek trends kunnen geven. Hierbij moeten wel een aantal kanttekeningen "
    "gemaakt worden. Uit eerste inventarisatie lijkt een dergelijk onderzoek ongeveer 30.000 euro te kosten wanneer "
    "je dit bij een commerciële partij laat uitvoeren en kan je op basis van eenmalig onderzoek geen trends zien. "
    "Daarnaast moet er in overleg met het waterschap Zuiderzeeland gekeken worden op welke "
    "rioolwaterzuiveringsinstallaties wij zijn aangesloten en wij separaat van andere gemeenten kunnen worden "
    "getest. Ook moet opgemerkt worden dat je de hele gemeente in één keer test en geen onderscheid te maken is "
    "tussen verschillende gebieden en dorpen. Uitvoering van een dergelijk onderzoek zou dus op zijn vroegst pas in "
    "2025 kunnen plaatsvinden."
)

INTAKE_SOURCE = TACTUS
