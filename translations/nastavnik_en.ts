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
    <name>ExchangeActions</name>
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
        <source>«%1» cannot be imported: %n problem(s) found, listed below by their place in the file. Nothing was changed in the database. Correct the file, or ask whoever sent it for a correct one, and import it again.</source>
        <translation>
            <numerusform>«%1» cannot be imported: %n problem found, shown below with its place in the file. Nothing was changed in the database. Correct the file, or ask whoever sent it for a correct one, and import it again.</numerusform>
            <numerusform>«%1» cannot be imported: %n problems found, listed below by their place in the file. Nothing was changed in the database. Correct the file, or ask whoever sent it for a correct one, and import it again.</numerusform>
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
    <name>MentorMatcher</name>
    <message numerus="yes">
        <source>%1 experience is not recorded; the form needs at least %n year(s) (%2)</source>
        <translation>
            <numerusform>%1 experience is not recorded; the form needs at least %n year (%2)</numerusform>
            <numerusform>%1 experience is not recorded; the form needs at least %n years (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 experience of %2 year(s); the form needs at least %n (%3)</source>
        <translation>
            <numerusform>%1 experience of %2 year(s); the form needs at least %n (%3)</numerusform>
            <numerusform>%1 experience of %2 year(s); the form needs at least %n (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already leads %n pair(s) with a single mentee on %1; the cap is %2 (%3)</source>
        <translation>
            <numerusform>already leads %n pair with a single mentee on %1; the cap is %2 (%3)</numerusform>
            <numerusform>already leads %n pairs with a single mentee on %1; the cap is %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leads %n pair(s) over the planned term (cap %1)</source>
        <translation>
            <numerusform>leads %n pair over the planned term (cap %1)</numerusform>
            <numerusform>leads %n pairs over the planned term (cap %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leads %n pair(s) over the planned term</source>
        <translation>
            <numerusform>leads %n pair over the planned term</numerusform>
            <numerusform>leads %n pairs over the planned term</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairLifecycle</name>
    <message numerus="yes">
        <source>Mentor %1 is an employee: mentoring ends at the employer&apos;s initiative only after a written notice at least %n working day(s) in advance (Labour Code art. 351.8), and no notice date is given.</source>
        <translation>
            <numerusform>Mentor %1 is an employee: mentoring ends at the employer&apos;s initiative only after a written notice at least %n working day in advance (Labour Code art. 351.8), and no notice date is given.</numerusform>
            <numerusform>Mentor %1 is an employee: mentoring ends at the employer&apos;s initiative only after a written notice at least %n working days in advance (Labour Code art. 351.8), and no notice date is given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentor %1 is an employee notified on %2: at the employer&apos;s initiative mentoring may end no earlier than %3, %n working day(s) after the notice (Labour Code art. 351.8).</source>
        <translation>
            <numerusform>Mentor %1 is an employee notified on %2: at the employer&apos;s initiative mentoring may end no earlier than %3, %n working day after the notice (Labour Code art. 351.8).</numerusform>
            <numerusform>Mentor %1 is an employee notified on %2: at the employer&apos;s initiative mentoring may end no earlier than %3, %n working days after the notice (Labour Code art. 351.8).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %n working day(s) after it.</source>
        <translation>
            <numerusform>%1 is only %n working day after it.</numerusform>
            <numerusform>%1 is only %n working days after it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairRepository</name>
    <message numerus="yes">
        <source>Start of mentoring: mentor %1; %n mentee(s): %2</source>
        <translation>
            <numerusform>Start of mentoring: mentor %1; mentee: %2</numerusform>
            <numerusform>Start of mentoring: mentor %1; %n mentees: %2</numerusform>
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
    <name>nastavnik::PairsTableModel</name>
    <message numerus="yes">
        <source>%1 of %2, %n overdue</source>
        <translation>
            <numerusform>%1 of %2, %n overdue</numerusform>
            <numerusform>%1 of %2, %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the individual plan are past their due date.</source>
        <translation>
            <numerusform>%n item of the individual plan is past its due date.</numerusform>
            <numerusform>%n items of the individual plan are past their due date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::CalendarPage</name>
    <message numerus="yes">
        <source>%n working day(s) in the year</source>
        <translation>
            <numerusform>%n working day in the year</numerusform>
            <numerusform>%n working days in the year</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::ChecksSection</name>
    <message numerus="yes">
        <source>Rules of the profile «%1» on %2: %n finding(s).</source>
        <translation>
            <numerusform>Rules of the profile «%1» on %2: %n finding.</numerusform>
            <numerusform>Rules of the profile «%1» on %2: %n findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::DeadlinesModel</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::FindingsPanel</name>
    <message numerus="yes">
        <source>The check found %n problem(s) to correct</source>
        <translation>
            <numerusform>The check found %n problem to correct</numerusform>
            <numerusform>The check found %n problems to correct</numerusform>
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
    <name>nastavnik::ui::MatchingDialog</name>
    <message numerus="yes">
        <source>For %1: %n possible mentor(s)</source>
        <translation>
            <numerusform>For %1: %n possible mentor</numerusform>
            <numerusform>For %1: %n possible mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n excluded</numerusform>
            <numerusform>%n excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n pair(s)</source>
        <translation>
            <numerusform>Create %n pair</numerusform>
            <numerusform>Create %n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created: mentor %1 with %2 (%n pair(s)). Open them in «Pairs and groups» to fill in the individual plan.</source>
        <translation>
            <numerusform>Created: mentor %1 with %2 (%n pair). Open it in «Pairs and groups» to fill in the individual plan.</numerusform>
            <numerusform>Created: mentor %1 with %2 (%n pairs). Open them in «Pairs and groups» to fill in the individual plans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %1 named %n person(s).</source>
        <translation>
            <numerusform>Recorded: %1 named %n person.</numerusform>
            <numerusform>Recorded: %1 named %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::PairActionDialog</name>
    <message numerus="yes">
        <source>Afterwards the mentor&apos;s report and the mentee&apos;s questionnaire are due within %n working day(s) (%1): by %2; the deadline appears in «Today».</source>
        <translation>
            <numerusform>Afterwards the mentor&apos;s report and the mentee&apos;s questionnaire are due within %n working day (%1): by %2; the deadline appears in «Today».</numerusform>
            <numerusform>Afterwards the mentor&apos;s report and the mentee&apos;s questionnaire are due within %n working days (%1): by %2; the deadline appears in «Today».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::PairEditor</name>
    <message numerus="yes">
        <source>group of %n mentee(s)</source>
        <translation>
            <numerusform>group of %n mentee</numerusform>
            <numerusform>group of %n mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n month(s) under the profile (%1)</source>
        <translation>
            <numerusform>at most %n month under the profile (%1)</numerusform>
            <numerusform>at most %n months under the profile (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan is to be approved by %1: %n working day(s) after the start (%2).</source>
        <translation>
            <numerusform>The plan is to be approved by %1: %n working day after the start (%2).</numerusform>
            <numerusform>The plan is to be approved by %1: %n working days after the start (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) past the due date (highlighted).</source>
        <translation>
            <numerusform>%n item past the due date (highlighted).</numerusform>
            <numerusform>%n items past the due date (highlighted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last on %1, %n day(s) ago</source>
        <translation>
            <numerusform>the last on %1, %n day ago</numerusform>
            <numerusform>the last on %1, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan already has %n item(s). Replace them with %1?</source>
        <translation>
            <numerusform>The plan already has %n item. Replace it with %1?</numerusform>
            <numerusform>The plan already has %n items. Replace them with %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::PairPickerDialog</name>
    <message numerus="yes">
        <source>%1 – %2 · %3 · from %4 · %n plan item(s)</source>
        <translation>
            <numerusform>%1 – %2 · %3 · from %4 · %n plan item</numerusform>
            <numerusform>%1 – %2 · %3 · from %4 · %n plan items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::PairsSection</name>
    <message numerus="yes">
        <source>Delete the pair %1 with its plan (%n item(s)), meetings and history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the pair %1 with its plan (%n item), meetings and history? This cannot be undone.</numerusform>
            <numerusform>Delete the pair %1 with its plan (%n items), meetings and history? This cannot be undone.</numerusform>
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
<context>
    <name>nastavnik::ui::TodaySection</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more rule(s)</source>
        <translation>
            <numerusform>…and %n more rule</numerusform>
            <numerusform>…and %n more rules</numerusform>
        </translation>
    </message>
</context>
</TS>
