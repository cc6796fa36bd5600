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
    <message numerus="yes">
        <source>%n finding(s) under the profile «%1».</source>
        <translation>
            <numerusform>%n finding under the profile «%1».</numerusform>
            <numerusform>%n findings under the profile «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message numerus="yes">
        <source>Individual plan of the pair «%1»: to be approved by %2 (%n working day(s) after the start on %3).</source>
        <translation>
            <numerusform>Individual plan of the pair «%1»: to be approved by %2 (%n working day after the start on %3).</numerusform>
            <numerusform>Individual plan of the pair «%1»: to be approved by %2 (%n working days after the start on %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentor&apos;s report of the pair «%1»: due by %2 (%n working day(s) after the end on %3).</source>
        <translation>
            <numerusform>Mentor&apos;s report of the pair «%1»: due by %2 (%n working day after the end on %3).</numerusform>
            <numerusform>Mentor&apos;s report of the pair «%1»: due by %2 (%n working days after the end on %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentee&apos;s questionnaire of the pair «%1»: due by %2 (%n working day(s) after the end on %3).</source>
        <translation>
            <numerusform>Mentee&apos;s questionnaire of the pair «%1»: due by %2 (%n working day after the end on %3).</numerusform>
            <numerusform>Mentee&apos;s questionnaire of the pair «%1»: due by %2 (%n working days after the end on %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message numerus="yes">
        <source>%1 of 10 (%n questionnaire(s))</source>
        <translation>
            <numerusform>%1 of 10 (%n questionnaire)</numerusform>
            <numerusform>%1 of 10 (%n questionnaires)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 p.p. (%n mentee(s))</source>
        <translation>
            <numerusform>%1 p.p. (%n mentee)</numerusform>
            <numerusform>%1 p.p. (%n mentees)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message numerus="yes">
        <source>answered %n questionnaire(s)</source>
        <translation>
            <numerusform>answered %n questionnaire</numerusform>
            <numerusform>answered %n questionnaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %n test result(s)</source>
        <translation>
            <numerusform>has %n test result</numerusform>
            <numerusform>has %n test results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n working day(s) of the start</source>
        <translation>
            <numerusform>within %n working day of the start</numerusform>
            <numerusform>within %n working days of the start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n working day(s) after the end</source>
        <translation>
            <numerusform>within %n working day after the end</numerusform>
            <numerusform>within %n working days after the end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, at least %n year(s)</source>
        <translation>
            <numerusform>%1, at least %n year</numerusform>
            <numerusform>%1, at least %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message numerus="yes">
        <source>Mentor %1 leads %n pair(s) with a single mentee at once on %2 (%4), more than the cap of %3.</source>
        <translation>
            <numerusform>Mentor %1 leads %n pair with a single mentee at once on %2 (%4), more than the cap of %3.</numerusform>
            <numerusform>Mentor %1 leads %n pairs with a single mentee at once on %2 (%4), more than the cap of %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the mentor by order in %n of these pairs or end one of them: a mentor may lead at most %1 mentees at once.</source>
        <translation>
            <numerusform>Replace the mentor by order in %n of these pairs or end it: a mentor may lead at most %1 mentees at once.</numerusform>
            <numerusform>Replace the mentor by order in %n of these pairs or end them: a mentor may lead at most %1 mentees at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pair «%1» runs from %2 to %3, longer than %n month(s) (until %4 at the latest).</source>
        <translation>
            <numerusform>The pair «%1» runs from %2 to %3, longer than %n month (until %4 at the latest).</numerusform>
            <numerusform>The pair «%1» runs from %2 to %3, longer than %n months (until %4 at the latest).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pair «%1» runs from %2 to %3, shorter than %n month(s) (at least until %4).</source>
        <translation>
            <numerusform>The pair «%1» runs from %2 to %3, shorter than %n month (at least until %4).</numerusform>
            <numerusform>The pair «%1» runs from %2 to %3, shorter than %n months (at least until %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The individual plan of the pair «%1» was approved on %2, after the deadline %3 (%n working day(s) after the start on %4).</source>
        <translation>
            <numerusform>The individual plan of the pair «%1» was approved on %2, after the deadline %3 (%n working day after the start on %4).</numerusform>
            <numerusform>The individual plan of the pair «%1» was approved on %2, after the deadline %3 (%n working days after the start on %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve individual plans within %n working day(s) of the start of mentoring.</source>
        <translation>
            <numerusform>Approve individual plans within %n working day of the start of mentoring.</numerusform>
            <numerusform>Approve individual plans within %n working days of the start of mentoring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The individual plan of the pair «%1» is not approved; it was due by %2 (%n working day(s) after the start on %3).</source>
        <translation>
            <numerusform>The individual plan of the pair «%1» is not approved; it was due by %2 (%n working day after the start on %3).</numerusform>
            <numerusform>The individual plan of the pair «%1» is not approved; it was due by %2 (%n working days after the start on %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pair «%1»: %2. The deadline was %3 (%n working day(s) after the end on %4).</source>
        <translation>
            <numerusform>Pair «%1»: %2. The deadline was %3 (%n working day after the end on %4).</numerusform>
            <numerusform>Pair «%1»: %2. The deadline was %3 (%n working days after the end on %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Have the mentor&apos;s report approved by the head and the mentee&apos;s questionnaire filled in within %n working day(s) of the end, and enter their dates in the pair.</source>
        <translation>
            <numerusform>Have the mentor&apos;s report approved by the head and the mentee&apos;s questionnaire filled in within %n working day of the end, and enter their dates in the pair.</numerusform>
            <numerusform>Have the mentor&apos;s report approved by the head and the mentee&apos;s questionnaire filled in within %n working days of the end, and enter their dates in the pair.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mentor %1: %2 experience of %n year(s)</source>
        <translation>
            <numerusform>mentor %1: %2 experience of %n year</numerusform>
            <numerusform>mentor %1: %2 experience of %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pair «%1» (%2): the mentor needs %3 experience of at least %n year(s); %4.</source>
        <translation>
            <numerusform>Pair «%1» (%2): the mentor needs %3 experience of at least %n year; %4.</numerusform>
            <numerusform>Pair «%1» (%2): the mentor needs %3 experience of at least %n years; %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (pair %2): %3.</source>
        <translation>
            <numerusform>%1 (pair %2): %3.</numerusform>
            <numerusform>%1 (pairs %2): %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the early completion on %1 at the employer&apos;s initiative comes less than %n working day(s) after the notice to mentor %2 of %3 (%4 at the earliest)</source>
        <translation>
            <numerusform>the early completion on %1 at the employer&apos;s initiative comes less than %n working day after the notice to mentor %2 of %3 (%4 at the earliest)</numerusform>
            <numerusform>the early completion on %1 at the employer&apos;s initiative comes less than %n working days after the notice to mentor %2 of %3 (%4 at the earliest)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notify the mentor in writing at least %n working day(s) before ending mentoring early.</source>
        <translation>
            <numerusform>Notify the mentor in writing at least %n working day before ending mentoring early.</numerusform>
            <numerusform>Notify the mentor in writing at least %n working days before ending mentoring early.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
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
<context>
    <name>nastavnik::ui::QuestionnaireEditor</name>
    <message numerus="yes">
        <source>This version has %n answer(s). The questions changed: saving stores them as version %1; the answers given stay with version %2.</source>
        <translation>
            <numerusform>This version has %n answer. The questions changed: saving stores them as version %1; the answer given stays with version %2.</numerusform>
            <numerusform>This version has %n answers. The questions changed: saving stores them as version %1; the answers given stay with version %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This version has %n answer(s): its title and instruction change in place; a change of the questions is saved as a new version.</source>
        <translation>
            <numerusform>This version has %n answer: its title and instruction change in place; a change of the questions is saved as a new version.</numerusform>
            <numerusform>This version has %n answers: its title and instruction change in place; a change of the questions is saved as a new version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::QuestionnairesSection</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s) filled in</source>
        <translation>
            <numerusform>%n questionnaire filled in</numerusform>
            <numerusform>%n questionnaires filled in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::RoadmapSection</name>
    <message numerus="yes">
        <source>%n activity(ies): </source>
        <translation>
            <numerusform>%n activity: </numerusform>
            <numerusform>%n activities: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage «%1» with its %n activity(ies)?</source>
        <translation>
            <numerusform>Delete the stage «%1» with its %n activity?</numerusform>
            <numerusform>Delete the stage «%1» with its %n activities?</numerusform>
        </translation>
    </message>
</context>
</TS>
