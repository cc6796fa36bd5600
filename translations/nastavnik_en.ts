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
</TS>
