<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>Demo database written to «%1»: %n people</source>
            <translation>
                <numerusform>Demo database written to «%1»: %n person</numerusform>
                <numerusform>Demo database written to «%1»: %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n pairs.</source>
            <translation>
                <numerusform>, %n pair.</numerusform>
                <numerusform>, %n pairs.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::MainWindow</name>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s)</source>
            <translation>
                <numerusform>%n pair</numerusform>
                <numerusform>%n pairs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in the archive</source>
            <translation>
                <numerusform>%n in the archive</numerusform>
                <numerusform>%n in the archive</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::PersonEditor</name>
        <message numerus="yes">
            <source>%n year(s) old, a minor</source>
            <translation>
                <numerusform>%n year old, a minor</numerusform>
                <numerusform>%n years old, a minor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) old</source>
            <translation>
                <numerusform>%n year old</numerusform>
                <numerusform>%n years old</numerusform>
            </translation>
        </message>
    </context>
</TS>
