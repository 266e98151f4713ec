<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message numerus="yes">
        <source>Periode toegevoegd (%Ln cijfers, nog onbekend).</source>
        <translation>
            <numerusform>Periode toegevoegd (%Ln cijfer, nog onbekend).</numerusform>
            <numerusform>Periode toegevoegd (%Ln cijfers, nog onbekend).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aanwezigheid opgeslagen (%Ln organisaties aanwezig).</source>
        <translation>
            <numerusform>Aanwezigheid opgeslagen (%Ln organisatie aanwezig).</numerusform>
            <numerusform>Aanwezigheid opgeslagen (%Ln organisaties aanwezig).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln acties, waarvan {late} te laat</source>
        <translation>
            <numerusform>%Ln actie, waarvan {late} te laat</numerusform>
            <numerusform>%Ln acties, waarvan {late} te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln acties</source>
        <translation>
            <numerusform>%Ln actie</numerusform>
            <numerusform>%Ln acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln regels in de audittrail{shown}.</source>
        <translation>
            <numerusform>%Ln regel in de audittrail{shown}.</numerusform>
            <numerusform>%Ln regels in de audittrail{shown}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signalen</source>
        <translation>
            <numerusform>%Ln signaal</numerusform>
            <numerusform>%Ln signalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln signalen&lt;/b&gt; langer dan {years} jaar niet gewijzigd{shown}.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln signaal&lt;/b&gt; langer dan {years} jaar niet gewijzigd{shown}.</numerusform>
            <numerusform>&lt;b&gt;%Ln signalen&lt;/b&gt; langer dan {years} jaar niet gewijzigd{shown}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signalen worden definitief verwijderd;</source>
        <translation>
            <numerusform>%Ln signaal wordt definitief verwijderd;</numerusform>
            <numerusform>%Ln signalen worden definitief verwijderd;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signalen zijn over de bewaartermijn;</source>
        <translation>
            <numerusform>%Ln signaal is over de bewaartermijn;</numerusform>
            <numerusform>%Ln signalen zijn over de bewaartermijn;</numerusform>
        </translation>
    </message>
</context>
</TS>
