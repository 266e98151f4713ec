<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>{chart} als tabel</source>
        <translation>{chart} as a table</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Waarde onder de muis ({chart})</source>
        <translation>Value under the mouse ({chart})</translation>
    </message>
    <message>
        <source>Opslaan als PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>{chart} opslaan als PNG</source>
        <translation>Save {chart} as PNG</translation>
    </message>
    <message>
        <source>Toon als tabel…</source>
        <translation>Show as table…</translation>
    </message>
    <message>
        <source>{chart}: toon de cijfers als tabel</source>
        <translation>{chart}: show the figures as a table</translation>
    </message>
    <message>
        <source>De cijfers van de grafiek als tabel (ook met Enter op de grafiek)</source>
        <translation>The chart&apos;s figures as a table (also Enter on the chart)</translation>
    </message>
    <message>
        <source>{chart}: geen gegevens.</source>
        <translation>{chart}: no data.</translation>
    </message>
    <message>
        <source>en nog {count} waarden: kies &apos;Toon als tabel&apos;</source>
        <translation>and {count} more values: choose &apos;Show as table&apos;</translation>
    </message>
    <message>
        <source>Grafiek opslaan als PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PNG-afbeelding (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Instroom per periode naar type</source>
        <translation>Intake per period by type</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Nog geen instroomcijfers</source>
        <translation>No intake figures yet</translation>
    </message>
    <message>
        <source>leeftijd {age}</source>
        <translation>age {age}</translation>
    </message>
    <message>
        <source>Signalen per maand naar thema</source>
        <translation>Signals per month by theme</translation>
    </message>
    <message>
        <source>Geen signalen in deze periode</source>
        <translation>No signals in this period</translation>
    </message>
    <message>
        <source>Signalen per thema: deze periode en de vorige</source>
        <translation>Signals per theme: this period and the previous one</translation>
    </message>
    <message>
        <source>Geen signalen in deze perioden</source>
        <translation>No signals in these periods</translation>
    </message>
    <message>
        <source>mg/1000 inwoners/dag</source>
        <translation>mg/1000 inhabitants/day</translation>
    </message>
    <message>
        <source>Rioolwater: vracht per jaar</source>
        <translation>Wastewater: load per year</translation>
    </message>
    <message>
        <source>Rioolwater: {substance}, {measure} per jaar</source>
        <translation>Wastewater: {substance}, {measure} per year</translation>
    </message>
    <message>
        <source>Rioolwater: {measure} per jaar</source>
        <translation>Wastewater: {measure} per year</translation>
    </message>
    <message>
        <source>Geen metingen voor deze stof en meetplaatsen</source>
        <translation>No measurements for this substance and these sites</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Er ging iets mis in SignaalTracker. Uw gegevens zijn opgeslagen tot de laatste bevestigde wijziging.

Kopieer het rapport hieronder en stuur het naar uw functioneel beheerder.</source>
        <translation>Something went wrong in SignaalTracker. Your data has been saved up to the last confirmed change.

Copy the report below and send it to your application administrator.</translation>
    </message>
    <message>
        <source>Rapport kopiëren</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>Actie bewerken</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <source>Nieuwe actie</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Omschrijving van de actie</source>
        <translation>Description of the action</translation>
    </message>
    <message>
        <source>— kies een organisatie —</source>
        <translation>— choose an organisation —</translation>
    </message>
    <message>
        <source>Eigenaar (organisatie)</source>
        <translation>Owner (organisation)</translation>
    </message>
    <message>
        <source>Uiterste datum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>uiterste datum</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gekoppelde signalen</source>
        <translation>Linked signals</translation>
    </message>
    <message>
        <source>&amp;Actie:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Eigenaar:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Uiterlijk:</source>
        <translation>&amp;Due by:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Signalen:</source>
        <translation>&amp;Signals:</translation>
    </message>
    <message>
        <source>Niet opgeslagen: pas de omschrijving aan.</source>
        <translation>Not saved: edit the description.</translation>
    </message>
    <message>
        <source>&amp;Actief</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Organisatie bewerken</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <source>Nieuwe organisatie</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Om&amp;schrijving:</source>
        <translation>De&amp;scription:</translation>
    </message>
    <message>
        <source>Thema bewerken</source>
        <translation>Edit theme</translation>
    </message>
    <message>
        <source>Nieuw thema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>Naam van het thema</source>
        <translation>Name of the theme</translation>
    </message>
    <message>
        <source>Soort thema</source>
        <translation>Kind of theme</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Thema &apos;{name}&apos; samenvoegen</source>
        <translation>Merge theme &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Samenvoegen met</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; wordt {uses} keer gebruikt. Alle signalen en cijfers gaan over naar het gekozen thema; &apos;{name}&apos; blijft bestaan maar wordt gedeactiveerd.</source>
        <translation>&apos;{name}&apos; is used {uses} times. All signals and figures move to the chosen theme; &apos;{name}&apos; remains but is deactivated.</translation>
    </message>
    <message>
        <source>Samenvoegen &amp;met:</source>
        <translation>Merge &amp;into:</translation>
    </message>
    <message>
        <source>Er is geen ander actief thema om mee samen te voegen.</source>
        <translation>There is no other active theme to merge with.</translation>
    </message>
    <message>
        <source>Leeftijdsgroep bewerken</source>
        <translation>Edit age group</translation>
    </message>
    <message>
        <source>Nieuwe leeftijdsgroep</source>
        <translation>New age group</translation>
    </message>
    <message>
        <source>Naam van de leeftijdsgroep</source>
        <translation>Name of the age group</translation>
    </message>
    <message>
        <source>Ondergrens</source>
        <translation>Lower bound</translation>
    </message>
    <message>
        <source>Bovengrens</source>
        <translation>Upper bound</translation>
    </message>
    <message>
        <source>Volgorde</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>&amp;Vanaf leeftijd:</source>
        <translation>&amp;From age:</translation>
    </message>
    <message>
        <source>&amp;Tot en met leeftijd:</source>
        <translation>&amp;Up to and including age:</translation>
    </message>
    <message>
        <source>V&amp;olgorde:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <source> (inactief)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>Overlegstructuur bewerken</source>
        <translation>Edit consultation structure</translation>
    </message>
    <message>
        <source>Nieuwe overlegstructuur</source>
        <translation>New consultation structure</translation>
    </message>
    <message>
        <source>Naam van het overleg</source>
        <translation>Name of the meeting</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Interval in weken</source>
        <translation>Interval in weeks</translation>
    </message>
    <message>
        <source>Deelnemende organisaties</source>
        <translation>Participating organisations</translation>
    </message>
    <message>
        <source>Deelnemers in woorden (voor de memo)</source>
        <translation>Participants in words (for the memo)</translation>
    </message>
    <message>
        <source>Omschrijving voor de memo</source>
        <translation>Description for the memo</translation>
    </message>
    <message>
        <source>&amp;Doel:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Interval:</translation>
    </message>
    <message>
        <source>Deelnemende &amp;organisaties:</source>
        <translation>Participating &amp;organisations:</translation>
    </message>
    <message>
        <source>Deelnemers in &amp;woorden:</source>
        <translation>Participants in &amp;words:</translation>
    </message>
    <message>
        <source>Om&amp;schrijving (memo):</source>
        <translation>De&amp;scription (memo):</translation>
    </message>
    <message>
        <source>Activiteit bewerken</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Naam van de activiteit</source>
        <translation>Name of the activity</translation>
    </message>
    <message>
        <source>Pijler (Trimbos)</source>
        <translation>Pillar (Trimbos)</translation>
    </message>
    <message>
        <source>Betrokken organisaties</source>
        <translation>Organisations involved</translation>
    </message>
    <message>
        <source>Financiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Begindatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>&amp;Pijler (Trimbos):</source>
        <translation>&amp;Pillar (Trimbos):</translation>
    </message>
    <message>
        <source>&amp;Organisaties:</source>
        <translation>&amp;Organisations:</translation>
    </message>
    <message>
        <source>&amp;Financiering:</source>
        <translation>&amp;Funding:</translation>
    </message>
    <message>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Tot:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>In memo</source>
        <translation>In memo</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Feit</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Feiten</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Datum van het feit, of begin van de periode</source>
        <translation>Date of the fact, or start of its period</translation>
    </message>
    <message>
        <source>Einde van de periode van het feit (leeg: één datum)</source>
        <translation>End of the fact&apos;s period (empty: a single date)</translation>
    </message>
    <message>
        <source>Bron van het feit</source>
        <translation>Source of the fact</translation>
    </message>
    <message>
        <source>Tekst van het feit</source>
        <translation>Text of the fact</translation>
    </message>
    <message>
        <source>Opnemen in de raadsmemo</source>
        <translation>Include in the council memo</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Bron:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Feit:</source>
        <translation>&amp;Fact:</translation>
    </message>
    <message>
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Wordt opgenomen in de memo.</source>
        <translation>Included in the memo.</translation>
    </message>
    <message>
        <source>Wordt niet opgenomen in de memo.</source>
        <translation>Not included in the memo.</translation>
    </message>
    <message>
        <source>Feit opgeslagen.</source>
        <translation>Fact saved.</translation>
    </message>
    <message>
        <source>Kies eerst een feit.</source>
        <translation>First choose a fact.</translation>
    </message>
    <message>
        <source>Feit verwijderd.</source>
        <translation>Fact deleted.</translation>
    </message>
    <message>
        <source>Fouten per rij</source>
        <translation>Errors per row</translation>
    </message>
    <message>
        <source>Controle van totalen en overgeslagen rijen</source>
        <translation>Check of totals and skipped rows</translation>
    </message>
    <message>
        <source>Een totaal in het bestand klopt niet met de cellen. Ik heb het bestand gecontroleerd: toch inlezen.</source>
        <translation>A total in the file does not match the cells. I have checked the file: import anyway.</translation>
    </message>
    <message>
        <source>Voorbeeld van de cijfers</source>
        <translation>Preview of the figures</translation>
    </message>
    <message>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Wordt</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>Inlezen</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Van {start} tot {end}</source>
        <translation>From {start} to {end}</translation>
    </message>
    <message>
        <source>totaal</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Niet alle cijfers van deze periode zijn bekend: het totaal telt alleen de bekende.</source>
        <translation>Not all figures of this period are known: the total counts only the known ones.</translation>
    </message>
    <message>
        <source>Typ een aantal, &apos;-&apos; voor nul, of maak leeg voor onbekend.</source>
        <translation>Type a number, &apos;-&apos; for zero, or clear it for unknown.</translation>
    </message>
    <message>
        <source>Bron van de cijfers</source>
        <translation>Source of the figures</translation>
    </message>
    <message>
        <source>Totaal per &amp;type</source>
        <translation>Total per &amp;type</translation>
    </message>
    <message>
        <source>&amp;Periode toevoegen…</source>
        <translation>Add &amp;period…</translation>
    </message>
    <message>
        <source>T&amp;ype toevoegen…</source>
        <translation>Add t&amp;ype…</translation>
    </message>
    <message>
        <source>&amp;Inlezen (CSV/XLSX/ODS)…</source>
        <translation>&amp;Import (CSV/XLSX/ODS)…</translation>
    </message>
    <message>
        <source>Instroomcijfers per type, leeftijd en periode</source>
        <translation>Intake figures by type, age and period</translation>
    </message>
    <message>
        <source>Bron en toelichting</source>
        <translation>Source and notes</translation>
    </message>
    <message>
        <source>Bron: {source}.</source>
        <translation>Source: {source}.</translation>
    </message>
    <message>
        <source>&apos;-&apos; is nul; &apos;onbekend&apos; is niet bekend (telt niet mee in het totaal).</source>
        <translation>&apos;-&apos; is zero; &apos;unknown&apos; is not known (not counted in the total).</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Voeg eerst een {what} toe onder Registers (Ctrl+6); de tabel heeft een rij per thema en een kolom per leeftijdsgroep. Er is niets opgeslagen.</source>
        <translation>First add a {what} under Registers (Ctrl+6); the table has a row per theme and a column per age group. Nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <source>Periode toegevoegd (%Ln cijfers, nog onbekend).</source>
        <translation>
            <numerusform>Period added (%Ln figure, not yet known).</numerusform>
            <numerusform>Period added (%Ln figures, not yet known).</numerusform>
        </translation>
    </message>
    <message>
        <source>Voeg eerst een periode toe.</source>
        <translation>First add a period.</translation>
    </message>
    <message>
        <source>Cijfers inlezen</source>
        <translation>Import figures</translation>
    </message>
    <message>
        <source>Cijfers (*.csv *.txt *.xlsx *.ods)</source>
        <translation>Figures (*.csv *.txt *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>{file} ingelezen: {added} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd.</source>
        <translation>{file} imported: {added} new, {changed} changed, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen getal; laat het leeg als het niet gemeten is.</source>
        <translation>&apos;{text}&apos; is not a number; leave it empty if it was not measured.</translation>
    </message>
    <message>
        <source>Eigen rioolwatermeting</source>
        <translation>Own wastewater measurement</translation>
    </message>
    <message>
        <source>Eigen meting</source>
        <translation>Own measurement</translation>
    </message>
    <message>
        <source>&amp;Meetplaats:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Stof:</source>
        <translation>&amp;Substance:</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Daggemiddelde:</source>
        <translation>&amp;Daily mean:</translation>
    </message>
    <message>
        <source>&amp;Werkdag:</source>
        <translation>&amp;Weekday:</translation>
    </message>
    <message>
        <source>Wee&amp;kend:</source>
        <translation>Wee&amp;kend:</translation>
    </message>
    <message>
        <source>Vrachten in mg per 1000 inwoners per dag; leeg = niet gemeten.</source>
        <translation>Loads in mg per 1000 inhabitants per day; empty = not measured.</translation>
    </message>
    <message>
        <source>Periode toevoegen</source>
        <translation>Add period</translation>
    </message>
    <message>
        <source>Begindatum van de periode</source>
        <translation>Start date of the period</translation>
    </message>
    <message>
        <source>Einddatum van de periode</source>
        <translation>End date of the period</translation>
    </message>
    <message>
        <source>Alle cijfers van de nieuwe periode beginnen als &apos;onbekend&apos;.</source>
        <translation>All figures of the new period start as &apos;unknown&apos;.</translation>
    </message>
    <message>
        <source>Het einde van de periode moet na het begin liggen.</source>
        <translation>The end of the period must be after its start.</translation>
    </message>
    <message>
        <source>Vul de bron in, bijvoorbeeld Tactus verslavingszorg.</source>
        <translation>Fill in the source, for example Tactus addiction care.</translation>
    </message>
    <message>
        <source>Type toevoegen</source>
        <translation>Add type</translation>
    </message>
    <message>
        <source>Type (thema)</source>
        <translation>Type (theme)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Een nieuw type wordt ook als thema toegevoegd.</source>
        <translation>A new type is also added as a theme.</translation>
    </message>
    <message>
        <source>Eerste maand</source>
        <translation>First month</translation>
    </message>
    <message>
        <source>Laatste maand</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>&amp;tot en met:</source>
        <translation>&amp;up to and including:</translation>
    </message>
    <message>
        <source>Stof</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Gemiddelde</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>&amp;Gemiddelde:</source>
        <translation>&amp;Average:</translation>
    </message>
    <message>
        <source>&amp;Meetplaatsen (ter vergelijking):</source>
        <translation>&amp;Sites (for comparison):</translation>
    </message>
    <message>
        <source>Meetplaatsen</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>&amp;Dichtstbijzijnde kiezen</source>
        <translation>Choose &amp;nearest</translation>
    </message>
    <message>
        <source>&amp;EUDA-bestand inlezen…</source>
        <translation>Import &amp;EUDA file…</translation>
    </message>
    <message>
        <source>Eigen &amp;meting toevoegen…</source>
        <translation>Add own &amp;measurement…</translation>
    </message>
    <message>
        <source>{n} metingen, {first}–{last}</source>
        <translation>{n} measurements, {first}–{last}</translation>
    </message>
    <message>
        <source>Nog geen rioolwatermetingen: lees het EUDA-bestand (all-data) in.</source>
        <translation>No wastewater measurements yet: import the EUDA file (all-data).</translation>
    </message>
    <message>
        <source>Rioolwaterdata inlezen</source>
        <translation>Import wastewater data</translation>
    </message>
    <message>
        <source>CSV of tekst (*.csv *.txt)</source>
        <translation>CSV or text (*.csv *.txt)</translation>
    </message>
    <message>
        <source>{file}: {added} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd.</source>
        <translation>{file}: {added} new, {changed} changed, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Eigen meting opgeslagen.</source>
        <translation>Own measurement saved.</translation>
    </message>
    <message>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Kies een onderdeel van SignaalTracker</source>
        <translation>Choose a part of SignaalTracker</translation>
    </message>
    <message>
        <source>Nieuwe registratie</source>
        <translation>New register</translation>
    </message>
    <message>
        <source>Registratie openen</source>
        <translation>Open register</translation>
    </message>
    <message>
        <source>SignaalTracker-registratie (*.db)</source>
        <translation>SignaalTracker register (*.db)</translation>
    </message>
    <message>
        <source>{name} bestaat al; kies een andere naam, of open het bestand.</source>
        <translation>{name} already exists; choose another name, or open the file.</translation>
    </message>
    <message>
        <source>{name} bestaat niet (meer).</source>
        <translation>{name} does not exist (any more).</translation>
    </message>
    <message>
        <source>(geen andere bestanden)</source>
        <translation>(no other files)</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuw signaal…</source>
        <translation>&amp;New signal…</translation>
    </message>
    <message>
        <source>Sjabloon voor &amp;instroomcijfers opslaan…</source>
        <translation>Save &amp;intake figures template…</translation>
    </message>
    <message>
        <source>Nieu&amp;we registratie…</source>
        <translation>Ne&amp;w register…</translation>
    </message>
    <message>
        <source>Registratie &amp;openen…</source>
        <translation>&amp;Open register…</translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Over SignaalTracker</source>
        <translation>&amp;About SignaalTracker</translation>
    </message>
    <message>
        <source>Sjabloon opgeslagen: {path}</source>
        <translation>Template saved: {path}</translation>
    </message>
    <message>
        <source>Over SignaalTracker</source>
        <translation>About SignaalTracker</translation>
    </message>
    <message>
        <source>Signalen, overleggen en feiten over middelengebruik door jongeren, en de memo aan de raad.</source>
        <translation>Signals, meetings and facts about substance use by young people, and the memo to the council.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>De handleiding is niet gevonden bij deze installatie.</source>
        <translation>The user guide was not found in this installation.</translation>
    </message>
    <message>
        <source>De handleiding kon niet worden geopend: {path}</source>
        <translation>The user guide could not be opened: {path}</translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Tekst van het besluit</source>
        <translation>Text of the decision</translation>
    </message>
    <message>
        <source>Tekst van het besluit…</source>
        <translation>Text of the decision…</translation>
    </message>
    <message>
        <source>Besluit toevoegen</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Besluit wijzigen</source>
        <translation>Change decision</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Besluit verwijderen</source>
        <translation>Delete decision</translation>
    </message>
    <message>
        <source>Niet opgeslagen: pas het besluit aan.</source>
        <translation>Not saved: edit the decision.</translation>
    </message>
    <message>
        <source>Besluit vastgelegd.</source>
        <translation>Decision recorded.</translation>
    </message>
    <message>
        <source>Kies eerst het besluit dat u wilt wijzigen.</source>
        <translation>First choose the decision you want to change.</translation>
    </message>
    <message>
        <source>Besluit gewijzigd.</source>
        <translation>Decision changed.</translation>
    </message>
    <message>
        <source>Besluit verwijderd.</source>
        <translation>Decision deleted.</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Acties uit dit overleg</source>
        <translation>Actions from this meeting</translation>
    </message>
    <message>
        <source>Nieuwe a&amp;ctie…</source>
        <translation>New a&amp;ction…</translation>
    </message>
    <message>
        <source>Actie bewerken…</source>
        <translation>Edit action…</translation>
    </message>
    <message>
        <source>Kies eerst een actie in de lijst.</source>
        <translation>First choose an action in the list.</translation>
    </message>
    <message>
        <source>Notities bij het overleg</source>
        <translation>Notes on the meeting</translation>
    </message>
    <message>
        <source>Notities o&amp;pslaan</source>
        <translation>Sa&amp;ve notes</translation>
    </message>
    <message>
        <source>Notities bij het overleg opslaan</source>
        <translation>Save notes on the meeting</translation>
    </message>
    <message>
        <source>Niet opgeslagen: pas de notities aan.</source>
        <translation>Not saved: edit the notes.</translation>
    </message>
    <message>
        <source>Notities bij het overleg opgeslagen.</source>
        <translation>Notes on the meeting saved.</translation>
    </message>
    <message>
        <source>Gekozen overleg</source>
        <translation>Selected meeting</translation>
    </message>
    <message>
        <source>&amp;Agenda als PDF…</source>
        <translation>&amp;Agenda as PDF…</translation>
    </message>
    <message>
        <source>Agenda als PDF opslaan</source>
        <translation>Save agenda as PDF</translation>
    </message>
    <message>
        <source>Kies eerst een overleg in de lijst.</source>
        <translation>First choose a meeting in the list.</translation>
    </message>
    <message>
        <source>Raadsmemo &amp;bewaren</source>
        <translation>&amp;Keep council memo</translation>
    </message>
    <message>
        <source>Raadsmemo als &amp;PDF…</source>
        <translation>Council memo as &amp;PDF…</translation>
    </message>
    <message>
        <source>Raadsmemo af&amp;drukken…</source>
        <translation>P&amp;rint council memo…</translation>
    </message>
    <message>
        <source>A&amp;genda als PDF…</source>
        <translation>A&amp;genda as PDF…</translation>
    </message>
    <message>
        <source>&amp;Verslag als PDF…</source>
        <translation>&amp;Minutes as PDF…</translation>
    </message>
    <message>
        <source>Verslag als PDF opslaan</source>
        <translation>Save minutes as PDF</translation>
    </message>
    <message>
        <source>Onderdelen van het overleg</source>
        <translation>Parts of the meeting</translation>
    </message>
    <message>
        <source>Agen&amp;da</source>
        <translation>Agen&amp;da</translation>
    </message>
    <message>
        <source>Aan&amp;wezig</source>
        <translation>Atten&amp;dance</translation>
    </message>
    <message>
        <source>&amp;Signalen</source>
        <translation>&amp;Signals</translation>
    </message>
    <message>
        <source>Bes&amp;luiten</source>
        <translation>Dec&amp;isions</translation>
    </message>
    <message>
        <source>Acti&amp;es</source>
        <translation>Acti&amp;ons</translation>
    </message>
    <message>
        <source>No&amp;tities</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>De notities bij het overleg zijn nog niet opgeslagen.</source>
        <translation>The notes of the meeting have not been saved yet.</translation>
    </message>
    <message>
        <source>Nog geen overleg gekozen</source>
        <translation>No meeting selected yet</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>{document} opslaan</source>
        <translation>Save {document}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>de agenda</source>
        <translation>the agenda</translation>
    </message>
    <message>
        <source>het verslag</source>
        <translation>the minutes</translation>
    </message>
    <message>
        <source>Gestopt: pas de tekst met persoonsgegevens eerst aan.</source>
        <translation>Stopped: edit the text with personal data first.</translation>
    </message>
    <message>
        <source>{document} kon niet worden geschreven: {error}.</source>
        <translation>{document} could not be written: {error}.</translation>
    </message>
    <message>
        <source>{document} van {date} opgeslagen in {path}.</source>
        <translation>{document} of {date} saved in {path}.</translation>
    </message>
    <message>
        <source>Agendapunten</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Alt+pijl omhoog of omlaag verplaatst het punt; Delete verwijdert</source>
        <translation>Alt+arrow up or down moves the item; Delete removes it</translation>
    </message>
    <message>
        <source>Notities bij het agendapunt</source>
        <translation>Notes on the agenda item</translation>
    </message>
    <message>
        <source>Titel van een nieuw agendapunt</source>
        <translation>Title of a new agenda item</translation>
    </message>
    <message>
        <source>Nieuw agendapunt…</source>
        <translation>New agenda item…</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Agendapunt toevoegen</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>Hernoemen…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Agendapunt hernoemen</source>
        <translation>Rename agenda item</translation>
    </message>
    <message>
        <source>Agendapunt omhoog (Alt+pijl omhoog)</source>
        <translation>Move agenda item up (Alt+arrow up)</translation>
    </message>
    <message>
        <source>Agendapunt omlaag (Alt+pijl omlaag)</source>
        <translation>Move agenda item down (Alt+arrow down)</translation>
    </message>
    <message>
        <source>Agendapunt verwijderen (Delete)</source>
        <translation>Delete agenda item (Delete)</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;undo&quot;&gt;Verwijderen ongedaan maken&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;undo&quot;&gt;Undo delete&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Notities bij het gekozen agendapunt:</source>
        <translation>Notes on the selected agenda item:</translation>
    </message>
    <message>
        <source>Notities bij agendapunt opslaan</source>
        <translation>Save notes on agenda item</translation>
    </message>
    <message>
        <source>Nieuwe signalen sinds het vorige overleg</source>
        <translation>New signals since the previous meeting</translation>
    </message>
    <message>
        <source>Waargenomen</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Delen</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Openstaande acties uit eerdere overleggen</source>
        <translation>Open actions from earlier meetings</translation>
    </message>
    <message>
        <source>Afgesproken</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Open (overleggen)</source>
        <translation>Open (meetings)</translation>
    </message>
    <message>
        <source>De notities bij agendapunt &apos;{item}&apos; zijn nog niet opgeslagen.</source>
        <translation>The notes on agenda item &apos;{item}&apos; have not been saved yet.</translation>
    </message>
    <message>
        <source>Kies eerst een agendapunt.</source>
        <translation>First choose an agenda item.</translation>
    </message>
    <message>
        <source>Notities bij &apos;{item}&apos; opgeslagen.</source>
        <translation>Notes on &apos;{item}&apos; saved.</translation>
    </message>
    <message>
        <source>Agendapunt &apos;{item}&apos; toegevoegd.</source>
        <translation>Agenda item &apos;{item}&apos; added.</translation>
    </message>
    <message>
        <source>Nieuwe titel:</source>
        <translation>New title:</translation>
    </message>
    <message>
        <source>Agendapunt hernoemd tot &apos;{item}&apos;.</source>
        <translation>Agenda item renamed to &apos;{item}&apos;.</translation>
    </message>
    <message>
        <source>Agendapunt &apos;{item}&apos; verplaatst.</source>
        <translation>Agenda item &apos;{item}&apos; moved.</translation>
    </message>
    <message>
        <source>Agendapunt &apos;{item}&apos; verwijderd. Ctrl+Z maakt dit ongedaan.</source>
        <translation>Agenda item &apos;{item}&apos; deleted. Ctrl+Z undoes this.</translation>
    </message>
    <message>
        <source>Er is geen verwijderd agendapunt om terug te zetten.</source>
        <translation>There is no deleted agenda item to bring back.</translation>
    </message>
    <message>
        <source>Agendapunt &apos;{item}&apos; teruggezet.</source>
        <translation>Agenda item &apos;{item}&apos; brought back.</translation>
    </message>
    <message>
        <source>Aanwezige organisaties</source>
        <translation>Organisations present</translation>
    </message>
    <message>
        <source>Vink aan wie aanwezig is (deelnemers van het overleg staan bovenaan); spatie vinkt aan of uit, elke wijziging wordt direct opgeslagen.</source>
        <translation>Check who is present (the meeting&apos;s participants are at the top); space checks or unchecks, every change is saved at once.</translation>
    </message>
    <message>
        <source> (geen vaste deelnemer)</source>
        <translation> (not a regular participant)</translation>
    </message>
    <message numerus="yes">
        <source>Aanwezigheid opgeslagen (%Ln organisaties aanwezig).</source>
        <translation>
            <numerusform>Attendance saved (%Ln organisation present).</numerusform>
            <numerusform>Attendance saved (%Ln organisations present).</numerusform>
        </translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>✔ ja</source>
        <translation>✔ yes</translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Signalen voor dit overleg</source>
        <translation>Signals for this meeting</translation>
    </message>
    <message>
        <source>Beoordeling van het signaal</source>
        <translation>Assessment of the signal</translation>
    </message>
    <message>
        <source>Korte beoordeling…</source>
        <translation>Short assessment…</translation>
    </message>
    <message>
        <source>Nieuwe status van het signaal</source>
        <translation>New status of the signal</translation>
    </message>
    <message>
        <source>(status ongewijzigd)</source>
        <translation>(status unchanged)</translation>
    </message>
    <message>
        <source>Beoo&amp;rdeling:</source>
        <translation>Assess&amp;ment:</translation>
    </message>
    <message>
        <source>Nieuwe stat&amp;us:</source>
        <translation>New stat&amp;us:</translation>
    </message>
    <message>
        <source>Bespreking opslaan</source>
        <translation>Save discussion</translation>
    </message>
    <message>
        <source>Bespreking wissen</source>
        <translation>Clear discussion</translation>
    </message>
    <message>
        <source>Nieuwe signalen sinds het vorige overleg, de recentste signalen met status &apos;nieuw&apos; of &apos;in actie&apos;, signalen bij openstaande acties en wat al besproken is. Vertrouwelijke signalen komen nooit in agenda of verslag.</source>
        <translation>New signals since the previous meeting, the most recent signals with status &apos;new&apos; or &apos;in action&apos;, signals linked to open actions and what has been discussed already. Confidential signals never go into the agenda or minutes.</translation>
    </message>
    <message>
        <source>Kies eerst een signaal in de lijst.</source>
        <translation>First choose a signal in the list.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: pas de beoordeling aan.</source>
        <translation>Not saved: edit the assessment.</translation>
    </message>
    <message>
        <source>Bespreking van het signaal opgeslagen.</source>
        <translation>Discussion of the signal saved.</translation>
    </message>
    <message>
        <source>Het signaal staat niet meer als besproken bij dit overleg.</source>
        <translation>The signal is no longer marked as discussed at this meeting.</translation>
    </message>
    <message>
        <source>Kop van de memo</source>
        <translation>Memo header</translation>
    </message>
    <message>
        <source>&amp;Aan:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Geadresseerden</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Afzender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Datum van de memo</source>
        <translation>Date of the memo</translation>
    </message>
    <message>
        <source>Kenmerk of zaaknummer</source>
        <translation>Reference or case number</translation>
    </message>
    <message>
        <source>Ken&amp;merk:</source>
        <translation>Refere&amp;nce:</translation>
    </message>
    <message>
        <source>&amp;Onderwerp:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>&amp;Beleidsreferentie:</source>
        <translation>&amp;Policy reference:</translation>
    </message>
    <message>
        <source>Beleidsreferentie</source>
        <translation>Policy reference</translation>
    </message>
    <message>
        <source>Periode en opties</source>
        <translation>Period and options</translation>
    </message>
    <message>
        <source>Begin van de periode</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>Einde van de periode</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Kleine aantallen verbergen, onder</source>
        <translation>Hide small numbers, below</translation>
    </message>
    <message>
        <source>Kleine aantallen verbergen</source>
        <translation>Hide small numbers</translation>
    </message>
    <message>
        <source>Drempel voor kleine aantallen</source>
        <translation>Threshold for small numbers</translation>
    </message>
    <message>
        <source>standaard: hetzelfde jaar en de periode ervoor</source>
        <translation>default: the same year and the period before</translation>
    </message>
    <message>
        <source>Aantal eerdere perioden in de tabel ter vergelijking</source>
        <translation>Number of earlier periods in the table for comparison</translation>
    </message>
    <message>
        <source>Eerdere pe&amp;rioden:</source>
        <translation>Earlier pe&amp;riods:</translation>
    </message>
    <message>
        <source>Ondertekenin&amp;g:</source>
        <translation>Si&amp;gnature:</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Groeperen per t&amp;hema</source>
        <translation>Group by t&amp;heme</translation>
    </message>
    <message>
        <source>Onderdelen:</source>
        <translation>Sections:</translation>
    </message>
    <message>
        <source>Teksten</source>
        <translation>Texts</translation>
    </message>
    <message>
        <source>&amp;Inleiding:</source>
        <translation>&amp;Introduction:</translation>
    </message>
    <message>
        <source>Inleiding</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Signalen, in&amp;leiding:</source>
        <translation>Signals, intro&amp;duction:</translation>
    </message>
    <message>
        <source>Inleiding bij de signalen</source>
        <translation>Introduction to the signals</translation>
    </message>
    <message>
        <source>Slot, &amp;kop:</source>
        <translation>Closing, &amp;heading:</translation>
    </message>
    <message>
        <source>Kop van de slottekst</source>
        <translation>Heading of the closing text</translation>
    </message>
    <message>
        <source>Slot, &amp;tekst:</source>
        <translation>Closing, &amp;text:</translation>
    </message>
    <message>
        <source>Slottekst</source>
        <translation>Closing text</translation>
    </message>
    <message>
        <source>Ondertekening</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Bijlagen, één titel per regel</source>
        <translation>Attachments, one title per line</translation>
    </message>
    <message>
        <source>Bijlagen (één per r&amp;egel):</source>
        <translation>Attachments (one per lin&amp;e):</translation>
    </message>
    <message>
        <source>Signalen voor de raad in deze periode</source>
        <translation>Signals for the council in this period</translation>
    </message>
    <message>
        <source>Signalen in de memo: vink uit om weg te laten</source>
        <translation>Signals in the memo: uncheck to leave out</translation>
    </message>
    <message>
        <source>Ctrl+pijl omhoog of omlaag verplaatst het gekozen signaal.</source>
        <translation>Ctrl+arrow up or down moves the selected signal.</translation>
    </message>
    <message>
        <source>Gekozen signaal omhoog (Ctrl+pijl omhoog)</source>
        <translation>Selected signal up (Ctrl+arrow up)</translation>
    </message>
    <message>
        <source>Gekozen signaal omlaag (Ctrl+pijl omlaag)</source>
        <translation>Selected signal down (Ctrl+arrow down)</translation>
    </message>
    <message>
        <source>Feiten in deze memo</source>
        <translation>Facts in this memo</translation>
    </message>
    <message>
        <source>Aangevinkt: de feiten van de periode van de memo. Vink een ouder feit aan of een feit uit.</source>
        <translation>Ticked: the facts of the memo&apos;s period. Tick an older fact in or a fact out.</translation>
    </message>
    <message>
        <source>Feiten in de memo: vink aan of uit</source>
        <translation>Facts in the memo: tick in or out</translation>
    </message>
    <message>
        <source>PDF {date}</source>
        <translation>PDF {date}</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Eerdere memo&apos;s</source>
        <translation>Earlier memos</translation>
    </message>
    <message>
        <source>&amp;Heropenen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>&amp;Dupliceren</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>Voor het voorbeeld is pypdfium2 of pdftoppm (poppler) nodig.</source>
        <translation>The preview needs pypdfium2 or pdftoppm (poppler).</translation>
    </message>
    <message>
        <source>pdftoppm was na een minuut nog niet klaar met de pagina&apos;s.</source>
        <translation>pdftoppm had not finished the pages after a minute.</translation>
    </message>
    <message>
        <source>pdftoppm kon de pagina&apos;s niet maken ({error}).</source>
        <translation>pdftoppm could not make the pages ({error}).</translation>
    </message>
    <message>
        <source>Voorbeeld van de memo</source>
        <translation>Preview of the memo</translation>
    </message>
    <message>
        <source>Pagina {number} van {count}</source>
        <translation>Page {number} of {count}</translation>
    </message>
    <message>
        <source>Memo afdrukken</source>
        <translation>Print memo</translation>
    </message>
    <message>
        <source>De printer kon niet worden gestart.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Overleggen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>Raadsmemo</source>
        <translation>Council memo</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>⚠ TE LAAT</source>
        <translation>⚠ OVERDUE</translation>
    </message>
    <message>
        <source>Filter op overleg</source>
        <translation>Filter by meeting</translation>
    </message>
    <message>
        <source>Filter op eigenaar</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Alleen &amp;te late</source>
        <translation>Only &amp;overdue</translation>
    </message>
    <message>
        <source>Alleen te late acties</source>
        <translation>Only overdue actions</translation>
    </message>
    <message>
        <source>&amp;Overleg:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Afgerond op</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>&amp;Afgerond</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Gekozen actie afgerond</source>
        <translation>Selected action done</translation>
    </message>
    <message>
        <source>&amp;Vervallen</source>
        <translation>D&amp;ropped</translation>
    </message>
    <message>
        <source>Gekozen actie vervallen</source>
        <translation>Selected action dropped</translation>
    </message>
    <message>
        <source>He&amp;ropenen</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Gekozen actie heropenen</source>
        <translation>Reopen selected action</translation>
    </message>
    <message>
        <source>Aantal acties</source>
        <translation>Number of actions</translation>
    </message>
    <message numerus="yes">
        <source>%Ln acties, waarvan {late} te laat</source>
        <translation>
            <numerusform>%Ln action, {late} of them overdue</numerusform>
            <numerusform>%Ln actions, {late} of them overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln acties</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Actie &apos;{action}&apos; is nu {status}.</source>
        <translation>Action &apos;{action}&apos; is now {status}.</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Leeftijdsgroepen</source>
        <translation>Age groups</translation>
    </message>
    <message>
        <source>Overlegstructuren</source>
        <translation>Consultation structures</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Rioolwater</source>
        <translation>Wastewater</translation>
    </message>
    <message>
        <source>Raadsmemo&apos;s</source>
        <translation>Council memos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>teruggezet uit prullenbak</source>
        <translation>restored from trash</translation>
    </message>
    <message>
        <source>in één keer aangemaakt</source>
        <translation>created in one go</translation>
    </message>
    <message>
        <source>verwijderd (bewaartermijn)</source>
        <translation>deleted (retention)</translation>
    </message>
    <message>
        <source>geanonimiseerd</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>back-up teruggezet</source>
        <translation>backup restored</translation>
    </message>
    <message>
        <source>privacy bevestigd</source>
        <translation>privacy confirmed</translation>
    </message>
    <message>
        <source>tellingen voor de grafieken opnieuw geteld</source>
        <translation>chart counts recounted</translation>
    </message>
    <message>
        <source>persoonsgegevens niet onleesbaar gemaakt</source>
        <translation>personal data left readable</translation>
    </message>
    <message>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Handeling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Na</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Vanaf datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Tot en met datum</source>
        <translation>Up to and including date</translation>
    </message>
    <message>
        <source>&amp;Onderdeel:</source>
        <translation>&amp;Section:</translation>
    </message>
    <message>
        <source>&amp;Handeling:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Toon</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Audittrail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Voor en na</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voor en na&lt;/b&gt; — kies een regel</source>
        <translation>&lt;b&gt;Before and after&lt;/b&gt; — choose a line</translation>
    </message>
    <message numerus="yes">
        <source>%Ln regels in de audittrail{shown}.</source>
        <translation>
            <numerusform>%Ln entry in the audit trail{shown}.</numerusform>
            <numerusform>%Ln entries in the audit trail{shown}.</numerusform>
        </translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>, de nieuwste {limit} getoond</source>
        <translation>, the newest {limit} shown</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>met de hand (blijft bewaard)</source>
        <translation>by hand (kept)</translation>
    </message>
    <message>
        <source>vóór bijwerken database</source>
        <translation>before database update</translation>
    </message>
    <message>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>Waar de database staat</source>
        <translation>Where the database is</translation>
    </message>
    <message>
        <source>Map voor back-ups</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <source>Kies &amp;map…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <source>Back-upmap:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>Aantal dagelijkse back-ups dat bewaard blijft</source>
        <translation>Number of daily backups to keep</translation>
    </message>
    <message>
        <source>Aantal wekelijkse back-ups dat bewaard blijft</source>
        <translation>Number of weekly backups to keep</translation>
    </message>
    <message>
        <source>&amp;Dagelijkse back-ups bewaren:</source>
        <translation>Keep &amp;daily backups:</translation>
    </message>
    <message>
        <source>&amp;Wekelijkse back-ups bewaren:</source>
        <translation>Keep &amp;weekly backups:</translation>
    </message>
    <message>
        <source>Instellingen &amp;opslaan</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back-ups van deze database&lt;/b&gt; (nieuwste eerst)</source>
        <translation>&lt;b&gt;Backups of this database&lt;/b&gt; (newest first)</translation>
    </message>
    <message>
        <source>Back-up &amp;maken</source>
        <translation>&amp;Make backup</translation>
    </message>
    <message>
        <source>&amp;Herstellen uit gekozen back-up…</source>
        <translation>&amp;Restore from selected backup…</translation>
    </message>
    <message>
        <source>Herstellen uit &amp;bestand…</source>
        <translation>Restore from &amp;file…</translation>
    </message>
    <message>
        <source>vóór herstel</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>De database staat in &lt;b&gt;{database}&lt;/b&gt;. Back-ups komen in &lt;b&gt;{folder}&lt;/b&gt;: automatisch bij het starten (hoogstens één per dag) en bij het afsluiten als er iets is gewijzigd. Back-ups die u zelf maakt, blijven altijd bewaard.</source>
        <translation>The database is in &lt;b&gt;{database}&lt;/b&gt;. Backups go to &lt;b&gt;{folder}&lt;/b&gt;: automatically at start-up (at most one a day) and on closing when something has changed. Backups you make yourself are always kept.</translation>
    </message>
    <message>
        <source>Geef de back-upmap als volledig pad op; er is niets opgeslagen.</source>
        <translation>Give the backup folder as a full path; nothing has been saved.</translation>
    </message>
    <message>
        <source>Back-upinstellingen opgeslagen.</source>
        <translation>Backup settings saved.</translation>
    </message>
    <message>
        <source>Back-up gemaakt en gecontroleerd: {path}</source>
        <translation>Backup made and verified: {path}</translation>
    </message>
    <message>
        <source>Kies eerst een back-up in de lijst.</source>
        <translation>First choose a backup in the list.</translation>
    </message>
    <message>
        <source>Back-up kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>SignaalTracker-database (*.db);;Alle (*)</source>
        <translation>SignaalTracker database (*.db);;All (*)</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>De gegevens worden vervangen door die in {file}. Wijzigingen van daarna gaan verloren uit de database; er wordt eerst een back-up gemaakt van de huidige toestand (&apos;vóór herstel&apos;).</source>
        <translation>The data will be replaced by that in {file}. Later changes are lost from the database; a backup of the current state is made first (&apos;before restore&apos;).</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>{file} is teruggezet. De toestand van daarvoor staat in {safety}.</source>
        <translation>{file} has been restored. The state before that is in {safety}.</translation>
    </message>
    <message>
        <source>Beheer van gegevens</source>
        <translation>Data administration</translation>
    </message>
    <message>
        <source>Onderdelen van beheer</source>
        <translation>Parts of administration</translation>
    </message>
    <message>
        <source>&amp;Back-ups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <source>Be&amp;waartermijn</source>
        <translation>Re&amp;tention</translation>
    </message>
    <message>
        <source>A&amp;udittrail</source>
        <translation>A&amp;udit trail</translation>
    </message>
    <message>
        <source>Onderdelen van Cijfers</source>
        <translation>Parts of Figures</translation>
    </message>
    <message>
        <source>&amp;Instroomcijfers</source>
        <translation>&amp;Intake figures</translation>
    </message>
    <message>
        <source>&amp;Feiten</source>
        <translation>&amp;Facts</translation>
    </message>
    <message>
        <source>&amp;Rioolwater</source>
        <translation>&amp;Wastewater</translation>
    </message>
    <message>
        <source>&amp;Trends signalen</source>
        <translation>Signal &amp;trends</translation>
    </message>
    <message>
        <source>Nieuw overleg: {name}</source>
        <translation>New meeting: {name}</translation>
    </message>
    <message>
        <source>Vorig overleg: {date}; interval {weeks} weken.</source>
        <translation>Previous meeting: {date}; interval {weeks} weeks.</translation>
    </message>
    <message>
        <source>Dit wordt het eerste overleg van deze structuur.</source>
        <translation>This will be the first meeting of this structure.</translation>
    </message>
    <message>
        <source>Datum van het nieuwe overleg</source>
        <translation>Date of the new meeting</translation>
    </message>
    <message>
        <source>datum van het overleg</source>
        <translation>date of the meeting</translation>
    </message>
    <message>
        <source>Let op: de voorgestelde datum (vorig overleg plus het interval) ligt in het verleden. Kies de datum waarop het overleg echt plaatsvindt.</source>
        <translation>Note: the proposed date (previous meeting plus the interval) lies in the past. Choose the date on which the meeting really takes place.</translation>
    </message>
    <message>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>De agenda wordt gevuld met de vaste punten, de signalen sinds het vorige overleg en alle acties die nog openstaan.</source>
        <translation>The agenda is filled with the standing items, the signals since the previous meeting and all actions still open.</translation>
    </message>
    <message>
        <source>Het overleg is niet aangemaakt: kies de datum waarop het echt plaatsvindt.</source>
        <translation>The meeting was not created: choose the date on which it really takes place.</translation>
    </message>
    <message>
        <source>Datum ver vooruit</source>
        <translation>Date far ahead</translation>
    </message>
    <message>
        <source>{date} ligt meer dan twee jaar vooruit. Klopt deze datum?</source>
        <translation>{date} is more than two years ahead. Is this date right?</translation>
    </message>
    <message>
        <source>&amp;Ja, deze datum</source>
        <translation>&amp;Yes, this date</translation>
    </message>
    <message>
        <source>Overlegstructuur</source>
        <translation>Consultation structure</translation>
    </message>
    <message>
        <source>Vergaderingen, nieuwste eerst</source>
        <translation>Meetings, newest first</translation>
    </message>
    <message>
        <source>&amp;Nieuw overleg…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>Nieuw overleg</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Overleg verwijderen</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Maak eerst een overlegstructuur aan onder Registers.</source>
        <translation>First create a consultation structure under Registers.</translation>
    </message>
    <message>
        <source>Overleg van {date} aangemaakt met agenda.</source>
        <translation>Meeting of {date} created with its agenda.</translation>
    </message>
    <message>
        <source>Het overleg van {date} verwijderen?</source>
        <translation>Delete the meeting of {date}?</translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Overleg van {date} verwijderd.</source>
        <translation>Meeting of {date} deleted.</translation>
    </message>
    <message>
        <source>&amp;Nieuwe memo</source>
        <translation>&amp;New memo</translation>
    </message>
    <message>
        <source>Nieuwe memo op ba&amp;sis van de vorige</source>
        <translation>New memo ba&amp;sed on the previous one</translation>
    </message>
    <message>
        <source>Neemt teksten, onderdelen en ondertekening over; de periode loopt vanaf de dag na het einde van de vorige tot vandaag.</source>
        <translation>Takes over texts, sections and signature; the period runs from the day after the previous one ended up to today.</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>De memo heeft wijzigingen die nog niet zijn bewaard.</source>
        <translation>The memo has changes that have not been saved yet.</translation>
    </message>
    <message>
        <source>Nieuwe memo</source>
        <translation>New memo</translation>
    </message>
    <message>
        <source>De memo heeft wijzigingen die nog niet zijn bewaard. Weggooien en een nieuwe memo beginnen?</source>
        <translation>The memo has changes that have not been saved. Discard them and start a new memo?</translation>
    </message>
    <message>
        <source>Nieuwe memo: nog niet bewaard.</source>
        <translation>New memo: not kept yet.</translation>
    </message>
    <message>
        <source>Nieuwe memo op basis van die van {date}: bewaard als concept.</source>
        <translation>New memo based on the one of {date}: saved as a draft.</translation>
    </message>
    <message>
        <source>De memo is als nieuw concept bewaard.</source>
        <translation>The memo has been kept as a new draft.</translation>
    </message>
    <message>
        <source>De memo is bewaard.</source>
        <translation>The memo has been kept.</translation>
    </message>
    <message>
        <source>Deze memo is als PDF opgeslagen (SHA-256 {hash}…). Wijzigingen worden een nieuw concept.</source>
        <translation>This memo has been saved as PDF (SHA-256 {hash}…). Changes become a new draft.</translation>
    </message>
    <message>
        <source>Concept heropend.</source>
        <translation>Draft reopened.</translation>
    </message>
    <message>
        <source>Kopie gemaakt: een nieuw concept.</source>
        <translation>Copy made: a new draft.</translation>
    </message>
    <message>
        <source>Het voorbeeld kon niet worden gemaakt: {error}</source>
        <translation>The preview could not be made: {error}</translation>
    </message>
    <message>
        <source>Memo opslaan als PDF</source>
        <translation>Save memo as PDF</translation>
    </message>
    <message>
        <source>Opgeslagen als {path} (PDF/A-2b, SHA-256 {hash}).</source>
        <translation>Saved as {path} (PDF/A-2b, SHA-256 {hash}).</translation>
    </message>
    <message>
        <source>de memo</source>
        <translation>the memo</translation>
    </message>
    <message>
        <source>De memo is naar de printer gestuurd.</source>
        <translation>The memo has been sent to the printer.</translation>
    </message>
    <message>
        <source>Afdrukken geannuleerd.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Nieuwe signalen</source>
        <translation>New signals</translation>
    </message>
    <message>
        <source>Laatste overleg</source>
        <translation>Latest meeting</translation>
    </message>
    <message>
        <source>Volgend overleg</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Open acties</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Te late acties</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>Eerste stappen</source>
        <translation>First steps</translation>
    </message>
    <message>
        <source>1. &amp;Organisaties invoeren</source>
        <translation>1. Enter &amp;organisations</translation>
    </message>
    <message>
        <source>2. &amp;Thema&apos;s invoeren</source>
        <translation>2. Enter &amp;themes</translation>
    </message>
    <message>
        <source>3. &amp;Eerste signaal vastleggen</source>
        <translation>3. Record the &amp;first signal</translation>
    </message>
    <message>
        <source>Deze registratie is nog leeg. Begin met de partnerorganisaties die signalen melden en de thema&apos;s waarover ze gaan (onder Registers); daarna legt u het eerste signaal vast. Grafieken verschijnen hier zodra er signalen of cijfers zijn.</source>
        <translation>This register is still empty. Start with the partner organisations that report signals and the themes they concern (under Registers); then record the first signal. Charts appear here as soon as there are signals or figures.</translation>
    </message>
    <message>
        <source>Voer eerst organisaties en thema&apos;s in.</source>
        <translation>Enter organisations and themes first.</translation>
    </message>
    <message>
        <source>nog niet ingesteld (Instellingen, Ctrl+8)</source>
        <translation>not set yet (Settings, Ctrl+8)</translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>nog niet gepland</source>
        <translation>not planned yet</translation>
    </message>
    <message>
        <source>{date} ({structure})</source>
        <translation>{date} ({structure})</translation>
    </message>
    <message>
        <source>{date} ({structure}; voorgesteld, nog niet gepland)</source>
        <translation>{date} ({structure}; proposed, not planned yet)</translation>
    </message>
    <message>
        <source>{count} (te laat)</source>
        <translation>{count} (overdue)</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Instroom: laatste periode en de vorige</source>
        <translation>Intake: latest period and the one before</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&amp;Nieuw…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Nieuwe {noun}</source>
        <translation>New {noun}</translation>
    </message>
    <message>
        <source>Be&amp;werken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>{Noun} bewerken</source>
        <translation>Edit {noun}</translation>
    </message>
    <message>
        <source>{Noun} verwijderen</source>
        <translation>Delete {noun}</translation>
    </message>
    <message>
        <source>Kies eerst een {noun} in de lijst.</source>
        <translation>First choose an item ({noun}) in the list.</translation>
    </message>
    <message>
        <source>{Noun} &apos;{name}&apos; opgeslagen.</source>
        <translation>{Noun} &apos;{name}&apos; saved.</translation>
    </message>
    <message>
        <source>{Noun} &apos;{name}&apos; wordt nog gebruikt en kan niet worden verwijderd; deactiveer het in plaats daarvan.</source>
        <translation>{Noun} &apos;{name}&apos; is still in use and cannot be deleted; deactivate it instead.</translation>
    </message>
    <message>
        <source>{Noun} &apos;{name}&apos; verwijderen?</source>
        <translation>Delete {noun} &apos;{name}&apos;?</translation>
    </message>
    <message>
        <source>{Noun} &apos;{name}&apos; verwijderd.</source>
        <translation>{Noun} &apos;{name}&apos; deleted.</translation>
    </message>
    <message>
        <source>weer actief</source>
        <translation>active again</translation>
    </message>
    <message>
        <source>gedeactiveerd; het blijft bij bestaande gegevens staan</source>
        <translation>deactivated; it stays with existing data</translation>
    </message>
    <message>
        <source>{Noun} &apos;{name}&apos; is {state}.</source>
        <translation>{Noun} &apos;{name}&apos; is {state}.</translation>
    </message>
    <message>
        <source>Het thema &apos;{name}&apos; wordt {uses} keer gebruikt door signalen of cijfers en kan niet worden verwijderd; deactiveer het of voeg het samen met een ander thema.</source>
        <translation>The theme &apos;{name}&apos; is used {uses} times by signals or figures and cannot be deleted; deactivate it or merge it with another theme.</translation>
    </message>
    <message>
        <source>Thema &apos;{name}&apos; is samengevoegd en gedeactiveerd.</source>
        <translation>Theme &apos;{name}&apos; has been merged and deactivated.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Gebruikt</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Samengevoegd met</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>leeftijdsgroep</source>
        <translation>age group</translation>
    </message>
    <message>
        <source>Interval (weken)</source>
        <translation>Interval (weeks)</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>overlegstructuur</source>
        <translation>consultation structure</translation>
    </message>
    <message>
        <source>Pijler</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>To</translation>
    </message>
    <message>
        <source>activiteit</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>(&amp;De)activeren</source>
        <translation>Activate/&amp;deactivate</translation>
    </message>
    <message>
        <source>{Noun} (de)activeren</source>
        <translation>(De)activate {noun}</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Thema samenvoegen met een ander thema</source>
        <translation>Merge theme into another theme</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>In prullenbak</source>
        <translation>In trash</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signalen</source>
        <translation>
            <numerusform>%Ln signal</numerusform>
            <numerusform>%Ln signals</numerusform>
        </translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Bewaartermijn in jaren na de laatste wijziging</source>
        <translation>Retention period in years after the last change</translation>
    </message>
    <message>
        <source>Bewaartermijn:</source>
        <translation>Retention period:</translation>
    </message>
    <message>
        <source>Signalen over de bewaartermijn</source>
        <translation>Signals past the retention period</translation>
    </message>
    <message>
        <source>&amp;Alles kiezen</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>A&amp;nonimiseren…</source>
        <translation>A&amp;nonymise…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source> (de eerste {count} getoond)</source>
        <translation> (the first {count} shown)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln signalen&lt;/b&gt; langer dan {years} jaar niet gewijzigd{shown}.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln signal&lt;/b&gt; not changed for more than {years} years{shown}.</numerusform>
            <numerusform>&lt;b&gt;%Ln signals&lt;/b&gt; not changed for more than {years} years{shown}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signalen worden definitief verwijderd;</source>
        <translation>
            <numerusform>%Ln signal will be deleted for good;</numerusform>
            <numerusform>%Ln signals will be deleted for good;</numerusform>
        </translation>
    </message>
    <message>
        <source>Bewaartermijn opgeslagen.</source>
        <translation>Retention period saved.</translation>
    </message>
    <message>
        <source>Kies eerst de signalen in de lijst.</source>
        <translation>First choose the signals in the list.</translation>
    </message>
    <message>
        <source>Signalen anonimiseren</source>
        <translation>Anonymise signals</translation>
    </message>
    <message>
        <source>Van {signals} worden de samenvatting en notities definitief gewist. Datum, thema&apos;s, leeftijdsgroep en organisatie blijven voor de tellingen.</source>
        <translation>The summary and notes of {signals} will be erased permanently. Date, themes, age group and organisation remain for the counts.</translation>
    </message>
    <message>
        <source>Anonimiseren</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>{signals} geanonimiseerd.</source>
        <translation>{signals} anonymised.</translation>
    </message>
    <message>
        <source>Signalen verwijderen</source>
        <translation>Delete signals</translation>
    </message>
    <message>
        <source> ze tellen daarna ook niet meer mee in de grafieken. Dit kan niet ongedaan worden gemaakt (alleen met een back-up).</source>
        <translation> they will no longer count in the charts either. This cannot be undone (only with a backup).</translation>
    </message>
    <message>
        <source>{signals} verwijderd.</source>
        <translation>{signals} deleted.</translation>
    </message>
    <message>
        <source> Een ander programma leest het bestand nog (bijvoorbeeld een back-up); de tekst verdwijnt uit het databasebestand zodra dat klaar is. SignaalTracker meldt het hier.</source>
        <translation> Another program is still reading the file (a backup, for example); the text disappears from the database file as soon as it has finished. SignaalTracker will say so here.</translation>
    </message>
    <message>
        <source>Wissen voltooid: de tekst staat niet meer in het databasebestand.</source>
        <translation>Wipe complete: the text is no longer in the database file.</translation>
    </message>
    <message>
        <source>Naam van de gemeente</source>
        <translation>Name of the municipality</translation>
    </message>
    <message>
        <source>Breedtegraad van de gemeente</source>
        <translation>Latitude of the municipality</translation>
    </message>
    <message>
        <source>Lengtegraad van de gemeente</source>
        <translation>Longitude of the municipality</translation>
    </message>
    <message>
        <source>Standaard afzender van de raadsmemo</source>
        <translation>Default sender of the council memo</translation>
    </message>
    <message>
        <source>Standaard geadresseerde van de raadsmemo</source>
        <translation>Default recipient of the council memo</translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Ligging (breedte, lengte):</source>
        <translation>Location (latitude, longitude):</translation>
    </message>
    <message>
        <source>&amp;Afzender memo:</source>
        <translation>Memo &amp;sender:</translation>
    </message>
    <message>
        <source>Aan (&amp;memo):</source>
        <translation>To (&amp;memo):</translation>
    </message>
    <message>
        <source>Standaard ondertekening van de raadsmemo</source>
        <translation>Default signature of the council memo</translation>
    </message>
    <message>
        <source>bijv. Het college van burgemeester en wethouders</source>
        <translation>e.g. Het college van burgemeester en wethouders</translation>
    </message>
    <message>
        <source>O&amp;ndertekening memo:</source>
        <translation>Memo sig&amp;nature:</translation>
    </message>
    <message>
        <source>Contactpersoon voor de raadsmemo</source>
        <translation>Contact person for the council memo</translation>
    </message>
    <message>
        <source>E-mail of telefoon van de contactpersoon</source>
        <translation>E-mail or phone of the contact person</translation>
    </message>
    <message>
        <source>e-mail of telefoon</source>
        <translation>e-mail or phone</translation>
    </message>
    <message>
        <source>&amp;Contactpersoon:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>&amp;Logo kiezen…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <source>Logo van de gemeente kiezen (PNG of SVG)</source>
        <translation>Choose the municipality&apos;s logo (PNG or SVG)</translation>
    </message>
    <message>
        <source>Logo &amp;weghalen</source>
        <translation>Remove logo (&amp;w)</translation>
    </message>
    <message>
        <source>Logo (pagina 1 van de memo):</source>
        <translation>Logo (page 1 of the memo):</translation>
    </message>
    <message>
        <source>Taal van de schermen</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Geldt na het opnieuw starten; rapporten blijven Nederlands.</source>
        <translation>Takes effect after a restart; reports stay in Dutch.</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>De taal wijzigt na het opnieuw starten van SignaalTracker. Rapporten (raadsmemo, agenda, verslag) blijven Nederlands.</source>
        <translation>The language changes after SignaalTracker is restarted. Reports (council memo, agenda, minutes) stay in Dutch.</translation>
    </message>
    <message>
        <source>Instellingen opslaan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Afbeelding (*.png *.svg)</source>
        <translation>Image (*.png *.svg)</translation>
    </message>
    <message>
        <source>{name} is geen bruikbare PNG- of SVG-afbeelding (of groter dan 2 MB); het logo is niet veranderd.</source>
        <translation>{name} is not a usable PNG or SVG image (or larger than 2 MB); the logo has not been changed.</translation>
    </message>
    <message>
        <source>Klik op Opslaan om het logo te bewaren.</source>
        <translation>Click Save to keep the logo.</translation>
    </message>
    <message>
        <source>geen logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>Vul de naam van de gemeente in; er is niets opgeslagen.</source>
        <translation>Fill in the name of the municipality; nothing has been saved.</translation>
    </message>
    <message>
        <source>Instellingen opgeslagen. Start SignaalTracker opnieuw om de nieuwe taal te zien.</source>
        <translation>Settings saved. Restart SignaalTracker to see the new language.</translation>
    </message>
    <message>
        <source>Instellingen opgeslagen.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Sorteren op een kolom: Shift+F10 of de menutoets.</source>
        <translation>Sort by a column: Shift+F10 or the menu key.</translation>
    </message>
    <message>
        <source>&amp;Nieuw signaal</source>
        <translation>&amp;New signal</translation>
    </message>
    <message>
        <source>S&amp;tatus wijzigen</source>
        <translation>Change s&amp;tatus</translation>
    </message>
    <message>
        <source>De status van alle gekozen signalen in één keer wijzigen</source>
        <translation>Change the status of all selected signals at once</translation>
    </message>
    <message>
        <source>Markeren als {status}</source>
        <translation>Mark as {status}</translation>
    </message>
    <message>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Op de a&amp;genda…</source>
        <translation>On the a&amp;genda…</translation>
    </message>
    <message>
        <source>Het gekozen signaal als agendapunt op een overleg zetten</source>
        <translation>Put the selected signal on a meeting&apos;s agenda</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;undo&quot;&gt;Ongedaan maken&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Verwijderen ongedaan maken (Ctrl+Z)</source>
        <translation>Undo delete (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nieuw signaal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Signaal {id} heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>Signal {id} has changes that have not been saved yet.</translation>
    </message>
    <message>
        <source>Voer eerst de organisaties in die signalen melden (Registers → Organisaties).</source>
        <translation>First enter the organisations that report signals (Registers → Organisations).</translation>
    </message>
    <message>
        <source>Signaal {id} opgeslagen.</source>
        <translation>Signal {id} saved.</translation>
    </message>
    <message>
        <source>Wijzigingen in signaal {id} opgeslagen.</source>
        <translation>Changes to signal {id} saved.</translation>
    </message>
    <message>
        <source>Er is niets om ongedaan te maken.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <source>Verwijderen ongedaan gemaakt: {signals} terug.</source>
        <translation>Delete undone: {signals} back.</translation>
    </message>
    <message>
        <source>Kies één signaal om op de agenda te zetten.</source>
        <translation>Select one signal to put on the agenda.</translation>
    </message>
    <message>
        <source>Een vertrouwelijk signaal komt nooit op een agenda. Wijzig eerst het deelniveau.</source>
        <translation>A confidential signal never goes on an agenda. Change its sharing level first.</translation>
    </message>
    <message>
        <source>Er is nog geen overleg. Maak eerst een overleg aan onder Overleggen.</source>
        <translation>There is no meeting yet. Create one under Meetings first.</translation>
    </message>
    <message>
        <source>Op de agenda zetten</source>
        <translation>Put on the agenda</translation>
    </message>
    <message>
        <source>Op de agenda van:</source>
        <translation>On the agenda of:</translation>
    </message>
    <message>
        <source>Dit signaal staat al op de agenda van dat overleg.</source>
        <translation>This signal is already on that meeting&apos;s agenda.</translation>
    </message>
    <message>
        <source>Dit signaal staat al op de agenda van dat overleg, onder Nieuwe signalen.</source>
        <translation>This signal is already on that meeting's agenda, under New signals.</translation>
    </message>
    <message>
        <source>Signaal {id} staat op de agenda van het overleg van {date}.</source>
        <translation>Signal {id} is on the agenda of the meeting of {date}.</translation>
    </message>
    <message>
        <source>{signals} gemarkeerd als {status}.</source>
        <translation>{signals} marked as {status}.</translation>
    </message>
    <message>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>{signals} geëxporteerd naar {file}.</source>
        <translation>{signals} exported to {file}.</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Handleiding openen</source>
        <translation>Open the user guide</translation>
    </message>
    <message>
        <source>overal</source>
        <translation>everywhere</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Naar het volgende / vorige veld</source>
        <translation>To the next / previous field</translation>
    </message>
    <message>
        <source>Knop of veld met de onderstreepte letter</source>
        <translation>Button or field with the underlined letter</translation>
    </message>
    <message>
        <source>Raadsmemo bewaren</source>
        <translation>Keep the council memo</translation>
    </message>
    <message>
        <source>Raadsmemo als PDF opslaan</source>
        <translation>Save the council memo as PDF</translation>
    </message>
    <message>
        <source>Raadsmemo afdrukken</source>
        <translation>Print the council memo</translation>
    </message>
    <message>
        <source>Agenda van het gekozen overleg als PDF</source>
        <translation>Agenda of the chosen meeting as PDF</translation>
    </message>
    <message>
        <source>Verslag van het gekozen overleg als PDF</source>
        <translation>Minutes of the chosen meeting as PDF</translation>
    </message>
    <message>
        <source>Tabel verlaten (pijltjestoetsen bewegen erin)</source>
        <translation>Leave a table (arrow keys move inside it)</translation>
    </message>
    <message>
        <source>tabellen</source>
        <translation>tables</translation>
    </message>
    <message>
        <source>Tabel verlaten (Tab gaat naar de volgende cel)</source>
        <translation>Leave the table (Tab goes to the next cell)</translation>
    </message>
    <message>
        <source>Instroomcijfers</source>
        <translation>Intake figures</translation>
    </message>
    <message>
        <source>Cijfers van de grafiek als tabel</source>
        <translation>The chart&apos;s figures as a table</translation>
    </message>
    <message>
        <source>grafieken</source>
        <translation>charts</translation>
    </message>
    <message>
        <source>Zoeken in samenvattingen</source>
        <translation>Search in summaries</translation>
    </message>
    <message>
        <source>Wijzigingen in het gekozen signaal opslaan</source>
        <translation>Save changes to the selected signal</translation>
    </message>
    <message>
        <source>Gekozen signalen verwijderen</source>
        <translation>Delete selected signals</translation>
    </message>
    <message>
        <source>Verwijderen ongedaan maken</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>Sorteren op een kolom (menu)</source>
        <translation>Sort by a column (menu)</translation>
    </message>
    <message>
        <source>Nieuw signaal opslaan</source>
        <translation>Save new signal</translation>
    </message>
    <message>
        <source>Nieuw item in het register</source>
        <translation>New item in the register</translation>
    </message>
    <message>
        <source>Gekozen item bewerken</source>
        <translation>Edit selected item</translation>
    </message>
    <message>
        <source>Gekozen item verwijderen</source>
        <translation>Delete selected item</translation>
    </message>
    <message>
        <source>Volgend tabblad</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <source>pagina&apos;s met tabbladen</source>
        <translation>pages with tabs</translation>
    </message>
    <message>
        <source>Aan- of uitvinken</source>
        <translation>Check or uncheck</translation>
    </message>
    <message>
        <source>lijsten met vinkjes</source>
        <translation>lists with check boxes</translation>
    </message>
    <message>
        <source>Ga naar {page}</source>
        <translation>Go to {page}</translation>
    </message>
    <message>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Dit signaal is geanonimiseerd (bewaartermijn): de samenvatting en notities zijn gewist en het kan niet meer worden gewijzigd. Het telt nog mee in de tellingen en grafieken.</source>
        <translation>This signal has been anonymised (retention period): its summary and notes were erased and it can no longer be changed. It still counts in the totals and charts.</translation>
    </message>
    <message>
        <source>Geen signaal gekozen</source>
        <translation>No signal selected</translation>
    </message>
    <message>
        <source>Wi&amp;jzigingen opslaan</source>
        <translation>Save c&amp;hanges</translation>
    </message>
    <message>
        <source>Del in de tabel; ongedaan maken met Ctrl+Z</source>
        <translation>Del in the table; undo with Ctrl+Z</translation>
    </message>
    <message>
        <source>Kies een signaal in de tabel, of maak een nieuw signaal met Ctrl+N.</source>
        <translation>Choose a signal in the table, or make a new signal with Ctrl+N.</translation>
    </message>
    <message>
        <source>Signaal {id}</source>
        <translation>Signal {id}</translation>
    </message>
    <message>
        <source>Vastgelegd op {date} om {time}</source>
        <translation>Recorded on {date} at {time}</translation>
    </message>
    <message>
        <source>; gewijzigd op {date} om {time}</source>
        <translation>; changed on {date} at {time}</translation>
    </message>
    <message>
        <source>Melding persoonsgegevens</source>
        <translation>Personal data warning</translation>
    </message>
    <message>
        <source>Toc&amp;h opslaan</source>
        <translation>Save any&amp;way</translation>
    </message>
    <message>
        <source>Bevestigen dat dit geen persoonsgegevens zijn en toch opslaan</source>
        <translation>Confirm that this is not personal data and save anyway</translation>
    </message>
    <message>
        <source>Dit signaal is geanonimiseerd en kan niet meer worden gewijzigd.</source>
        <translation>This signal has been anonymised and can no longer be changed.</translation>
    </message>
    <message>
        <source>Mogelijk persoonsgegevens gevonden ({found}), geel gemarkeerd. Pas de tekst aan, of bevestig dat het geen persoonsgegevens zijn met &apos;Toch opslaan&apos;.</source>
        <translation>Possible personal data found ({found}), highlighted in yellow. Change the text, or confirm that it is not personal data with &apos;Save anyway&apos;.</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Annuleren (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Signaal niet opgeslagen</source>
        <translation>Signal not saved</translation>
    </message>
    <message>
        <source>U hebt tekst getypt die nog niet is opgeslagen. Weggooien?</source>
        <translation>You typed text that has not been saved. Discard it?</translation>
    </message>
    <message>
        <source>&amp;Weggooien</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Verder typen</source>
        <translation>&amp;Keep typing</translation>
    </message>
    <message>
        <source>Signalen exporteren</source>
        <translation>Export signals</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Ook signalen met deelniveau &amp;vertrouwelijk meenemen</source>
        <translation>Also include signals with sharing level &amp;confidential</translation>
    </message>
    <message>
        <source>Vertrouwelijke signalen verlaten de app normaal nooit.</source>
        <translation>Confidential signals normally never leave the app.</translation>
    </message>
    <message>
        <source>&amp;Formaat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Exporteren naar</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Filter: {what}</source>
        <translation>Filter: {what}</translation>
    </message>
    <message>
        <source>Waargenomen vanaf</source>
        <translation>Observed from</translation>
    </message>
    <message>
        <source>Waargenomen tot en met</source>
        <translation>Observed up to and including</translation>
    </message>
    <message>
        <source>Alle organisaties</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Alle leeftijden</source>
        <translation>All ages</translation>
    </message>
    <message>
        <source>Alle settings</source>
        <translation>All settings</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alle deelniveaus</source>
        <translation>All sharing levels</translation>
    </message>
    <message>
        <source>Zoeken in samenvattingen (Ctrl+F)</source>
        <translation>Search in summaries (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filters &amp;wissen</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>Aantal gevonden signalen</source>
        <translation>Number of signals found</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>De periode was omgekeerd ingevuld; &apos;van&apos; en &apos;t/m&apos; zijn omgewisseld.</source>
        <translation>The period was entered the wrong way round; &apos;from&apos; and &apos;to&apos; have been swapped.</translation>
    </message>
    <message>
        <source>Deze tekst is te lang om te plakken ({count} tekens); een samenvatting mag hoogstens {limit} tekens hebben. Vat de tekst samen.</source>
        <translation>This text is too long to paste ({count} characters); a summary may have at most {limit} characters. Please summarise the text.</translation>
    </message>
    <message>
        <source>Datum van waarneming</source>
        <translation>Date observed</translation>
    </message>
    <message>
        <source>Organisatie die het signaal meldde</source>
        <translation>Organisation that reported the signal</translation>
    </message>
    <message>
        <source>Leeftijdsgroep</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Soort bron</source>
        <translation>Kind of source</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Deelniveau</source>
        <translation>Sharing level</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Waargenomen op:</source>
        <translation>&amp;Observed on:</translation>
    </message>
    <message>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Thema&apos;s:</source>
        <translation>&amp;Themes:</translation>
    </message>
    <message>
        <source>&amp;Leeftijd:</source>
        <translation>&amp;Age:</translation>
    </message>
    <message>
        <source>Se&amp;tting:</source>
        <translation>Se&amp;tting:</translation>
    </message>
    <message>
        <source>Soort &amp;bron:</source>
        <translation>Kind of &amp;source:</translation>
    </message>
    <message>
        <source>&amp;Samenvatting:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>T&amp;rend:</source>
        <translation>T&amp;rend:</translation>
    </message>
    <message>
        <source>&amp;Delen met:</source>
        <translation>S&amp;hare with:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Notities:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>typ een thema, bijvoorbeeld 3MMC, cannabis</source>
        <translation>type a theme, for example 3MMC, cannabis</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; past bij meer dan één thema; typ verder.</source>
        <translation>&apos;{typed}&apos; matches more than one theme; keep typing.</translation>
    </message>
    <message>
        <source>Het thema &apos;{typed}&apos; bestaat niet; kies een thema uit de lijst.</source>
        <translation>The theme &apos;{typed}&apos; does not exist; choose a theme from the list.</translation>
    </message>
    <message>
        <source>{date} om {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>Database beschadigd</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>De nieuwste goede back-up is van {when}. SignaalTracker kan die terugzetten. Het beschadigde bestand wordt dan ongewijzigd apart bewaard, met de datum in de naam, zodat er niets verloren gaat.

Wijzigingen van na de back-up staan niet in de back-up.</source>
        <translation>The newest good backup is from {when}. SignaalTracker can restore it. The damaged file is then kept aside unchanged, with the date in its name, so nothing is lost.

Changes made after the backup are not in the backup.</translation>
    </message>
    <message>
        <source>Bestand is alleen-lezen</source>
        <translation>File is read-only</translation>
    </message>
    <message>
        <source>SignaalTracker kan een kopie maken en daarmee verder werken, of het bestand openen om alleen te bekijken (opslaan kan dan niet). Het originele bestand blijft precies zoals het is.</source>
        <translation>SignaalTracker can make a copy and continue working with it, or open the file for viewing only (nothing can be saved then). The original file stays exactly as it is.</translation>
    </message>
    <message>
        <source>Kopie maken en openen</source>
        <translation>Make a copy and open it</translation>
    </message>
    <message>
        <source>Alleen bekijken</source>
        <translation>View only</translation>
    </message>
    <message>
        <source>Nieuwere versie nodig</source>
        <translation>Newer version needed</translation>
    </message>
    <message>
        <source>

Het bestand is niet gewijzigd.</source>
        <translation>

The file has not been changed.</translation>
    </message>
    <message>
        <source>Database niet geopend</source>
        <translation>Database not opened</translation>
    </message>
    <message>
        <source>Geen SignaalTracker-database</source>
        <translation>Not a SignaalTracker database</translation>
    </message>
    <message>
        <source>

Het bestand is niet gewijzigd. Kies het juiste databasebestand met --db.</source>
        <translation>

The file has not been changed. Choose the right database file with --db.</translation>
    </message>
    <message>
        <source>

In {folder} staat geen goede back-up. Het bestand is niet gewijzigd; vraag uw functioneel beheerder om hulp of zet een back-up terug met &apos;signaaltracker restore&apos;.</source>
        <translation>

There is no good backup in {folder}. The file has not been changed; ask your application administrator for help or restore a backup with &apos;signaaltracker restore&apos;.</translation>
    </message>
    <message>
        <source>Herstellen mislukt</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>

Het beschadigde bestand is niet gewijzigd.</source>
        <translation>

The damaged file has not been changed.</translation>
    </message>
    <message>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>De back-up van {when} is teruggezet.

Het beschadigde bestand is ongewijzigd bewaard als:
{path}</source>
        <translation>The backup of {when} has been restored.

The damaged file has been kept unchanged as:
{path}</translation>
    </message>
    <message>
        <source>Kopie niet gemaakt</source>
        <translation>Copy not made</translation>
    </message>
    <message>
        <source>Kopie gemaakt</source>
        <translation>Copy made</translation>
    </message>
    <message>
        <source>U werkt nu in de kopie:
{copy}

Het origineel ({name}) is niet gewijzigd.</source>
        <translation>You are now working in the copy:
{copy}

The original ({name}) has not been changed.</translation>
    </message>
    <message>
        <source>Let op: de dagelijkse back-up is mislukt. {error}</source>
        <translation>Note: the daily backup failed. {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signalen zijn over de bewaartermijn;</source>
        <translation>
            <numerusform>%Ln signal is past the retention period;</numerusform>
            <numerusform>%Ln signals are past the retention period;</numerusform>
        </translation>
    </message>
    <message>
        <source> zie Beheer → Bewaartermijn.</source>
        <translation> see Administration → Retention.</translation>
    </message>
    <message>
        <source>Let op: de controle na het openen (back-up, bewaartermijn) is mislukt; zie het logboek.</source>
        <translation>Note: the checks after opening (backup, retention period) failed; see the log.</translation>
    </message>
    <message>
        <source>Mogelijk persoonsgegevens</source>
        <translation>Possible personal data</translation>
    </message>
    <message>
        <source>{summary}: {found}. Deze tekst komt in het verslag van het overleg. Kies &apos;Nee&apos; om de tekst aan te passen, of &apos;Ja&apos; als het geen persoonsgegevens zijn.

Toch opslaan?</source>
        <translation>{summary}: {found}. This text goes into the minutes of the meeting. Choose &apos;No&apos; to edit the text, or &apos;Yes&apos; if it is not personal data.

Save anyway?</translation>
    </message>
    <message>
        <source>Persoonsgegevens in het document</source>
        <translation>Personal data in the document</translation>
    </message>
    <message>
        <source>{summary}: {found}. Dit staat in {document}, die de app verlaat. Kies &apos;Ja&apos; om het in het document onleesbaar te maken (bijvoorbeeld “{mask}”), of &apos;Annuleren&apos; om te stoppen en de tekst eerst aan te passen.

Onleesbaar maken en doorgaan?</source>
        <translation>{summary}: {found}. This is in {document}, which leaves the app. Choose &apos;Yes&apos; to make it unreadable in the document (for example “{mask}”), or &apos;Cancel&apos; to stop and edit the text first.

Make it unreadable and continue?</translation>
    </message>
    <message>
        <source>Het hulpprogramma reageerde niet binnen {seconds} seconden.</source>
        <translation>The helper program did not respond within {seconds} seconds.</translation>
    </message>
    <message>
        <source>Het hulpprogramma gaf een fout (code {code}).</source>
        <translation>The helper program reported an error (code {code}).</translation>
    </message>
    <message>
        <source>Dit getal is te groot.</source>
        <translation>This number is too large.</translation>
    </message>
    <message>
        <source>{file} kon niet worden gelezen of geschreven: {error}.</source>
        <translation>{file} could not be read or written: {error}.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gelezen of geschreven: {error}.</source>
        <translation>The file could not be read or written: {error}.</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV met puntkomma&apos;s (*.csv)</source>
        <translation>CSV with semicolons (*.csv)</translation>
    </message>
    <message>
        <source>Sjabloon voor instroomcijfers opslaan</source>
        <translation>Save intake figures template</translation>
    </message>
    <message>
        <source>Sjabloon niet opgeslagen</source>
        <translation>Template not saved</translation>
    </message>
    <message>
        <source>Het sjabloon kon niet worden opgeslagen: {reason}</source>
        <translation>The template could not be saved: {reason}</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>{date} ligt te ver vooruit: de {field} mag niet na {latest} liggen.</source>
        <translation>{date} is too far ahead: the {field} may not be after {latest}.</translation>
    </message>
    <message>
        <source>{date} ligt te ver terug: de {field} mag niet voor {earliest} liggen.</source>
        <translation>{date} is too far back: the {field} may not be before {earliest}.</translation>
    </message>
    <message>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>There are changes that have not been saved yet.</translation>
    </message>
    <message>
        <source>Niet-opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Wilt u de wijzigingen opslaan?</source>
        <translation>Do you want to save the changes?</translation>
    </message>
    <message>
        <source>&amp;Niet opslaan</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <source>Bestand vervangen?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <source>{file} bestaat al. Wilt u het vervangen?</source>
        <translation>{file} already exists. Do you want to replace it?</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Tab gaat naar de volgende cel; Ctrl+Tab verlaat de tabel.</source>
        <translation>Tab goes to the next cell; Ctrl+Tab leaves the table.</translation>
    </message>
    <message>
        <source>Veld wissen (Esc)</source>
        <translation>Clear field (Esc)</translation>
    </message>
    <message>
        <source>Sorteren op</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <source>(oplopend)</source>
        <translation>(ascending)</translation>
    </message>
    <message>
        <source>(aflopend)</source>
        <translation>(descending)</translation>
    </message>
    <message>
        <source>Sorteren op {column}</source>
        <translation>Sort by {column}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Database al geopend</source>
        <translation>Database already open</translation>
    </message>
    <message>
        <source>{name} is al geopend in een ander venster van SignaalTracker. Ga naar dat venster; twee vensters tegelijk op één database kunnen elkaars wijzigingen overschrijven.</source>
        <translation>{name} is already open in another SignaalTracker window. Switch to that window; two windows on one database at the same time can overwrite each other&apos;s changes.</translation>
    </message>
    <message>
        <source>Database niet geopend</source>
        <translation>Database not opened</translation>
    </message>
    <message>
        <source>Welkom bij SignaalTracker</source>
        <translation>Welcome to SignaalTracker</translation>
    </message>
    <message>
        <source>Er is nog geen registratie. Begin met een lege registratie voor uw eigen signalen, of bekijk eerst de voorbeeldgegevens (de wereld van de voorbeeldmemo van Noordoostpolder, in een apart bestand).</source>
        <translation>There is no register yet. Start with an empty register for your own signals, or first look at the sample data (the world of the Noordoostpolder sample memo, in a separate file).</translation>
    </message>
    <message>
        <source>Begin met een &amp;lege registratie</source>
        <translation>Start with an &amp;empty register</translation>
    </message>
    <message>
        <source>Bekijk de &amp;voorbeeldgegevens</source>
        <translation>Look at the &amp;sample data</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>{name} (alleen bekijken) — SignaalTracker</source>
        <translation>{name} (view only) — SignaalTracker</translation>
    </message>
    <message>
        <source>Alleen bekijken: {name} is alleen-lezen; wijzigingen worden niet opgeslagen.</source>
        <translation>View only: {name} is read-only; changes are not saved.</translation>
    </message>
    <message>
        <source>Demodatabase aangemaakt in {path}</source>
        <translation>Demo database created in {path}</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>zorg</source>
        <translation>care</translation>
    </message>
    <message>
        <source>jongerenwerk</source>
        <translation>youth work</translation>
    </message>
    <message>
        <source>onderwijs</source>
        <translation>education</translation>
    </message>
    <message>
        <source>politie</source>
        <translation>police</translation>
    </message>
    <message>
        <source>handhaving</source>
        <translation>enforcement</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <source>middel</source>
        <translation>substance</translation>
    </message>
    <message>
        <source>gedrag</source>
        <translation>behaviour</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>festival/evenement</source>
        <translation>festival/event</translation>
    </message>
    <message>
        <source>straat</source>
        <translation>street</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>thuis</source>
        <translation>home</translation>
    </message>
    <message>
        <source>eigen waarneming</source>
        <translation>own observation</translation>
    </message>
    <message>
        <source>verteld door jongere</source>
        <translation>disclosed by young person</translation>
    </message>
    <message>
        <source>stijgend</source>
        <translation>rising</translation>
    </message>
    <message>
        <source>stabiel</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>dalend</source>
        <translation>falling</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>raad</source>
        <translation>council</translation>
    </message>
    <message>
        <source>overleg</source>
        <translation>meeting participants</translation>
    </message>
    <message>
        <source>vertrouwelijk</source>
        <translation>confidential</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>besproken</source>
        <translation>discussed</translation>
    </message>
    <message>
        <source>in actie</source>
        <translation>in action</translation>
    </message>
    <message>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>done</translation>
    </message>
    <message>
        <source>voorlichting en educatie</source>
        <translation>information and education</translation>
    </message>
    <message>
        <source>signalering en ondersteuning</source>
        <translation>signalling and support</translation>
    </message>
    <message>
        <source>omgeving</source>
        <translation>environment</translation>
    </message>
    <message>
        <source>regelgeving en handhaving</source>
        <translation>regulation and enforcement</translation>
    </message>
    <message>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>lopend</source>
        <translation>running</translation>
    </message>
    <message>
        <source>gestopt</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>daggemiddelde</source>
        <translation>daily mean</translation>
    </message>
    <message>
        <source>gemiddelde werkdag</source>
        <translation>weekday mean</translation>
    </message>
    <message>
        <source>gemiddelde weekend</source>
        <translation>weekend mean</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Feiten en instroomcijfers</source>
        <translation>Facts and intake figures</translation>
    </message>
    <message>
        <source>Betrokken organisaties</source>
        <translation>Organisations involved</translation>
    </message>
    <message>
        <source>Overlegstructuren</source>
        <translation>Consultation structures</translation>
    </message>
    <message>
        <source>Preventieactiviteiten</source>
        <translation>Prevention activities</translation>
    </message>
    <message>
        <source>Slottekst</source>
        <translation>Closing text</translation>
    </message>
</context>
</TS>
