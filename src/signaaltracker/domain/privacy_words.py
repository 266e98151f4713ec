"""Capitalised words that are not first names, for the name-with-age check of domain/privacy.py.

Sentence starts and group nouns ("Jongeren (15)", "Leerlingen, 16 jaar en ouder") must not be taken for a name.
"""

_WORDS = """
aantal aantallen af al alle alleen allemaal alcohol bezoekers bij bijna circa cijfers daar daarnaast daarom dan dat
de deelnemers deze die dit doelgroep door drugs een eind eerste er gemiddeld groep groepen groepje groepjes
gebruikers het hier hun in jaar jaren jeugd jongen jongens jongere jongeren jongvolwassenen kinderen klas klassen
leeftijd leerling leerlingen maar meer meest meisje meisjes melding meldingen met minder na naar nog nu ongeveer
ook op over rond ruim scholieren school scholen sinds signaal signalen sommige structuur tijdens toen tot totaal
twee uit van veel verder vooral voor waarvan week weken wel wijk zo zowel zij zo'n januari februari maart april
mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag
zondag groep gemeente politie handhaving tactus jongerenwerk
"""

NOT_NAMES = frozenset(_WORDS.split())
