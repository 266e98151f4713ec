<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
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
        <source>Demodatabase aangemaakt in {path}</source>
        <translation>Demo database created in {path}</translation>
    </message>
</context>
</TS>
