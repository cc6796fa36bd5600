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
        <message numerus="yes">
            <source>import: %n problem(s) in «%1»; nothing was imported and the database «%2» was not changed. Correct the file at the places listed above and import it again.</source>
            <translation>
                <numerusform>import: %n problem in «%1»; nothing was imported and the database «%2» was not changed. Correct the file at the place listed above and import it again.</numerusform>
                <numerusform>import: %n problems in «%1»; nothing was imported and the database «%2» was not changed. Correct the file at the places listed above and import it again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported «%1» into «%2»: %n people</source>
            <translation>
                <numerusform>Imported «%1» into «%2»: %n person</numerusform>
                <numerusform>Imported «%1» into «%2»: %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n pairs</source>
            <translation>
                <numerusform>, %n pair</numerusform>
                <numerusform>, %n pairs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n orders.</source>
            <translation>
                <numerusform>, %n order.</numerusform>
                <numerusform>, %n orders.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported «%1» to «%2»: %n people</source>
            <translation>
                <numerusform>Exported «%1» to «%2»: %n person</numerusform>
                <numerusform>Exported «%1» to «%2»: %n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::ImportPeopleDialog</name>
        <message numerus="yes">
            <source>Show only rows with errors (%n)</source>
            <translation>
                <numerusform>Show only the row with errors (%n)</numerusform>
                <numerusform>Show only rows with errors (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n person(s)</source>
            <translation>
                <numerusform>Import %n person</numerusform>
                <numerusform>Import %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) from «%1» added to the database.</source>
            <translation>
                <numerusform>%n person from «%1» added to the database.</numerusform>
                <numerusform>%n people from «%1» added to the database.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with errors were skipped. Correct them in the file and import it again: the people already added will be recognised and skipped.</source>
            <translation>
                <numerusform>%n row with errors was skipped. Correct it in the file and import it again: the people already added will be recognised and skipped.</numerusform>
                <numerusform>%n rows with errors were skipped. Correct them in the file and import it again: the people already added will be recognised and skipped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::ImportPreviewModel</name>
        <message numerus="yes">
            <source>%1 (and %n more)</source>
            <translation>
                <numerusform>%1 (and %n more)</numerusform>
                <numerusform>%1 (and %n more)</numerusform>
            </translation>
        </message>
    </context>
</TS>
