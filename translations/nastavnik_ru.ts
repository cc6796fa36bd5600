<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Application</name>
    <message>
        <source>Nastavnik</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Mentorship programmes</source>
        <translation>Программы наставничества</translation>
    </message>
    <message>
        <source>Create and open the demo database.</source>
        <translation>Создать и открыть демонстрационную базу.</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>Файл базы данных, который нужно открыть.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Командная строка</translation>
    </message>
    <message>
        <source>%1

Usage: nastavnik [FILE.sqlite] [--demo]</source>
        <translation>%1

Запуск: nastavnik [ФАЙЛ.sqlite] [--demo]</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>The working-day calendar could not be read: %1</source>
        <translation>Не удалось прочитать производственный календарь: %1</translation>
    </message>
    <message>
        <source>The working-day calendar of %1 stored in the database is damaged (the dates are not a list of YYYY-MM-DD). Enter that year again in Settings → Calendar.</source>
        <translation>Производственный календарь на %1 год в базе повреждён (даты записаны не списком ГГГГ-ММ-ДД). Введите этот год заново: Настройки → Календарь.</translation>
    </message>
    <message>
        <source>The working-day calendar of %1 stored in the database is not valid: %2 Correct it in Settings → Calendar.</source>
        <translation>Производственный календарь на %1 год в базе содержит ошибки: %2 Исправьте его: Настройки → Календарь.</translation>
    </message>
    <message>
        <source>The calendar of %1 was not saved. %2</source>
        <translation>Календарь на %1 год не сохранён. %2</translation>
    </message>
    <message>
        <source>The calendar of %1 could not be saved: %2</source>
        <translation>Не удалось сохранить календарь на %1 год: %2</translation>
    </message>
    <message>
        <source>The calendar of %1 could not be deleted: %2</source>
        <translation>Не удалось удалить календарь на %1 год: %2</translation>
    </message>
    <message>
        <source>There is no calendar of %1 entered by the user to delete.</source>
        <translation>Календарь на %1 год пользователем не вводился — удалять нечего.</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>no data for the period</source>
        <translation>нет данных за период</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>no data for the period</source>
        <translation>нет данных за период</translation>
    </message>
    <message>
        <source>Pairs and groups by form and state</source>
        <translation>Пары и группы по формам и состояниям</translation>
    </message>
    <message>
        <source>Mentees by form of mentoring</source>
        <translation>Наставляемые по формам наставничества</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Наставляемые</translation>
    </message>
    <message>
        <source>Covered by mentoring, % of the base</source>
        <translation>Охват наставничеством, % от базы</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Охвачено</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <source>Young and new teachers</source>
        <translation>Молодые и новые педагоги</translation>
    </message>
    <message>
        <source>Satisfaction: average score of 10</source>
        <translation>Удовлетворённость: средний балл из 10</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Наставники</translation>
    </message>
    <message>
        <source>Growth from entry to final test, percentage points</source>
        <translation>Прирост от входного к итоговому тестированию, п. п.</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Прирост</translation>
    </message>
    <message>
        <source>Meetings held by kind</source>
        <translation>Проведённые встречи по видам</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command «%1».</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>demo: give the database file to create, e.g. nastavnik-cli demo demo.sqlite</source>
        <translation>demo: укажите файл создаваемой базы, например: nastavnik-cli demo demo.sqlite</translation>
    </message>
    <message>
        <source>demo: «%1» already exists. The demo is only written to a new file: choose another name or delete the file first.</source>
        <translation>demo: файл «%1» уже существует. Демонстрационная база записывается только в новый файл: выберите другое имя или сначала удалите этот файл.</translation>
    </message>
    <message numerus="yes">
        <source>Demo database written to «%1»: %n people</source>
        <translation>
            <numerusform>Демонстрационная база записана в «%1»: %n человек</numerusform>
            <numerusform>Демонстрационная база записана в «%1»: %n человека</numerusform>
            <numerusform>Демонстрационная база записана в «%1»: %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n pairs.</source>
        <translation>
            <numerusform>, %n пара.</numerusform>
            <numerusform>, %n пары.</numerusform>
            <numerusform>, %n пар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:
  nastavnik-cli demo DB
  nastavnik-cli import FILE.json DB [--replace]
  nastavnik-cli export DB FILE.json
  nastavnik-cli check (DB | FILE.json) [--profile ID] [--today YYYY-MM-DD] [--format text|json]
  nastavnik-cli workdays add DATE N
  nastavnik-cli render DB KIND ID OUT.(pdf|odt)
</source>
        <translation>Использование:
  nastavnik-cli demo БАЗА
  nastavnik-cli import ФАЙЛ.json БАЗА [--replace]
  nastavnik-cli export БАЗА ФАЙЛ.json
  nastavnik-cli check (БАЗА | ФАЙЛ.json) [--profile ПРОФИЛЬ] [--today ГГГГ-ММ-ДД] [--format text|json]
  nastavnik-cli workdays add ДАТА N
  nastavnik-cli render БАЗА ВИД ID ВЫХОД.(pdf|odt)
</translation>
    </message>
    <message>
        <source>import: unknown option «%1»; the only option is --replace.</source>
        <translation>import: неизвестный параметр «%1»; у команды есть только параметр --replace.</translation>
    </message>
    <message>
        <source>import: give the exchange file and the database, e.g. nastavnik-cli import school.json school.sqlite [--replace]</source>
        <translation>import: укажите файл обмена и базу, например: nastavnik-cli import school.json school.sqlite [--replace]</translation>
    </message>
    <message numerus="yes">
        <source>import: %n problem(s) in «%1»; nothing was imported and the database «%2» was not changed. Correct the file at the places listed above and import it again.</source>
        <translation>
            <numerusform>import: в файле «%1» %n ошибка; ничего не загружено, база «%2» не изменена. Исправьте файл в указанных выше местах и повторите загрузку.</numerusform>
            <numerusform>import: в файле «%1» %n ошибки; ничего не загружено, база «%2» не изменена. Исправьте файл в указанных выше местах и повторите загрузку.</numerusform>
            <numerusform>import: в файле «%1» %n ошибок; ничего не загружено, база «%2» не изменена. Исправьте файл в указанных выше местах и повторите загрузку.</numerusform>
        </translation>
    </message>
    <message>
        <source>import: the database «%1» already holds data, and importing «%2» would replace all of it. Nothing was changed. To replace it, run the command again with --replace (a backup copy of the database is written first), or import into a new database file.</source>
        <translation>import: в базе «%1» уже есть данные, и загрузка файла «%2» полностью заменила бы их. Ничего не изменено. Чтобы заменить данные, повторите команду с параметром --replace (перед заменой будет сохранена резервная копия базы) или загрузите файл в новую базу.</translation>
    </message>
    <message>
        <source>import: the backup copy of «%1» could not be written, so nothing was replaced: %2</source>
        <translation>import: не удалось сохранить резервную копию базы «%1», поэтому данные не заменены: %2</translation>
    </message>
    <message>
        <source>import: «%1» could not be imported into «%2»: %3 Nothing was changed.</source>
        <translation>import: не удалось загрузить «%1» в базу «%2»: %3 Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>Imported «%1» into «%2»: %n people</source>
        <translation>
            <numerusform>Файл «%1» загружен в базу «%2»: %n человек</numerusform>
            <numerusform>Файл «%1» загружен в базу «%2»: %n человека</numerusform>
            <numerusform>Файл «%1» загружен в базу «%2»: %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n pairs</source>
        <translation>
            <numerusform>, %n пара</numerusform>
            <numerusform>, %n пары</numerusform>
            <numerusform>, %n пар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n orders.</source>
        <translation>
            <numerusform>, %n приказ.</numerusform>
            <numerusform>, %n приказа.</numerusform>
            <numerusform>, %n приказов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous content of the database was saved to «%1».</source>
        <translation>Прежнее содержимое базы сохранено в файл «%1».</translation>
    </message>
    <message>
        <source>export: unknown option «%1»; export takes no options.</source>
        <translation>export: неизвестный параметр «%1»; у команды export нет параметров.</translation>
    </message>
    <message>
        <source>export: give the database and the file to write, e.g. nastavnik-cli export school.sqlite school.json</source>
        <translation>export: укажите базу и файл, в который её выгрузить, например: nastavnik-cli export school.sqlite school.json</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported «%1» to «%2»: %n people</source>
        <translation>
            <numerusform>База «%1» выгружена в файл «%2»: %n человек</numerusform>
            <numerusform>База «%1» выгружена в файл «%2»: %n человека</numerusform>
            <numerusform>База «%1» выгружена в файл «%2»: %n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: nastavnik-cli check (DB | FILE.json) [--profile ID] [--today YYYY-MM-DD] [--format text|json]</source>
        <translation>Использование: nastavnik-cli check (БАЗА | ФАЙЛ.json) [--profile ПРОФИЛЬ] [--today ГГГГ-ММ-ДД] [--format text|json]</translation>
    </message>
    <message>
        <source>check: unknown option «%1».</source>
        <translation>check: неизвестный параметр «%1».</translation>
    </message>
    <message>
        <source>check: the option %1 needs a value.</source>
        <translation>check: для параметра %1 нужно указать значение.</translation>
    </message>
    <message>
        <source>check: give one database or file to check, not «%1» and «%2».</source>
        <translation>check: укажите одну базу или один файл для проверки, а не «%1» и «%2».</translation>
    </message>
    <message>
        <source>check: the database or file to check is missing.</source>
        <translation>check: не указана база или файл для проверки.</translation>
    </message>
    <message>
        <source>check: --format must be «text» or «json», not «%1».</source>
        <translation>check: значение --format должно быть «text» или «json», а не «%1».</translation>
    </message>
    <message>
        <source>check: --today «%1» is not a valid date: give it as YYYY-MM-DD, e.g. 2026-11-22.</source>
        <translation>check: --today «%1» — недопустимая дата: укажите её в виде ГГГГ-ММ-ДД, например 2026-11-22.</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>check: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4 What to do: %5</source>
        <translation>%1 %2 (%3): %4 Что сделать: %5</translation>
    </message>
    <message>
        <source>No findings under the profile «%1».</source>
        <translation>Нарушений не найдено (профиль «%1»).</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) under the profile «%1».</source>
        <translation>
            <numerusform>Найдено %n нарушение (профиль «%1»).</numerusform>
            <numerusform>Найдено %n нарушения (профиль «%1»).</numerusform>
            <numerusform>Найдено %n нарушений (профиль «%1»).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: nastavnik-cli workdays add DATE N, e.g. nastavnik-cli workdays add 2026-05-08 5 (DATE as YYYY-MM-DD; N a whole number of working days, negative to count back).</source>
        <translation>Использование: nastavnik-cli workdays add ДАТА N, например nastavnik-cli workdays add 2026-05-08 5 (ДАТА в виде ГГГГ-ММ-ДД; N — целое число рабочих дней, отрицательное — счёт назад).</translation>
    </message>
    <message>
        <source>workdays: the subcommand is missing.</source>
        <translation>workdays: не указана подкоманда.</translation>
    </message>
    <message>
        <source>workdays: unknown subcommand «%1»; the only one is «add».</source>
        <translation>workdays: неизвестная подкоманда «%1»; есть только «add».</translation>
    </message>
    <message>
        <source>workdays add: DATE and N are required.</source>
        <translation>workdays add: нужно указать ДАТУ и N.</translation>
    </message>
    <message>
        <source>workdays add: too many arguments; give only DATE and N.</source>
        <translation>workdays add: слишком много аргументов; укажите только ДАТУ и N.</translation>
    </message>
    <message>
        <source>workdays add: DATE «%1» is not a valid date: give it as YYYY-MM-DD, e.g. 2026-05-08.</source>
        <translation>workdays add: ДАТА «%1» — недопустимая дата: укажите её в виде ГГГГ-ММ-ДД, например 2026-05-08.</translation>
    </message>
    <message>
        <source>workdays add: N «%1» is not a whole number of working days from -10000 to 10000, e.g. 5 or -3.</source>
        <translation>workdays add: N «%1» — не целое число рабочих дней от -10000 до 10000 (например, 5 или -3).</translation>
    </message>
    <message>
        <source>Warning: there is no decree data for %1; the working days of that year are counted by Labour Code art. 112 alone and may change when the decree is published.</source>
        <translation>Внимание: для %1 г. нет данных постановления Правительства о переносе выходных дней; рабочие дни посчитаны только по ст. 112 ТК РФ и могут измениться, когда постановление будет опубликовано.</translation>
    </message>
    <message>
        <source>check: --profile needs a profile id, e.g. --profile school.</source>
        <translation>check: для --profile укажите идентификатор профиля, например --profile school.</translation>
    </message>
    <message>
        <source>render: give the database, the kind of document, its id and the output file, e.g. nastavnik-cli render school.sqlite order o3 order.pdf</source>
        <translation>render: укажите базу данных, вид документа, его идентификатор и файл для записи, например: nastavnik-cli render school.sqlite order o3 order.pdf</translation>
    </message>
    <message>
        <source>render: unknown kind of document «%1». Use one of: %2.</source>
        <translation>render: неизвестный вид документа «%1». Используйте один из видов: %2.</translation>
    </message>
    <message>
        <source>render: documents of the kind «%1» are not available yet; they come with the roadmap, questionnaires and monitoring.</source>
        <translation>render: документы вида «%1» пока недоступны: они появятся вместе с дорожной картой, анкетами и мониторингом.</translation>
    </message>
    <message>
        <source>render: «%1» must end in .pdf or .odt: those are the formats documents are written in.</source>
        <translation>render: имя файла «%1» должно оканчиваться на .pdf или .odt — документы записываются только в этих форматах.</translation>
    </message>
    <message>
        <source>render: documents need the fonts of a graphical application; run nastavnik-cli itself.</source>
        <translation>render: для документов нужны шрифты графического приложения; запустите саму программу nastavnik-cli.</translation>
    </message>
    <message>
        <source>render: %1</source>
        <translation>render: %1</translation>
    </message>
    <message>
        <source>«%1» written to «%2».</source>
        <translation>Документ «%1» записан в файл «%2».</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file «%1» could not be opened: %2. Check that it exists and is not open in another program, then try again.</source>
        <translation>Не удалось открыть файл «%1»: %2. Проверьте, что он существует и не открыт в другой программе, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The file «%1» is too large to import (%2 MB). Split the list into several files.</source>
        <translation>Файл «%1» слишком велик для импорта (%2 МБ). Разделите список на несколько файлов.</translation>
    </message>
    <message>
        <source>The file «%1» could not be read: %2.</source>
        <translation>Не удалось прочитать файл «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>Cursor</name>
    <message>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was chosen. Choose a file or create a new database.</source>
        <translation>Файл базы данных не выбран. Выберите файл или создайте новую базу.</translation>
    </message>
    <message>
        <source>«%1» is a folder, not a database file. Choose a file with the extension .sqlite.</source>
        <translation>«%1» — это папка, а не файл базы данных. Выберите файл с расширением .sqlite.</translation>
    </message>
    <message>
        <source>The database file «%1» does not exist. It may have been moved or deleted: open it from its new place, or create a new database.</source>
        <translation>Файл базы данных «%1» не найден. Возможно, он перемещён или удалён: откройте его из нового места или создайте новую базу.</translation>
    </message>
    <message>
        <source>The folder «%1» could not be created. Choose a folder where you may write.</source>
        <translation>Не удалось создать папку «%1». Выберите папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <source>The database file «%1» could not be created: %2. Choose a folder where you may write.</source>
        <translation>Не удалось создать файл базы данных «%1»: %2. Выберите папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <source>The file «%1» cannot be read: %2. Check that you have access to it.</source>
        <translation>Не удалось прочитать файл «%1»: %2. Проверьте, что у вас есть доступ к нему.</translation>
    </message>
    <message>
        <source>«%1» is not a Nastavnik database (it is not an SQLite file). Choose the .sqlite file of your database, or create a new one.</source>
        <translation>«%1» — не база данных «Наставника» (это не файл SQLite). Выберите файл .sqlite вашей базы или создайте новую.</translation>
    </message>
    <message>
        <source>The database «%1» is read-only%2, so changes could not be saved. Copy the file to a folder where you may write (for example, Documents) and open the copy, or ask your administrator for write access.</source>
        <translation>База данных «%1» доступна только для чтения%2, поэтому изменения нельзя было бы сохранить. Скопируйте файл в папку, куда у вас есть право записи (например, «Документы»), и откройте копию, или попросите администратора дать право записи.</translation>
    </message>
    <message>
        <source> (its folder does not allow writing)</source>
        <translation> (в её папку запрещена запись)</translation>
    </message>
    <message>
        <source>The database «%1» is already open in another window of Nastavnik (process %2 on computer «%3»). Close it there first, then open the file again.</source>
        <translation>База данных «%1» уже открыта в другом окне «Наставника» (процесс %2 на компьютере «%3»). Сначала закройте её там, затем откройте файл снова.</translation>
    </message>
    <message>
        <source>The database «%1» could not be opened: %2</source>
        <translation>Не удалось открыть базу данных «%1»: %2</translation>
    </message>
    <message>
        <source>The database «%1» needs an update to this version of Nastavnik, but the safety copy could not be written, so nothing was changed. %2</source>
        <translation>Базу данных «%1» нужно обновить для этой версии «Наставника», но не удалось записать страховочную копию, поэтому ничего не изменено. %2</translation>
    </message>
    <message>
        <source>The database «%1» is locked by another program. Close the other program that uses it, then open the file again.</source>
        <translation>База данных «%1» заблокирована другой программой. Закройте программу, которая её использует, и откройте файл снова.</translation>
    </message>
    <message>
        <source>«%1» is not a Nastavnik database (the file is not a readable SQLite database). Choose the .sqlite file of your database.</source>
        <translation>«%1» — не база данных «Наставника» (файл не является читаемой базой SQLite). Выберите файл .sqlite вашей базы.</translation>
    </message>
    <message>
        <source>The database «%1» is read-only. Copy it to a folder where you may write and open the copy.</source>
        <translation>База данных «%1» доступна только для чтения. Скопируйте её в папку, куда у вас есть право записи, и откройте копию.</translation>
    </message>
    <message>
        <source>The database «%1» is damaged and cannot be read (%2). Open the latest automatic backup from the folder «%3», or restore the file from your own copy.</source>
        <translation>База данных «%1» повреждена и не читается (%2). Откройте последнюю автоматическую резервную копию из папки «%3» или восстановите файл из своей копии.</translation>
    </message>
    <message>
        <source>«%1» is an SQLite database of another program, not of Nastavnik. Choose the .sqlite file of your Nastavnik database, or create a new one.</source>
        <translation>«%1» — база данных SQLite другой программы, а не «Наставника». Выберите файл .sqlite вашей базы «Наставника» или создайте новую.</translation>
    </message>
    <message>
        <source>The database «%1» was written by a newer version of Nastavnik (schema %2; this version knows up to %3). Install the newer version to open it. The file was not changed.</source>
        <translation>База данных «%1» записана более новой версией «Наставника» (схема %2; эта версия знает схемы до %3). Установите новую версию, чтобы открыть её. Файл не изменён.</translation>
    </message>
    <message>
        <source>The database «%1» is damaged (%2). Open the latest automatic backup from the folder «%3», or restore the file from your own copy.</source>
        <translation>База данных «%1» повреждена (%2). Откройте последнюю автоматическую резервную копию из папки «%3» или восстановите файл из своей копии.</translation>
    </message>
    <message>
        <source>The schema update «%1» is missing from this build.</source>
        <translation>В этой сборке отсутствует обновление схемы «%1».</translation>
    </message>
    <message>
        <source>The database «%1» could not be updated to schema %2 (%3: %4). Nothing was changed; the file is as it was.</source>
        <translation>Не удалось обновить базу данных «%1» до схемы %2 (%3: %4). Ничего не изменено, файл остался прежним.</translation>
    </message>
    <message>
        <source>The database «%1» could not be updated to schema %2: its references do not match. Nothing was changed.</source>
        <translation>Не удалось обновить базу данных «%1» до схемы %2: нарушены связи между записями. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The old copy «%1» could not be replaced.</source>
        <translation>Не удалось заменить старую копию «%1».</translation>
    </message>
    <message>
        <source>The copy «%1» could not be written: %2</source>
        <translation>Не удалось записать копию «%1»: %2</translation>
    </message>
</context>
<context>
    <name>DatasetRepository</name>
    <message>
        <source>preparing</source>
        <translation>подготовка запросов</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>people</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>documents of people</source>
        <translation>документы участников</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>согласия</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>приказы</translation>
    </message>
    <message>
        <source>orders&apos; pairs</source>
        <translation>пары в приказах</translation>
    </message>
    <message>
        <source>orders&apos; people</source>
        <translation>участники в приказах</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>пары</translation>
    </message>
    <message>
        <source>mentees of pairs</source>
        <translation>наставляемые в парах</translation>
    </message>
    <message>
        <source>events of pairs</source>
        <translation>события пар</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>индивидуальные планы</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>встречи</translation>
    </message>
    <message>
        <source>The data could not be saved (%1): %2</source>
        <translation>Не удалось сохранить данные (%1): %2</translation>
    </message>
    <message>
        <source>The data could not be read (%1): %2</source>
        <translation>Не удалось прочитать данные (%1): %2</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>индексы</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message numerus="yes">
        <source>Individual plan of the pair «%1»: to be approved by %2 (%n working day(s) after the start on %3).</source>
        <translation>
            <numerusform>Индивидуальный план пары «%1»: утвердить не позднее %2 (%n рабочий день после начала %3).</numerusform>
            <numerusform>Индивидуальный план пары «%1»: утвердить не позднее %2 (%n рабочих дня после начала %3).</numerusform>
            <numerusform>Индивидуальный план пары «%1»: утвердить не позднее %2 (%n рабочих дней после начала %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentor&apos;s report of the pair «%1»: due by %2 (%n working day(s) after the end on %3).</source>
        <translation>
            <numerusform>Отчёт наставника по паре «%1»: представить не позднее %2 (%n рабочий день после окончания %3).</numerusform>
            <numerusform>Отчёт наставника по паре «%1»: представить не позднее %2 (%n рабочих дня после окончания %3).</numerusform>
            <numerusform>Отчёт наставника по паре «%1»: представить не позднее %2 (%n рабочих дней после окончания %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentee&apos;s questionnaire of the pair «%1»: due by %2 (%n working day(s) after the end on %3).</source>
        <translation>
            <numerusform>Анкета наставляемого по паре «%1»: заполнить не позднее %2 (%n рабочий день после окончания %3).</numerusform>
            <numerusform>Анкета наставляемого по паре «%1»: заполнить не позднее %2 (%n рабочих дня после окончания %3).</numerusform>
            <numerusform>Анкета наставляемого по паре «%1»: заполнить не позднее %2 (%n рабочих дней после окончания %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The pair «%1» ends on %2.</source>
        <translation>Наставничество в паре «%1» завершается %2.</translation>
    </message>
    <message>
        <source>Plan of the pair «%1»: «%2» due %3.</source>
        <translation>План пары «%1»: «%2» — срок %3.</translation>
    </message>
    <message>
        <source>%1 № %2</source>
        <translation>%1 № %2</translation>
    </message>
    <message>
        <source>«%1» of %2 expired: valid through %3.</source>
        <translation>%2: «%1» — срок действия по %3 истёк.</translation>
    </message>
    <message>
        <source>«%1» of %2 is valid through %3.</source>
        <translation>%2: «%1» — действует по %3.</translation>
    </message>
    <message>
        <source>Individual plan</source>
        <translation>Индивидуальный план</translation>
    </message>
    <message>
        <source>Mentor&apos;s report</source>
        <translation>Отчёт наставника</translation>
    </message>
    <message>
        <source>Mentee&apos;s questionnaire</source>
        <translation>Анкета наставляемого</translation>
    </message>
    <message>
        <source>End of mentoring</source>
        <translation>Окончание наставничества</translation>
    </message>
    <message>
        <source>Document expiring</source>
        <translation>Истекает срок документа</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Мероприятие плана</translation>
    </message>
    <message>
        <source>Roadmap: «%1» due %2; responsible: %3.</source>
        <translation>Дорожная карта: «%1» — срок %2; ответственный: %3.</translation>
    </message>
    <message>
        <source>Roadmap: «%1» due %2.</source>
        <translation>Дорожная карта: «%1» — срок %2.</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
</context>
<context>
    <name>DeadlinesRepository</name>
    <message>
        <source>The deadlines could not be read (%1): %2</source>
        <translation>Сроки не удалось прочитать (%1): %2</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>пары</translation>
    </message>
    <message>
        <source>mentees of pairs</source>
        <translation>наставляемые пар</translation>
    </message>
    <message>
        <source>events of pairs</source>
        <translation>события пар</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>планы</translation>
    </message>
    <message>
        <source>people</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>documents of people</source>
        <translation>документы участников</translation>
    </message>
</context>
<context>
    <name>DeadlinesSnapshot</name>
    <message>
        <source>The deadlines prepared for the next days could not be kept in «%1»: %2</source>
        <translation>Сроки, подготовленные на следующие дни, не удалось сохранить в «%1»: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created.</source>
        <translation>не удаётся создать папку.</translation>
    </message>
</context>
<context>
    <name>Declension</name>
    <message>
        <source>The declension rules are not valid JSON: %1</source>
        <translation>Правила склонения не являются корректным JSON: %1</translation>
    </message>
    <message>
        <source>The declension rules have no «%1» section.</source>
        <translation>В правилах склонения нет раздела «%1».</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>The demo database «%1» is open in another window of Nastavnik. Close it there, then open the demo again.</source>
        <translation>Демонстрационная база «%1» открыта в другом окне программы «Наставник». Закройте её там и откройте демонстрационную базу снова.</translation>
    </message>
    <message>
        <source>The older demo database «%1» could not be replaced. Check that you may write to its folder.</source>
        <translation>Не удалось заменить прежнюю демонстрационную базу «%1». Проверьте, что у вас есть право записи в её папку.</translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <source>There is no consent «%1» in the database.</source>
        <translation>В базе данных нет согласия «%1».</translation>
    </message>
    <message>
        <source>The person of the consent «%1» is not in the database.</source>
        <translation>Человека, к которому относится согласие «%1», нет в базе данных.</translation>
    </message>
    <message>
        <source>The consent «%1» is of the type «%2», which has no form.</source>
        <translation>Согласие «%1» имеет тип «%2», для которого нет формы документа.</translation>
    </message>
    <message>
        <source>The register lists all pairs: give «all» as its id.</source>
        <translation>Реестр включает все пары: укажите в качестве идентификатора «all».</translation>
    </message>
    <message>
        <source>There is no order «%1» in the database.</source>
        <translation>В базе данных нет приказа «%1».</translation>
    </message>
    <message>
        <source>Documents of the kind «%1» are not available yet: they come with the roadmap, questionnaires and monitoring.</source>
        <translation>Документы вида «%1» пока недоступны: они появятся вместе с дорожной картой, анкетами и мониторингом.</translation>
    </message>
    <message>
        <source>The order «%1» is of the type «%2», which has no form. Choose one of the order types in the journal.</source>
        <translation>Приказ «%1» имеет вид «%2», для которого нет формы. Выберите один из видов приказов журнала.</translation>
    </message>
    <message>
        <source>There is no pair «%1» in the database.</source>
        <translation>В базе данных нет пары «%1».</translation>
    </message>
    <message>
        <source>The mentor of the pair «%1» is not in the database.</source>
        <translation>Наставника пары «%1» нет в базе данных.</translation>
    </message>
    <message>
        <source>The mentor of the pair «%1», %2, is neither an employee nor an external mentor, so no agreement is made with them (a pupil mentors under the school&apos;s provision and the parents&apos; consent).</source>
        <translation>Наставник пары «%1» (%2) не является ни работником, ни внешним наставником, поэтому соглашение с ним не заключается (обучающийся осуществляет наставничество на основании положения школы и согласия родителей).</translation>
    </message>
    <message>
        <source>There is no roadmap «%1» in the database: give the id of a roadmap or its school year, e.g. 2026/2027.</source>
        <translation>В базе нет дорожной карты «%1»: укажите идентификатор дорожной карты или её учебный год, например 2026/2027.</translation>
    </message>
    <message>
        <source>There is no questionnaire «%1» in the database or among the built-in ones.</source>
        <translation>Анкеты «%1» нет ни в базе, ни среди встроенных.</translation>
    </message>
    <message>
        <source>«%1» is neither a period (2026-H2, 2026/2027, 2026, 2026-09-01..2026-12-31, with «:form» if needed) nor a saved evaluation.</source>
        <translation>«%1» — не период (2026-H2, 2026/2027, 2026, 2026-09-01..2026-12-31, при необходимости с «:форма») и не сохранённая оценка.</translation>
    </message>
    <message>
        <source>«%1» is not a form of mentoring.</source>
        <translation>«%1» — не форма наставничества.</translation>
    </message>
</context>
<context>
    <name>DocumentOpener</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>There is nothing to print on.</source>
        <translation>Не выбрано устройство для печати.</translation>
    </message>
    <message>
        <source>The printer or the file could not be prepared for drawing.</source>
        <translation>Не удалось подготовить принтер или файл к выводу документа.</translation>
    </message>
    <message>
        <source>Page %1 could not be started.</source>
        <translation>Не удалось начать страницу %1.</translation>
    </message>
    <message>
        <source>The pages could not be finished.</source>
        <translation>Не удалось завершить вывод страниц.</translation>
    </message>
    <message>
        <source>«%1» could not be written: %2. Choose another folder or file name.</source>
        <translation>Не удалось записать файл «%1»: %2. Выберите другую папку или другое имя файла.</translation>
    </message>
    <message>
        <source>The document could not be converted to OpenDocument text.</source>
        <translation>Не удалось преобразовать документ в формат OpenDocument.</translation>
    </message>
    <message>
        <source>«%1»: documents are saved as PDF (.pdf) or OpenDocument text (.odt). Give the file one of these extensions.</source>
        <translation>«%1»: документы сохраняются в формате PDF (.pdf) или OpenDocument (.odt). Укажите одно из этих расширений.</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsRepository</name>
    <message>
        <source>The settings of documents could not be read: %1</source>
        <translation>Не удалось прочитать настройки документов: %1</translation>
    </message>
    <message>
        <source>The number format of orders must contain {n}, the number within the year (e.g. {n}-{suffix}).</source>
        <translation>Формат номера приказа должен содержать {n} — порядковый номер в пределах года (например, {n}-{suffix}).</translation>
    </message>
    <message>
        <source>The mentor&apos;s pay must be an amount in roubles, e.g. 3000, or empty to leave a blank.</source>
        <translation>Доплата наставнику указывается суммой в рублях, например 3000, или не указывается, чтобы оставить поле для заполнения от руки.</translation>
    </message>
    <message>
        <source>The settings of documents could not be saved: %1</source>
        <translation>Не удалось сохранить настройки документов: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n пара</numerusform>
            <numerusform>%n пары</numerusform>
            <numerusform>%n пар</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-exchange-%2.json</source>
        <translation>%1-обмен-%2.json</translation>
    </message>
    <message>
        <source>Export to an exchange file</source>
        <translation>Экспорт в файл обмена</translation>
    </message>
    <message>
        <source>Exchange files (*.json)</source>
        <translation>Файлы обмена (*.json)</translation>
    </message>
    <message>
        <source>«%1» already exists. Replace it with the export?</source>
        <translation>Файл «%1» уже существует. Заменить его выгрузкой?</translation>
    </message>
    <message>
        <source>Exported %1 to «%2».</source>
        <translation>Выгружено: %1 — в файл «%2».</translation>
    </message>
    <message>
        <source>Import from an exchange file</source>
        <translation>Импорт из файла обмена</translation>
    </message>
    <message>
        <source>Exchange files (*.json);;All files (*)</source>
        <translation>Файлы обмена (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>Файл не загружен</translation>
    </message>
    <message numerus="yes">
        <source>«%1» cannot be imported: %n problem(s) found, listed below by their place in the file. Nothing was changed in the database. Correct the file, or ask whoever sent it for a correct one, and import it again.</source>
        <translation>
            <numerusform>Файл «%1» нельзя загрузить: найдена %n ошибка, она указана ниже с местом в файле. В базе ничего не изменено. Исправьте файл или попросите отправителя прислать правильный и загрузите его снова.</numerusform>
            <numerusform>Файл «%1» нельзя загрузить: найдены %n ошибки, они перечислены ниже с местом в файле. В базе ничего не изменено. Исправьте файл или попросите отправителя прислать правильный и загрузите его снова.</numerusform>
            <numerusform>Файл «%1» нельзя загрузить: найдено %n ошибок, они перечислены ниже с местом в файле. В базе ничего не изменено. Исправьте файл или попросите отправителя прислать правильный и загрузите его снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>its present data</source>
        <translation>её текущие данные</translation>
    </message>
    <message>
        <source>Importing «%1» replaces everything in the open database: its %2 are removed and the file&apos;s %3 take their place, with the organisation&apos;s details and the orders.

A backup copy of the database is written first to the folder «%4», so it can be restored.

Replace the content of the database?</source>
        <translation>Загрузка файла «%1» заменит всё содержимое открытой базы: из неё будут удалены %2, а их место займут %3 из файла — вместе с реквизитами организации и приказами.

Сначала в папку «%4» будет записана резервная копия базы, из которой её можно восстановить.

Заменить содержимое базы?</translation>
    </message>
    <message>
        <source>The backup copy could not be written, so nothing was imported and the database is as it was. %1</source>
        <translation>Не удалось записать резервную копию, поэтому ничего не загружено и база не изменилась. %1</translation>
    </message>
    <message>
        <source>The file could not be imported, and the database is as it was. %1</source>
        <translation>Файл не удалось загрузить, база не изменилась. %1</translation>
    </message>
    <message>
        <source>«%1» was imported (%2). Some of its keys are not part of the exchange format and were ignored:</source>
        <translation>Файл «%1» загружен (%2). Некоторые его поля не входят в формат обмена и были пропущены:</translation>
    </message>
    <message>
        <source>Imported %1 from «%2». The previous content was saved to «%3».</source>
        <translation>Загружено: %1 — из файла «%2». Прежнее содержимое сохранено в «%3».</translation>
    </message>
</context>
<context>
    <name>ExchangeReader</name>
    <message>
        <source>the file does not exist; check its name and folder</source>
        <translation>файл не найден; проверьте его имя и папку</translation>
    </message>
    <message>
        <source>this is a folder, not a file; give the exchange file (.json)</source>
        <translation>это папка, а не файл; укажите файл обмена (.json)</translation>
    </message>
    <message>
        <source>the file cannot be read (%1); check that you may read it</source>
        <translation>файл не удаётся прочитать (%1); проверьте, есть ли у вас доступ к нему</translation>
    </message>
    <message>
        <source>the file is empty; an exchange file is one JSON object with &quot;format&quot;: &quot;nastavnik-exchange&quot; — export it again</source>
        <translation>файл пуст; файл обмена — это один объект JSON с ключом &quot;format&quot;: &quot;nastavnik-exchange&quot;. Выгрузите файл заново</translation>
    </message>
    <message>
        <source>the file ends too early: a closing «}» or «]» is missing</source>
        <translation>файл обрывается: не хватает закрывающей «}» или «]»</translation>
    </message>
    <message>
        <source>a «,» between entries or the closing «}» of an object is missing</source>
        <translation>в объекте не хватает «,» между элементами или закрывающей «}»</translation>
    </message>
    <message>
        <source>a «,» between values or the closing «]» of an array is missing</source>
        <translation>в массиве не хватает «,» между значениями или закрывающей «]»</translation>
    </message>
    <message>
        <source>a «:» is missing after a key</source>
        <translation>после ключа не хватает «:»</translation>
    </message>
    <message>
        <source>a key is not in double quotes</source>
        <translation>ключ не заключён в двойные кавычки</translation>
    </message>
    <message>
        <source>a value is missing after a «,» (remove the comma after the last entry)</source>
        <translation>после «,» нет значения (уберите запятую после последнего элемента)</translation>
    </message>
    <message>
        <source>a value is not valid JSON (texts go in double quotes; true, false and null in lower case)</source>
        <translation>значение не соответствует JSON (текст пишется в двойных кавычках; true, false и null — строчными буквами)</translation>
    </message>
    <message>
        <source>a number is not valid (write numbers as 12 or 2.5, without leading zeros or units)</source>
        <translation>неверно записано число (пишите числа как 12 или 2.5, без ведущих нулей и единиц измерения)</translation>
    </message>
    <message>
        <source>a text holds an invalid escape after a backslash (write \\ for a backslash)</source>
        <translation>в тексте неверная последовательность после обратной косой черты (саму черту пишите как \\)</translation>
    </message>
    <message>
        <source>a text holds a line break or a tab; write it as \n or \t</source>
        <translation>в тексте есть перевод строки или табуляция; запишите их как \n или \t</translation>
    </message>
    <message>
        <source>a text is not valid UTF-8 (save the file in the UTF-8 encoding)</source>
        <translation>текст не в кодировке UTF-8 (сохраните файл в кодировке UTF-8)</translation>
    </message>
    <message>
        <source>a text is not closed with a double quote</source>
        <translation>текст не закрыт двойной кавычкой</translation>
    </message>
    <message>
        <source>there is more text after the end of the JSON object</source>
        <translation>после конца объекта JSON есть лишний текст</translation>
    </message>
    <message>
        <source>the file is nested too deeply</source>
        <translation>в файле слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>файл слишком большой</translation>
    </message>
    <message>
        <source>line %1, column %2: the JSON is broken: %3. Correct the file in a text editor, or export it again</source>
        <translation>строка %1, столбец %2: нарушена запись JSON: %3. Исправьте файл в текстовом редакторе или выгрузите его заново</translation>
    </message>
    <message>
        <source>the file holds a JSON array […], not an object; an exchange file is one JSON object {…} with &quot;format&quot;: &quot;nastavnik-exchange&quot;</source>
        <translation>в файле массив JSON […], а не объект; файл обмена — это один объект JSON {…} с ключом &quot;format&quot;: &quot;nastavnik-exchange&quot;</translation>
    </message>
    <message>
        <source>the file is not a JSON object; an exchange file is one JSON object {…} with &quot;format&quot;: &quot;nastavnik-exchange&quot;</source>
        <translation>файл не является объектом JSON; файл обмена — это один объект JSON {…} с ключом &quot;format&quot;: &quot;nastavnik-exchange&quot;</translation>
    </message>
    <message>
        <source>format: missing; this is not a Nastavnik exchange file, which starts with &quot;format&quot;: &quot;nastavnik-exchange&quot;</source>
        <translation>format: ключ отсутствует; это не файл обмена «Наставника», который начинается с &quot;format&quot;: &quot;nastavnik-exchange&quot;</translation>
    </message>
    <message>
        <source>format: %1 is not the format of a Nastavnik exchange file; expected &quot;nastavnik-exchange&quot;</source>
        <translation>format: %1 — не формат файла обмена «Наставника»; ожидается &quot;nastavnik-exchange&quot;</translation>
    </message>
    <message>
        <source>version: missing; expected &quot;version&quot;: %1</source>
        <translation>version: ключ отсутствует; ожидается &quot;version&quot;: %1</translation>
    </message>
    <message>
        <source>version: expected the number %1, found %2</source>
        <translation>version: ожидается число %1, а в файле — %2</translation>
    </message>
    <message>
        <source>version: the file is of version %1, newer than this version of Nastavnik reads (%2); update Nastavnik, or ask the sender to export the file for version %2</source>
        <translation>version: файл версии %1 — новее, чем может прочитать эта версия «Наставника» (%2); обновите программу или попросите отправителя выгрузить файл в версии %2</translation>
    </message>
    <message>
        <source>version: %1 is not a version of the exchange format; expected %2</source>
        <translation>version: %1 — не версия формата обмена; ожидается %2</translation>
    </message>
    <message>
        <source>%1: missing; every entry of «%2» needs an id: a non-empty text, unique within the list</source>
        <translation>%1: отсутствует; у каждой записи «%2» должен быть идентификатор — непустой текст, не повторяющийся в списке</translation>
    </message>
    <message>
        <source>an id: a non-empty text in quotes</source>
        <translation>идентификатор — непустой текст в кавычках</translation>
    </message>
    <message>
        <source>%1: empty; every entry of «%2» needs an id: a non-empty text, unique within the list</source>
        <translation>%1: пусто; у каждой записи «%2» должен быть идентификатор — непустой текст, не повторяющийся в списке</translation>
    </message>
    <message>
        <source>%1: «%2» is already the id of %3; ids must be unique within «%4»</source>
        <translation>%1: «%2» уже является идентификатором %3; идентификаторы в «%4» не должны повторяться</translation>
    </message>
    <message>
        <source>an array […]</source>
        <translation>массив […]</translation>
    </message>
    <message>
        <source>an object {…}</source>
        <translation>объект {…}</translation>
    </message>
    <message>
        <source>%1: «%2» is not a known provision profile; expected one of: %3 (or a custom profile carried in the file)</source>
        <translation>%1: «%2» — неизвестный профиль положения; ожидается один из: %3 (или собственный профиль, переданный в файле)</translation>
    </message>
    <message>
        <source>the id of a provision profile, e.g. &quot;school&quot;</source>
        <translation>идентификатор профиля положения, например &quot;school&quot;</translation>
    </message>
    <message>
        <source>the person&apos;s last name (a non-empty text)</source>
        <translation>фамилия (непустой текст)</translation>
    </message>
    <message>
        <source>%1: empty; every person needs a last name</source>
        <translation>%1: пусто; у каждого человека должна быть фамилия</translation>
    </message>
    <message>
        <source>a list of the mentees&apos; person ids, at least one</source>
        <translation>список идентификаторов наставляемых, хотя бы один</translation>
    </message>
    <message>
        <source>%1: the list is empty; a pair needs at least one mentee (a person id)</source>
        <translation>%1: список пуст; в паре должен быть хотя бы один наставляемый (идентификатор человека)</translation>
    </message>
    <message>
        <source>%1: «%2» is the pair&apos;s mentor; a mentor cannot be their own mentee</source>
        <translation>%1: «%2» — наставник этой пары; наставник не может быть своим же наставляемым</translation>
    </message>
    <message>
        <source>a text in quotes, or null</source>
        <translation>текст в кавычках или null</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>одно из значений: %1</translation>
    </message>
    <message>
        <source>%1: «%2» is not an allowed value; expected one of: %3</source>
        <translation>%1: «%2» — недопустимое значение; ожидается одно из: %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a date as text &quot;YYYY-MM-DD&quot;</source>
        <translation>дата в виде текста &quot;ГГГГ-ММ-ДД&quot;</translation>
    </message>
    <message>
        <source>a date as text &quot;YYYY-MM-DD&quot;, or null</source>
        <translation>дата в виде текста &quot;ГГГГ-ММ-ДД&quot; или null</translation>
    </message>
    <message>
        <source>%1: «%2» is not a real date; expected YYYY-MM-DD</source>
        <translation>%1: «%2» — несуществующая дата; ожидается ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>%1: «%2» is not in the form YYYY-MM-DD; write it as %3</source>
        <translation>%1: «%2» записана не в виде ГГГГ-ММ-ДД; запишите её как %3</translation>
    </message>
    <message>
        <source>%1: «%2» is not a date; expected YYYY-MM-DD, e.g. 2026-09-01</source>
        <translation>%1: «%2» — не дата; ожидается ГГГГ-ММ-ДД, например 2026-09-01</translation>
    </message>
    <message>
        <source>%1: expected a whole number of years (0 or more) or null, found %2</source>
        <translation>%1: ожидается целое число лет (0 или больше) или null, а в файле — %2</translation>
    </message>
    <message>
        <source>the id of %1</source>
        <translation>идентификатор %1</translation>
    </message>
    <message>
        <source>the id of %1 (a text in quotes)</source>
        <translation>идентификатор %1 (текст в кавычках)</translation>
    </message>
    <message>
        <source>%1: empty; expected the id of %2</source>
        <translation>%1: пусто; ожидается идентификатор %2</translation>
    </message>
    <message>
        <source>an array of ids of %1, e.g. [&quot;%2&quot;]</source>
        <translation>массив идентификаторов %1, например [&quot;%2&quot;]</translation>
    </message>
    <message>
        <source>%1: «%2» is already listed at %3; list each id once</source>
        <translation>%1: «%2» уже указан в %3; каждый идентификатор указывается один раз</translation>
    </message>
    <message>
        <source>an array of texts, e.g. [&quot;young_specialist&quot;]</source>
        <translation>массив текстов, например [&quot;young_specialist&quot;]</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>текст в кавычках</translation>
    </message>
    <message>
        <source>an object {…}, or null</source>
        <translation>объект {…} или null</translation>
    </message>
    <message>
        <source>%1: %2 is before the pair&apos;s start %3; correct one of the two dates</source>
        <translation>%1: %2 — раньше начала пары %3; исправьте одну из двух дат</translation>
    </message>
    <message>
        <source>%1: %2 is before start %3; correct one of the two dates</source>
        <translation>%1: %2 — раньше даты начала %3; исправьте одну из двух дат</translation>
    </message>
    <message>
        <source>%1: the key appears twice in the same object; keep only one</source>
        <translation>%1: ключ дважды встречается в одном объекте; оставьте один</translation>
    </message>
    <message>
        <source>%1: unknown key, ignored</source>
        <translation>%1: неизвестный ключ, пропущен</translation>
    </message>
    <message>
        <source>%1: «%2» does not match any person id; add the person to «people» or correct the id</source>
        <translation>%1: «%2» не совпадает ни с одним идентификатором человека; добавьте человека в «people» или исправьте идентификатор</translation>
    </message>
    <message>
        <source>%1: «%2» does not match any consent id; correct the id</source>
        <translation>%1: «%2» не совпадает ни с одним идентификатором согласия; исправьте идентификатор</translation>
    </message>
    <message>
        <source>%1: «%2» does not match any order id; add the order to «orders» or correct the id</source>
        <translation>%1: «%2» не совпадает ни с одним идентификатором приказа; добавьте приказ в «orders» или исправьте идентификатор</translation>
    </message>
    <message>
        <source>%1: «%2» does not match any pair id; add the pair to «pairs» or correct the id</source>
        <translation>%1: «%2» не совпадает ни с одним идентификатором пары; добавьте пару в «pairs» или исправьте идентификатор</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>человека</translation>
    </message>
    <message>
        <source>a consent</source>
        <translation>согласия</translation>
    </message>
    <message>
        <source>an order</source>
        <translation>приказа</translation>
    </message>
    <message>
        <source>a pair</source>
        <translation>пары</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1: ожидается %2, а в файле — %3</translation>
    </message>
    <message>
        <source>%1: required, but missing or null; expected %2</source>
        <translation>%1: обязательное поле отсутствует или равно null; ожидается %2</translation>
    </message>
    <message>
        <source>the text «%1»</source>
        <translation>текст «%1»</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>число %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>%1: «%2» does not match any questionnaire id; add it to «questionnaires» or correct the id</source>
        <translation>%1: «%2» не совпадает ни с одним идентификатором анкеты; добавьте её в «questionnaires» или исправьте идентификатор</translation>
    </message>
    <message>
        <source>%1: «%2» does not match any test id; add the test to «tests» or correct the id</source>
        <translation>%1: «%2» не совпадает ни с одним идентификатором теста; добавьте тест в «tests» или исправьте идентификатор</translation>
    </message>
    <message>
        <source>%1: «%2» does not match any id; correct the id</source>
        <translation>%1: «%2» не совпадает ни с одним идентификатором; исправьте идентификатор</translation>
    </message>
    <message>
        <source>a questionnaire</source>
        <translation>анкеты</translation>
    </message>
    <message>
        <source>a test</source>
        <translation>теста</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>%1: expected a number greater than %2, found %3</source>
        <translation>%1: ожидается число больше %2, найдено %3</translation>
    </message>
    <message>
        <source>%1: expected a number of at least %2, found %3</source>
        <translation>%1: ожидается число не меньше %2, найдено %3</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>целое число от %1 до %2</translation>
    </message>
    <message>
        <source>%1: expected a whole number from %2 to %3, found %4</source>
        <translation>%1: ожидается целое число от %2 до %3, найдено %4</translation>
    </message>
    <message>
        <source>a period: &quot;2026-H1&quot;, &quot;2026-H2&quot;, &quot;2026/2027&quot;, &quot;2026&quot; or &quot;2026-09-01..2026-12-31&quot;</source>
        <translation>период: &quot;2026-H1&quot;, &quot;2026-H2&quot;, &quot;2026/2027&quot;, &quot;2026&quot; или &quot;2026-09-01..2026-12-31&quot;</translation>
    </message>
    <message>
        <source>%1: «%2» is not a period; expected %3</source>
        <translation>%1: «%2» — не период; ожидается %3</translation>
    </message>
    <message>
        <source>an id: a non-empty text, unique among the activities of every roadmap</source>
        <translation>идентификатор: непустой текст, уникальный среди мероприятий всех дорожных карт</translation>
    </message>
    <message>
        <source>%1: «%2» is already the id of %3; ids of activities must be unique</source>
        <translation>%1: «%2» уже является идентификатором %3; идентификаторы мероприятий не должны повторяться</translation>
    </message>
    <message>
        <source>%1: version %2 of the questionnaire «%3» is already at %4; each version is listed once</source>
        <translation>%1: версия %2 анкеты «%3» уже есть в %4; каждая версия указывается один раз</translation>
    </message>
    <message>
        <source>the question&apos;s id: a non-empty text, unique within the questionnaire</source>
        <translation>идентификатор вопроса: непустой текст, уникальный в пределах анкеты</translation>
    </message>
    <message>
        <source>%1: «%2» is already the id of another question of this questionnaire</source>
        <translation>%1: «%2» уже является идентификатором другого вопроса этой анкеты</translation>
    </message>
    <message>
        <source>the id of a question of the questionnaire</source>
        <translation>идентификатор вопроса анкеты</translation>
    </message>
    <message>
        <source>%1: «%2» is not a question of the questionnaire «%3»</source>
        <translation>%1: «%2» не является вопросом анкеты «%3»</translation>
    </message>
    <message>
        <source>%1: the question «%2» is answered twice; keep one answer</source>
        <translation>%1: на вопрос «%2» дано два ответа; оставьте один</translation>
    </message>
    <message>
        <source>%1: expected the number of an option, from 0 to %2, found %3</source>
        <translation>%1: ожидается номер варианта от 0 до %2, найдено %3</translation>
    </message>
    <message>
        <source>an array of option numbers, e.g. [0, 2]</source>
        <translation>массив номеров вариантов, например [0, 2]</translation>
    </message>
    <message>
        <source>%1: the %2 result of «%3» in the test «%4» is already at %5; keep one</source>
        <translation>%1: результат (%2) участника «%3» по тесту «%4» уже есть в %5; оставьте один</translation>
    </message>
    <message>
        <source>%1: the SWOT analysis of this form and period is already at %2; keep one</source>
        <translation>%1: SWOT-анализ этой формы за этот период уже есть в %2; оставьте один</translation>
    </message>
    <message>
        <source>the id of an indicator</source>
        <translation>идентификатор показателя</translation>
    </message>
    <message>
        <source>%1: the indicator «%2» is listed twice</source>
        <translation>%1: показатель «%2» указан дважды</translation>
    </message>
    <message>
        <source>a number, or null for «no data»</source>
        <translation>число или null для «нет данных»</translation>
    </message>
</context>
<context>
    <name>ExchangeWriter</name>
    <message>
        <source>The file «%1» could not be written: %2. Choose a folder where you may write.</source>
        <translation>Не удалось записать файл «%1»: %2. Выберите папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <source>The file «%1» could not be written: %2. Check the free space on the disk; an older file of that name was left as it was.</source>
        <translation>Не удалось записать файл «%1»: %2. Проверьте свободное место на диске; прежний файл с этим именем остался без изменений.</translation>
    </message>
</context>
<context>
    <name>FindingsReport</name>
    <message>
        <source>The check was stopped.</source>
        <translation>Проверка остановлена.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>— do not import —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Full name (surname name patronymic)</source>
        <translation>ФИО (фамилия имя отчество)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Kind of participant</source>
        <translation>Категория участника</translation>
    </message>
    <message>
        <source>Staff or external</source>
        <translation>Штатный или внешний</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Unit or class</source>
        <translation>Подразделение, класс</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Pedagogical experience, years</source>
        <translation>Педагогический стаж, лет</translation>
    </message>
    <message>
        <source>Managerial experience, years</source>
        <translation>Управленческий стаж, лет</translation>
    </message>
    <message>
        <source>Methodical experience, years</source>
        <translation>Методический стаж, лет</translation>
    </message>
    <message>
        <source>Mentee categories</source>
        <translation>Категории наставляемого</translation>
    </message>
    <message>
        <source>Mentee&apos;s request</source>
        <translation>Запрос наставляемого</translation>
    </message>
    <message>
        <source>Mentor&apos;s competencies</source>
        <translation>Компетенции наставника</translation>
    </message>
    <message>
        <source>In the mentor base</source>
        <translation>В базе наставников</translation>
    </message>
    <message>
        <source>In the mentee base</source>
        <translation>В базе наставляемых</translation>
    </message>
    <message>
        <source>Disciplinary sanction</source>
        <translation>Дисциплинарное взыскание</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Choose the column with the surname (or with the full name): without it nobody can be imported.</source>
        <translation>Укажите столбец с фамилией (или с ФИО полностью): без него никого нельзя импортировать.</translation>
    </message>
    <message>
        <source>The full name and separate surname, name or patronymic columns are chosen together. Keep either the full name or the separate columns.</source>
        <translation>Одновременно выбраны столбец «ФИО» и отдельные столбцы фамилии, имени или отчества. Оставьте что-то одно: ФИО или отдельные столбцы.</translation>
    </message>
    <message>
        <source>«%1» is chosen for several columns (%2). Keep it for one column and set the others to «%3».</source>
        <translation>Поле «%1» выбрано для нескольких столбцов (%2). Оставьте его для одного столбца, а для остальных выберите «%3».</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Pairs and groups in the period</source>
        <translation>Пары и группы в периоде</translation>
    </message>
    <message>
        <source>Mentoring pairs and groups that worked at least one day of the period: started no later than its last day and ended no earlier than its first day (the end after extensions and early completions).</source>
        <translation>Наставнические пары и группы, работавшие хотя бы один день периода: начало не позже последнего дня периода, окончание не раньше первого (окончание с учётом продлений и досрочных завершений).</translation>
    </message>
    <message>
        <source>Active on the date of the states</source>
        <translation>Действуют на дату состояния</translation>
    </message>
    <message>
        <source>Of these, the pairs and groups active on the date of the states: the last day of the period, or today while the period lasts.</source>
        <translation>Из них пары и группы, действующие на дату состояния: последний день периода или сегодняшний день, если период ещё не закончился.</translation>
    </message>
    <message>
        <source>Completed in the period</source>
        <translation>Завершены в периоде</translation>
    </message>
    <message>
        <source>Pairs and groups whose term ended in the period before the date of the states, without an early completion.</source>
        <translation>Пары и группы, срок которых окончился в периоде до даты состояния, без досрочного завершения.</translation>
    </message>
    <message>
        <source>Pairs with a replaced mentor or ended early</source>
        <translation>Пары с заменой наставника или досрочным завершением</translation>
    </message>
    <message>
        <source>Share of the period&apos;s pairs and groups with a replacement of the mentor or an early completion dated in the period.</source>
        <translation>Доля пар и групп периода, в которых в этом периоде произошла замена наставника или досрочное завершение.</translation>
    </message>
    <message>
        <source>Pupils covered by mentoring</source>
        <translation>Охват обучающихся наставничеством</translation>
    </message>
    <message>
        <source>Share of the pupils in the base of participants (not archived) who are mentees in a pair or group of the period.</source>
        <translation>Доля обучающихся из базы участников (кроме архива), которые являются наставляемыми в паре или группе периода.</translation>
    </message>
    <message>
        <source>Young and new teachers covered by mentoring</source>
        <translation>Охват молодых и новых педагогов наставничеством</translation>
    </message>
    <message>
        <source>Share of the employees in the base of mentees (young specialists, teachers new to the school; not archived) who are mentees in a pair of the period.</source>
        <translation>Доля сотрудников из базы наставляемых (молодые специалисты, новые педагоги; кроме архива), которые являются наставляемыми в паре периода.</translation>
    </message>
    <message>
        <source>Individual plans fulfilled on time</source>
        <translation>Индивидуальные планы, выполненные в срок</translation>
    </message>
    <message>
        <source>Share of the pairs whose plan items due in the period (up to the date of the states, cancelled items aside) were all done by their due dates; pairs with no such items are not counted.</source>
        <translation>Доля пар, у которых все пункты индивидуального плана со сроком в периоде (до даты состояния, кроме отменённых) выполнены в срок; пары без таких пунктов не учитываются.</translation>
    </message>
    <message>
        <source>Plan items done on time</source>
        <translation>Пункты планов, выполненные в срок</translation>
    </message>
    <message>
        <source>Share of the individual plans&apos; items due in the period (up to the date of the states, cancelled items aside) that were done by their due date.</source>
        <translation>Доля пунктов индивидуальных планов со сроком в периоде (до даты состояния, кроме отменённых), выполненных не позднее срока.</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Проведено встреч</translation>
    </message>
    <message>
        <source>Meetings of mentors and mentees in the meetings log of the pairs, dated in the period up to the date of the states.</source>
        <translation>Встречи наставников и наставляемых из журналов встреч пар с датой в периоде до даты состояния.</translation>
    </message>
    <message>
        <source>Mentees&apos; satisfaction</source>
        <translation>Удовлетворённость наставляемых</translation>
    </message>
    <message>
        <source>Average, over the mentees&apos; satisfaction questionnaires and final evaluations dated in the period, of each questionnaire&apos;s mean answer on the scale 1–10.</source>
        <translation>Среднее по анкетам удовлетворённости и итоговой оценки наставляемых, заполненным в периоде, от среднего ответа каждой анкеты по шкале 1–10.</translation>
    </message>
    <message>
        <source>Mentors&apos; satisfaction</source>
        <translation>Удовлетворённость наставников</translation>
    </message>
    <message>
        <source>Average, over the mentors&apos; satisfaction questionnaires dated in the period, of each questionnaire&apos;s mean answer on the scale 1–10.</source>
        <translation>Среднее по анкетам удовлетворённости наставников, заполненным в периоде, от среднего ответа каждой анкеты по шкале 1–10.</translation>
    </message>
    <message>
        <source>Growth from entry to final test</source>
        <translation>Прирост от входного к итоговому тестированию</translation>
    </message>
    <message>
        <source>Average difference between the final and the entry result of the same test, in percent of its maximum score, over the mentees whose final test is dated in the period.</source>
        <translation>Средняя разница итогового и входного результата одного и того же теста в процентах от максимального балла — по наставляемым, итоговое тестирование которых проведено в периоде.</translation>
    </message>
    <message>
        <source>Newcomers retained after their first year</source>
        <translation>Закрепление новых сотрудников после первого года</translation>
    </message>
    <message>
        <source>Of the employees whose first mentoring as a mentee started one year before the period (in the same dates a year earlier), the share still with the organisation: not moved to the archive of participants on the date of the calculation. The share who left, 100 % minus this value, is the measure that 003 reports reduced by 30 % in three years.</source>
        <translation>Из сотрудников, первое наставничество которых (в роли наставляемого) началось за год до периода (в те же даты годом раньше), — доля оставшихся в организации, то есть не переведённых в архив участников на дату расчёта. Доля ушедших, 100 % минус это значение, — показатель, который по данным 003 снизился на 30 % за три года.</translation>
    </message>
    <message>
        <source>Deadlines missed</source>
        <translation>Нарушенные сроки</translation>
    </message>
    <message>
        <source>Roadmap activities and individual plan items due in the period before the date of the states that were not done by their due date (cancelled ones aside).</source>
        <translation>Мероприятия дорожной карты и пункты индивидуальных планов со сроком в периоде до даты состояния, не выполненные в срок (кроме отменённых).</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действуют</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершены</translation>
    </message>
    <message>
        <source>Completed early</source>
        <translation>Завершены досрочно</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Ещё не начались</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 из %2 (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 10 (%n questionnaire(s))</source>
        <translation>
            <numerusform>%1 из 10 (%n анкета)</numerusform>
            <numerusform>%1 из 10 (%n анкеты)</numerusform>
            <numerusform>%1 из 10 (%n анкет)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 p.p. (%n mentee(s))</source>
        <translation>
            <numerusform>%1 п. п. (%n наставляемый)</numerusform>
            <numerusform>%1 п. п. (%n наставляемых)</numerusform>
            <numerusform>%1 п. п. (%n наставляемых)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>Не удалось прочитать встречи: %1</translation>
    </message>
    <message>
        <source>the meeting of %1</source>
        <translation>встреча %1</translation>
    </message>
    <message>
        <source>a meeting «%1»</source>
        <translation>встреча «%1»</translation>
    </message>
    <message>
        <source>Meetings: give the date of %1.</source>
        <translation>Встречи: укажите дату: %1.</translation>
    </message>
    <message>
        <source>Meetings, %1: the kind «%2» is unknown; choose first, trial, planning, regular or final.</source>
        <translation>Встречи, %1: неизвестный вид встречи «%2»; выберите первую, пробную, встречу-планирование, регулярную или заключительную.</translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1. Check that the pair exists.</source>
        <translation>Не удалось сохранить встречу: %1. Проверьте, что пара существует.</translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1</source>
        <translation>Не удалось сохранить встречу: %1</translation>
    </message>
    <message>
        <source>The meeting is no longer in the database (it may have been deleted).</source>
        <translation>Этой встречи уже нет в базе (возможно, её удалили).</translation>
    </message>
    <message>
        <source>The meeting could not be deleted: %1</source>
        <translation>Не удалось удалить встречу: %1</translation>
    </message>
</context>
<context>
    <name>MentorMatcher</name>
    <message>
        <source>pedagogical</source>
        <translation>педагогический</translation>
    </message>
    <message>
        <source>managerial</source>
        <translation>управленческий</translation>
    </message>
    <message>
        <source>methodical</source>
        <translation>методический</translation>
    </message>
    <message>
        <source>is the mentee themselves</source>
        <translation>это сам наставляемый</translation>
    </message>
    <message>
        <source>is in the archive</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>«%1» needs a mentor who is: %2; this person is: %3</source>
        <translation>в форме «%1» наставник — %2; этот участник — %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 experience is not recorded; the form needs at least %n year(s) (%2)</source>
        <translation>
            <numerusform>%1 стаж не указан; для формы нужно не менее %n года (%2)</numerusform>
            <numerusform>%1 стаж не указан; для формы нужно не менее %n лет (%2)</numerusform>
            <numerusform>%1 стаж не указан; для формы нужно не менее %n лет (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 experience of %2 year(s); the form needs at least %n (%3)</source>
        <translation>
            <numerusform>%1 стаж — %2 г.; для формы нужно не менее %n года (%3)</numerusform>
            <numerusform>%1 стаж — %2 г.; для формы нужно не менее %n лет (%3)</numerusform>
            <numerusform>%1 стаж — %2 г.; для формы нужно не менее %n лет (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>no «%1» valid on %2 (%3)</source>
        <translation>нет документа «%1», действующего на %2 (%3)</translation>
    </message>
    <message>
        <source>is the direct supervisor of %1 (%2)</source>
        <translation>непосредственный руководитель наставляемого: %1 (%2)</translation>
    </message>
    <message>
        <source>has a disciplinary sanction (%1)</source>
        <translation>имеет дисциплинарное взыскание (%1)</translation>
    </message>
    <message numerus="yes">
        <source>already leads %n pair(s) with a single mentee on %1; the cap is %2 (%3)</source>
        <translation>
            <numerusform>уже ведёт %n пару с одним наставляемым на %1; допускается не более %2 (%3)</numerusform>
            <numerusform>уже ведёт %n пары с одним наставляемым на %1; допускается не более %2 (%3)</numerusform>
            <numerusform>уже ведёт %n пар с одним наставляемым на %1; допускается не более %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>no written consent to act as a mentor yet: obtain it before the start</source>
        <translation>ещё нет письменного согласия быть наставником: получите его до начала</translation>
    </message>
    <message>
        <source>no supplementary agreement on mentoring yet (Labour Code art. 351.8): conclude it before the start</source>
        <translation>ещё нет дополнительного соглашения о наставничестве (ст. 351.8 ТК РФ): заключите его до начала</translation>
    </message>
    <message>
        <source>an external mentor: still needs %1</source>
        <translation>внешний наставник: ещё нужны документы — %1</translation>
    </message>
    <message>
        <source>Choose the mentee (or several) to find a mentor for.</source>
        <translation>Выберите наставляемого (или нескольких), для которого подбирается наставник.</translation>
    </message>
    <message>
        <source>Choose the form of mentoring.</source>
        <translation>Выберите форму наставничества.</translation>
    </message>
    <message>
        <source>Give the planned start and end: whether a mentor has room depends on the dates.</source>
        <translation>Укажите плановые начало и окончание: свободен ли наставник, зависит от дат.</translation>
    </message>
    <message>
        <source>The planned end is before the start.</source>
        <translation>Плановое окончание раньше начала.</translation>
    </message>
    <message>
        <source>mutual choice in the survey: %1 chose them (choice %2), they chose %1 (choice %3)</source>
        <translation>взаимный выбор в анкете: %1 — выбор %2, наставник — выбор %3</translation>
    </message>
    <message>
        <source>%1 chose them in the survey (choice %2)</source>
        <translation>анкета предпочтений: %1 — выбор %2</translation>
    </message>
    <message>
        <source>they chose %1 in the survey (choice %2)</source>
        <translation>наставляемый %1 указан в анкете наставника (выбор %2)</translation>
    </message>
    <message>
        <source>competencies match the request: %1</source>
        <translation>компетенции совпадают с запросом: %1</translation>
    </message>
    <message>
        <source>same unit: %1</source>
        <translation>то же подразделение: %1</translation>
    </message>
    <message>
        <source>leads no pairs over the planned term (cap %1)</source>
        <translation>в плановый срок не ведёт пар (допускается %1)</translation>
    </message>
    <message numerus="yes">
        <source>leads %n pair(s) over the planned term (cap %1)</source>
        <translation>
            <numerusform>в плановый срок ведёт %n пару (допускается %1)</numerusform>
            <numerusform>в плановый срок ведёт %n пары (допускается %1)</numerusform>
            <numerusform>в плановый срок ведёт %n пар (допускается %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>leads no pairs over the planned term</source>
        <translation>в плановый срок не ведёт пар</translation>
    </message>
    <message numerus="yes">
        <source>leads %n pair(s) over the planned term</source>
        <translation>
            <numerusform>в плановый срок ведёт %n пару</numerusform>
            <numerusform>в плановый срок ведёт %n пары</numerusform>
            <numerusform>в плановый срок ведёт %n пар</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move to the archive</source>
        <translation>Перенести в архив</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
</context>
<context>
    <name>MonitoringRecords</name>
    <message>
        <source>The monitoring data could not be read (%1): %2</source>
        <translation>Не удалось прочитать данные мониторинга (%1): %2</translation>
    </message>
    <message>
        <source>roadmaps</source>
        <translation>дорожные карты</translation>
    </message>
    <message>
        <source>stages of roadmaps</source>
        <translation>этапы дорожных карт</translation>
    </message>
    <message>
        <source>activities of roadmaps</source>
        <translation>мероприятия дорожных карт</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation>анкеты</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>вопросы</translation>
    </message>
    <message>
        <source>answered questionnaires</source>
        <translation>заполненные анкеты</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>ответы</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>тесты</translation>
    </message>
    <message>
        <source>test results</source>
        <translation>результаты тестирования</translation>
    </message>
    <message>
        <source>SWOT analyses</source>
        <translation>SWOT-анализы</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>оценки</translation>
    </message>
    <message>
        <source>indicators of evaluations</source>
        <translation>показатели оценок</translation>
    </message>
    <message>
        <source>The monitoring data could not be replaced (%1): %2</source>
        <translation>Не удалось заменить данные мониторинга (%1): %2</translation>
    </message>
    <message>
        <source>The monitoring data could not be saved (%1): %2</source>
        <translation>Не удалось сохранить данные мониторинга (%1): %2</translation>
    </message>
</context>
<context>
    <name>MonitoringRepository</name>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1: удалить не удалось: %2</translation>
    </message>
    <message>
        <source>The roadmap needs a title.</source>
        <translation>У дорожной карты должно быть название.</translation>
    </message>
    <message>
        <source>A stage of the roadmap has no title: name every stage.</source>
        <translation>У этапа дорожной карты нет названия: назовите каждый этап.</translation>
    </message>
    <message>
        <source>An activity of the stage «%1» has no title: describe what is to be done.</source>
        <translation>У мероприятия этапа «%1» нет названия: опишите, что нужно сделать.</translation>
    </message>
    <message>
        <source>The activity «%1» ends on %2, before it starts on %3: correct one of the dates.</source>
        <translation>Мероприятие «%1» заканчивается %2, раньше начала %3: исправьте одну из дат.</translation>
    </message>
    <message>
        <source>The activity «%1» has an unknown status «%2».</source>
        <translation>У мероприятия «%1» неизвестный статус «%2».</translation>
    </message>
    <message>
        <source>The order «%1» that approves the roadmap is not in the journal.</source>
        <translation>Приказа «%1», утверждающего дорожную карту, нет в журнале.</translation>
    </message>
    <message>
        <source>The roadmap could not be saved: %1</source>
        <translation>Не удалось сохранить дорожную карту: %1</translation>
    </message>
    <message>
        <source>The roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>There is no questionnaire «%1» in the database.</source>
        <translation>В базе нет анкеты «%1».</translation>
    </message>
    <message>
        <source>The questionnaire could not be saved: %1</source>
        <translation>Не удалось сохранить анкету: %1</translation>
    </message>
    <message>
        <source>This version of the questionnaire has answers and cannot be deleted: the answers would lose their questions. Delete the answers first.</source>
        <translation>Эту версию анкеты удалить нельзя: на неё уже есть ответы, и они потеряли бы свои вопросы. Сначала удалите ответы.</translation>
    </message>
    <message>
        <source>The questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>The respondent «%1» is not in the base of participants.</source>
        <translation>Респондента «%1» нет в базе участников.</translation>
    </message>
    <message>
        <source>The pair «%1» is not in the database.</source>
        <translation>Пары «%1» нет в базе.</translation>
    </message>
    <message>
        <source>Give the date the questionnaire was filled in.</source>
        <translation>Укажите дату заполнения анкеты.</translation>
    </message>
    <message>
        <source>The questionnaire has no question «%1».</source>
        <translation>В анкете нет вопроса «%1».</translation>
    </message>
    <message>
        <source>«%1»: the answer on the scale must be from 1 to 10.</source>
        <translation>«%1»: ответ по шкале должен быть от 1 до 10.</translation>
    </message>
    <message>
        <source>«%1»: the answer is not one of the options.</source>
        <translation>«%1»: ответ не входит в варианты.</translation>
    </message>
    <message>
        <source>«%1»: choose one option only.</source>
        <translation>«%1»: выберите только один вариант.</translation>
    </message>
    <message>
        <source>The answers could not be saved: %1</source>
        <translation>Не удалось сохранить ответы: %1</translation>
    </message>
    <message>
        <source>The answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>The test needs a title.</source>
        <translation>У теста должно быть название.</translation>
    </message>
    <message>
        <source>The maximum score of the test must be greater than 0.</source>
        <translation>Максимальный балл теста должен быть больше 0.</translation>
    </message>
    <message>
        <source>«%1» is not a form of mentoring.</source>
        <translation>«%1» — не форма наставничества.</translation>
    </message>
    <message>
        <source>Some results of the test are above %1: the maximum score cannot be lower than a result.</source>
        <translation>Некоторые результаты теста выше %1: максимальный балл не может быть ниже результата.</translation>
    </message>
    <message>
        <source>The test could not be saved: %1</source>
        <translation>Не удалось сохранить тест: %1</translation>
    </message>
    <message>
        <source>The test</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>There is no test «%1» in the database.</source>
        <translation>В базе нет теста «%1».</translation>
    </message>
    <message>
        <source>The mentee «%1» is not in the base of participants.</source>
        <translation>Наставляемого «%1» нет в базе участников.</translation>
    </message>
    <message>
        <source>A result is taken at the entry or at the end («%1» is neither).</source>
        <translation>Результат бывает входным или итоговым («%1» — ни то, ни другое).</translation>
    </message>
    <message>
        <source>The score in «%1» must be from 0 to %2.</source>
        <translation>Балл по тесту «%1» должен быть от 0 до %2.</translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>Не удалось сохранить результат: %1</translation>
    </message>
    <message>
        <source>The result could not be deleted: %1</source>
        <translation>Не удалось удалить результат: %1</translation>
    </message>
    <message>
        <source>«%1» is not a period of the SWOT analysis (e.g. 2026-H1).</source>
        <translation>«%1» — не период SWOT-анализа (например, 2026-H1).</translation>
    </message>
    <message>
        <source>The SWOT analysis could not be saved: %1</source>
        <translation>Не удалось сохранить SWOT-анализ: %1</translation>
    </message>
    <message>
        <source>«%1» is not a period (e.g. 2026-H1).</source>
        <translation>«%1» — не период (например, 2026-H1).</translation>
    </message>
    <message>
        <source>Give the date of the evaluation.</source>
        <translation>Укажите дату оценки.</translation>
    </message>
    <message>
        <source>The evaluation could not be saved: %1</source>
        <translation>Не удалось сохранить оценку: %1</translation>
    </message>
    <message>
        <source>The evaluation</source>
        <translation>Оценка</translation>
    </message>
</context>
<context>
    <name>MonitoringVocabulary</name>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Scale 1–10</source>
        <translation>Шкала 1–10</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Один вариант</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Несколько вариантов</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Свободный ответ</translation>
    </message>
    <message>
        <source>Mentee&apos;s satisfaction</source>
        <translation>Удовлетворённость наставляемого</translation>
    </message>
    <message>
        <source>Mentor&apos;s satisfaction</source>
        <translation>Удовлетворённость наставника</translation>
    </message>
    <message>
        <source>Mentee&apos;s final evaluation</source>
        <translation>Итоговая оценка наставляемым</translation>
    </message>
    <message>
        <source>Curator&apos;s questionnaire on conditions</source>
        <translation>Анкета куратора об условиях</translation>
    </message>
    <message>
        <source>Preference survey</source>
        <translation>Анкета предпочтений</translation>
    </message>
    <message>
        <source>Intermediate feedback</source>
        <translation>Промежуточная обратная связь</translation>
    </message>
    <message>
        <source>Other questionnaire</source>
        <translation>Другая анкета</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Наставляемый</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Any participant</source>
        <translation>Любой участник</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Входное</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Итоговое</translation>
    </message>
</context>
<context>
    <name>OdtPageStyle</name>
    <message>
        <source>The OpenDocument file could not be assembled.</source>
        <translation>Не удалось собрать файл OpenDocument.</translation>
    </message>
</context>
<context>
    <name>OrderLinks</name>
    <message>
        <source>Open the order</source>
        <translation>Открыть приказ</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Открыть документ</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>The order № %1 of %2 is signed and can no longer be changed. Corrections are made by a new order: draft one that amends or cancels it.</source>
        <translation>Приказ № %1 от %2 подписан, изменить его нельзя. Исправления вносятся новым приказом: подготовьте приказ о внесении изменений или об отмене.</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>Не удалось прочитать приказ: %1</translation>
    </message>
    <message>
        <source>The order «%1» is not in the journal (it may have been deleted).</source>
        <translation>Приказа «%1» нет в журнале (возможно, он удалён).</translation>
    </message>
    <message>
        <source>The orders journal could not be read: %1</source>
        <translation>Не удалось прочитать журнал приказов: %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s settings could not be read: %1</source>
        <translation>Не удалось прочитать сведения об организации: %1</translation>
    </message>
    <message>
        <source>«%1» is not a type of order. Choose one of: %2.</source>
        <translation>«%1» не является видом приказа. Выберите один из видов: %2.</translation>
    </message>
    <message>
        <source>The order could not be saved: %1</source>
        <translation>Не удалось сохранить приказ: %1</translation>
    </message>
    <message>
        <source>The pair «%1» could not be added to the order: %2. Check that the pair exists.</source>
        <translation>Не удалось включить пару «%1» в приказ: %2. Проверьте, что такая пара существует.</translation>
    </message>
    <message>
        <source>The person «%1» could not be added to the order: %2. Check that the person exists.</source>
        <translation>Не удалось включить «%1» в приказ: %2. Проверьте, что такой человек есть в базе.</translation>
    </message>
    <message>
        <source>There is no pair «%1» in the database.</source>
        <translation>В базе данных нет пары «%1».</translation>
    </message>
    <message>
        <source>There is no person «%1» in the database.</source>
        <translation>В базе данных нет человека «%1».</translation>
    </message>
    <message>
        <source>The pair «%1» could not be linked to the order: %2</source>
        <translation>Не удалось связать пару «%1» с приказом: %2</translation>
    </message>
    <message>
        <source>Choose the pairs the order approves.</source>
        <translation>Выберите пары, которые утверждаются приказом.</translation>
    </message>
    <message>
        <source>The pair&apos;s events could not be read: %1</source>
        <translation>Не удалось прочитать события пары: %1</translation>
    </message>
    <message>
        <source>The pair «%1» has no %2 to draft an order for. Enter it in the pair first.</source>
        <translation>У пары «%1» нет события «%2», для которого можно подготовить приказ. Сначала внесите его в карточку пары.</translation>
    </message>
    <message>
        <source>The event could not be linked to the order: %1</source>
        <translation>Не удалось связать событие с приказом: %1</translation>
    </message>
    <message>
        <source>Choose the participants to reward.</source>
        <translation>Выберите участников, которых нужно поощрить.</translation>
    </message>
    <message>
        <source>The text of the order could not be saved: %1</source>
        <translation>Не удалось сохранить текст приказа: %1</translation>
    </message>
    <message>
        <source>Give the date of the order.</source>
        <translation>Укажите дату приказа.</translation>
    </message>
    <message>
        <source>Give the registration number of the order.</source>
        <translation>Укажите регистрационный номер приказа.</translation>
    </message>
    <message>
        <source>The pair «%1» could not be added to the order: %2</source>
        <translation>Не удалось включить пару «%1» в приказ: %2</translation>
    </message>
    <message>
        <source>The person «%1» could not be added to the order: %2</source>
        <translation>Не удалось включить «%1» в приказ: %2</translation>
    </message>
    <message>
        <source>The order «%1» needs a number and a date before it is signed.</source>
        <translation>Перед подписанием приказа «%1» укажите его номер и дату.</translation>
    </message>
    <message>
        <source>The order could not be signed: %1</source>
        <translation>Не удалось отметить приказ как подписанный: %1</translation>
    </message>
    <message>
        <source>The draft could not be deleted: %1</source>
        <translation>Не удалось удалить проект приказа: %1</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>The organisation&apos;s settings could not be read: %1</source>
        <translation>Не удалось прочитать сведения об организации: %1</translation>
    </message>
    <message>
        <source>Choose the provision profile the organisation works under.</source>
        <translation>Выберите профиль положения, по которому работает организация.</translation>
    </message>
    <message>
        <source>The head «%1» is not in the database.</source>
        <translation>Руководителя «%1» нет в базе.</translation>
    </message>
    <message>
        <source>The curator «%1» is not in the database.</source>
        <translation>Куратора «%1» нет в базе.</translation>
    </message>
    <message>
        <source>The organisation&apos;s settings could not be saved: %1</source>
        <translation>Не удалось сохранить сведения об организации: %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s provision profile could not be saved: %1</source>
        <translation>Не удалось сохранить профиль положения организации: %1</translation>
    </message>
</context>
<context>
    <name>PairLifecycle</name>
    <message>
        <source>The pair «%1» is not in the database (it may have been deleted).</source>
        <translation>Пары «%1» нет в базе (возможно, её удалили).</translation>
    </message>
    <message>
        <source>Give the date from which the new mentor leads the pair.</source>
        <translation>Укажите дату, с которой пару ведёт новый наставник.</translation>
    </message>
    <message>
        <source>The replacement date %1 is before the start of mentoring %2.</source>
        <translation>Дата замены %1 раньше начала наставничества %2.</translation>
    </message>
    <message>
        <source>The replacement date %1 is after the end of the pair %2: a mentor is replaced within the term.</source>
        <translation>Дата замены %1 позже окончания пары %2: наставник заменяется в пределах срока.</translation>
    </message>
    <message>
        <source>The mentor was already replaced on %1; a new replacement must be dated later (the history is not rewritten).</source>
        <translation>Наставник уже заменялся %1; новая замена должна быть датирована позже (история не переписывается).</translation>
    </message>
    <message>
        <source>Choose the new mentor.</source>
        <translation>Выберите нового наставника.</translation>
    </message>
    <message>
        <source>The person «%1» is not in the database: choose the new mentor again.</source>
        <translation>Участника «%1» нет в базе: выберите нового наставника заново.</translation>
    </message>
    <message>
        <source>%1 is in the archive: choose someone else or take them out of the archive first.</source>
        <translation>%1 — в архиве: выберите другого участника или сначала верните его из архива.</translation>
    </message>
    <message>
        <source>%1 already leads the pair: choose another mentor.</source>
        <translation>%1 уже ведёт эту пару: выберите другого наставника.</translation>
    </message>
    <message>
        <source>%1 is a mentee of this pair and cannot become its mentor.</source>
        <translation>%1 — наставляемый этой пары и не может стать её наставником.</translation>
    </message>
    <message>
        <source>Choose the ground of the replacement.</source>
        <translation>Выберите основание замены.</translation>
    </message>
    <message>
        <source>The ground «%1» is not in the profile&apos;s list: choose one of the listed grounds.</source>
        <translation>Основания «%1» нет в перечне профиля: выберите одно из перечисленных оснований.</translation>
    </message>
    <message>
        <source>The order «%1» is not in the journal: choose another order or prepare one.</source>
        <translation>Приказа «%1» нет в журнале: выберите другой приказ или подготовьте новый.</translation>
    </message>
    <message>
        <source>The pair was completed on %1; a completed pair cannot be extended.</source>
        <translation>Пара завершена %1; завершённую пару продлить нельзя.</translation>
    </message>
    <message>
        <source>Give the date of the decision to extend.</source>
        <translation>Укажите дату решения о продлении.</translation>
    </message>
    <message>
        <source>The date of the extension %1 is before the start of mentoring %2.</source>
        <translation>Дата продления %1 раньше начала наставничества %2.</translation>
    </message>
    <message>
        <source>The date of the extension %1 is after the end of the term %2: a term is extended before it runs out.</source>
        <translation>Дата продления %1 позже окончания срока %2: срок продлевают до его истечения.</translation>
    </message>
    <message>
        <source>Give the new end of mentoring.</source>
        <translation>Укажите новую дату окончания наставничества.</translation>
    </message>
    <message>
        <source>The new end %1 must be after the current end %2.</source>
        <translation>Новое окончание %1 должно быть позже текущего окончания %2.</translation>
    </message>
    <message>
        <source>Choose the reason of the extension.</source>
        <translation>Выберите причину продления.</translation>
    </message>
    <message>
        <source>The reason «%1» is not in the profile&apos;s list: choose one of the listed reasons.</source>
        <translation>Причины «%1» нет в перечне профиля: выберите одну из перечисленных причин.</translation>
    </message>
    <message>
        <source>The pair was already completed on %1.</source>
        <translation>Пара уже завершена %1.</translation>
    </message>
    <message>
        <source>Give the date on which mentoring ends.</source>
        <translation>Укажите дату окончания наставничества.</translation>
    </message>
    <message>
        <source>The completion date %1 is before the start of mentoring %2.</source>
        <translation>Дата завершения %1 раньше начала наставничества %2.</translation>
    </message>
    <message>
        <source>The date %1 is not before the end of the term %2: this is an ordinary completion, use «Complete».</source>
        <translation>Дата %1 не раньше окончания срока %2: это обычное завершение, используйте «Завершить».</translation>
    </message>
    <message>
        <source>Choose who initiates the early completion.</source>
        <translation>Выберите, по чьей инициативе наставничество завершается досрочно.</translation>
    </message>
    <message>
        <source>The initiator «%1» is unknown: choose the mentor, the employer or an agreement of the parties.</source>
        <translation>Неизвестный инициатор «%1»: выберите наставника, работодателя или соглашение сторон.</translation>
    </message>
    <message>
        <source>The notice %1 is dated after the completion %2.</source>
        <translation>Уведомление от %1 датировано позже завершения %2.</translation>
    </message>
    <message>
        <source>Give the date mentoring ended.</source>
        <translation>Укажите дату окончания наставничества.</translation>
    </message>
    <message>
        <source>The end %1 is before the start of mentoring %2.</source>
        <translation>Окончание %1 раньше начала наставничества %2.</translation>
    </message>
    <message>
        <source>The end %1 is after the end of the term %2: extend the term first (by order), then complete it.</source>
        <translation>Окончание %1 позже окончания срока %2: сначала продлите срок (приказом), затем завершите.</translation>
    </message>
    <message>
        <source>The term runs until %1. To end mentoring on %2, use «Complete early»: an early completion is agreed and made by order (002 4.14).</source>
        <translation>Срок наставничества — до %1. Чтобы завершить наставничество %2, используйте «Завершить досрочно»: досрочное завершение согласуется и оформляется приказом (002 п. 4.14).</translation>
    </message>
    <message>
        <source>The report date %1 is before the start of mentoring %2.</source>
        <translation>Дата отчёта %1 раньше начала наставничества %2.</translation>
    </message>
    <message>
        <source>The questionnaire date %1 is before the start of mentoring %2.</source>
        <translation>Дата анкеты %1 раньше начала наставничества %2.</translation>
    </message>
    <message numerus="yes">
        <source>Mentor %1 is an employee: mentoring ends at the employer&apos;s initiative only after a written notice at least %n working day(s) in advance (Labour Code art. 351.8), and no notice date is given.</source>
        <translation>
            <numerusform>Наставник %1 — работник: по инициативе работодателя наставничество прекращается только после письменного предупреждения не менее чем за %n рабочий день (ст. 351.8 ТК РФ), а дата уведомления не указана.</numerusform>
            <numerusform>Наставник %1 — работник: по инициативе работодателя наставничество прекращается только после письменного предупреждения не менее чем за %n рабочих дня (ст. 351.8 ТК РФ), а дата уведомления не указана.</numerusform>
            <numerusform>Наставник %1 — работник: по инициативе работодателя наставничество прекращается только после письменного предупреждения не менее чем за %n рабочих дней (ст. 351.8 ТК РФ), а дата уведомления не указана.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentor %1 is an employee notified on %2: at the employer&apos;s initiative mentoring may end no earlier than %3, %n working day(s) after the notice (Labour Code art. 351.8).</source>
        <translation>
            <numerusform>Наставник %1 — работник, уведомлён %2: по инициативе работодателя наставничество может быть прекращено не ранее %3, через %n рабочий день после уведомления (ст. 351.8 ТК РФ).</numerusform>
            <numerusform>Наставник %1 — работник, уведомлён %2: по инициативе работодателя наставничество может быть прекращено не ранее %3, через %n рабочих дня после уведомления (ст. 351.8 ТК РФ).</numerusform>
            <numerusform>Наставник %1 — работник, уведомлён %2: по инициативе работодателя наставничество может быть прекращено не ранее %3, через %n рабочих дней после уведомления (ст. 351.8 ТК РФ).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %n working day(s) after it.</source>
        <translation>
            <numerusform>%1 — лишь %n рабочий день после уведомления.</numerusform>
            <numerusform>%1 — лишь %n рабочих дня после уведомления.</numerusform>
            <numerusform>%1 — лишь %n рабочих дней после уведомления.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event could not be saved: %1</source>
        <translation>Не удалось записать событие: %1</translation>
    </message>
    <message>
        <source>The end of the pair could not be saved: %1</source>
        <translation>Не удалось записать окончание пары: %1</translation>
    </message>
    <message>
        <source>The event could not be linked to the order: %1</source>
        <translation>Не удалось связать событие с приказом: %1</translation>
    </message>
    <message>
        <source>The dates could not be saved: %1</source>
        <translation>Не удалось сохранить даты: %1</translation>
    </message>
</context>
<context>
    <name>PairRepository</name>
    <message>
        <source>The data could not be read (%1): %2</source>
        <translation>Не удалось прочитать данные (%1): %2</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>пары</translation>
    </message>
    <message>
        <source>mentees of pairs</source>
        <translation>наставляемые пар</translation>
    </message>
    <message>
        <source>events of pairs</source>
        <translation>события пар</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>планы</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>встречи</translation>
    </message>
    <message>
        <source>pairs of mentors</source>
        <translation>пары наставников</translation>
    </message>
    <message>
        <source>people</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>documents of people</source>
        <translation>документы участников</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>согласия</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>приказы</translation>
    </message>
    <message>
        <source>orders&apos; pairs</source>
        <translation>пары в приказах</translation>
    </message>
    <message>
        <source>orders&apos; people</source>
        <translation>участники в приказах</translation>
    </message>
    <message>
        <source>Order «%1» (no number yet)</source>
        <translation>Приказ «%1» (ещё без номера)</translation>
    </message>
    <message>
        <source>Order № %1 (not dated)</source>
        <translation>Приказ № %1 (без даты)</translation>
    </message>
    <message>
        <source>Order № %1 of %2</source>
        <translation>Приказ № %1 от %2</translation>
    </message>
    <message>
        <source>The pair «%1» is not in the database (it may have been deleted).</source>
        <translation>Пары «%1» нет в базе (возможно, её удалили).</translation>
    </message>
    <message>
        <source>Choose the form of mentoring.</source>
        <translation>Выберите форму наставничества.</translation>
    </message>
    <message>
        <source>The form «%1» is not used under the profile «%2». Choose one of: %3.</source>
        <translation>Форма «%1» не применяется в профиле «%2». Выберите одну из форм: %3.</translation>
    </message>
    <message>
        <source>The person «%1» is not in the database: choose the participant again.</source>
        <translation>Участника «%1» нет в базе: выберите участника заново.</translation>
    </message>
    <message>
        <source>%1 is in the archive. Take them out of the archive in «Participants» first, or choose someone else.</source>
        <translation>%1 — в архиве. Сначала верните участника из архива в разделе «Участники» или выберите другого.</translation>
    </message>
    <message>
        <source>Choose the mentor.</source>
        <translation>Выберите наставника.</translation>
    </message>
    <message>
        <source>Add at least one mentee.</source>
        <translation>Добавьте хотя бы одного наставляемого.</translation>
    </message>
    <message>
        <source>%1 is listed twice among the mentees: remove the repeated line.</source>
        <translation>%1 дважды указан среди наставляемых: удалите повтор.</translation>
    </message>
    <message>
        <source>%1 is the mentor and cannot be a mentee of the same pair: choose another mentor or remove them from the mentees.</source>
        <translation>%1 — наставник и не может быть наставляемым в той же паре: выберите другого наставника или удалите участника из наставляемых.</translation>
    </message>
    <message>
        <source>Give the start date of mentoring.</source>
        <translation>Укажите дату начала наставничества.</translation>
    </message>
    <message>
        <source>Give the planned end of mentoring.</source>
        <translation>Укажите плановую дату окончания наставничества.</translation>
    </message>
    <message>
        <source>The planned end %1 is before the start %2: correct one of the dates.</source>
        <translation>Плановое окончание %1 раньше начала %2: исправьте одну из дат.</translation>
    </message>
    <message>
        <source>The pair was completed on %1, before the start %2: correct the start.</source>
        <translation>Пара завершена %1, раньше начала %2: исправьте дату начала.</translation>
    </message>
    <message>
        <source>The pair&apos;s history has «%1» on %2, before the start %3: the start cannot be later.</source>
        <translation>В истории пары есть событие «%1» от %2, раньше начала %3: начало не может быть позже.</translation>
    </message>
    <message>
        <source>The order «%1» is not in the journal: choose another order or prepare a new one.</source>
        <translation>Приказа «%1» нет в журнале: выберите другой приказ или подготовьте новый.</translation>
    </message>
    <message>
        <source>%1 is not an order approving pairs: choose an order of that type.</source>
        <translation>%1 — не приказ об утверждении пар: выберите приказ этого вида.</translation>
    </message>
    <message>
        <source>%1 is signed and does not list this pair; a signed order cannot change. Prepare a new order for the pair instead.</source>
        <translation>%1 подписан, и этой пары в нём нет; подписанный приказ не изменяется. Подготовьте для пары новый приказ.</translation>
    </message>
    <message>
        <source>The pair could not be saved: %1</source>
        <translation>Не удалось сохранить пару: %1</translation>
    </message>
    <message>
        <source>The pair cannot be deleted: it is in the orders journal (%1). Orders are kept as they were issued. To stop mentoring, complete the pair early by order; a pair only in a draft order can be deleted once the draft is deleted.</source>
        <translation>Пару нельзя удалить: она есть в журнале приказов (%1). Приказы хранятся в том виде, в каком изданы. Чтобы прекратить наставничество, завершите пару досрочно приказом; пару, которая есть только в проекте приказа, можно удалить после удаления проекта.</translation>
    </message>
    <message>
        <source>The pair could not be deleted: %1</source>
        <translation>Не удалось удалить пару: %1</translation>
    </message>
    <message>
        <source>The orders journal could not be read: %1</source>
        <translation>Не удалось прочитать журнал приказов: %1</translation>
    </message>
    <message>
        <source>No order yet.</source>
        <translation>Приказа пока нет.</translation>
    </message>
    <message>
        <source>The order «%1» is not in the journal.</source>
        <translation>Приказа «%1» нет в журнале.</translation>
    </message>
    <message>
        <source> (draft, not signed yet)</source>
        <translation> (проект, ещё не подписан)</translation>
    </message>
    <message>
        <source>The pair is approved by %1%2.</source>
        <translation>Пара утверждена: %1%2.</translation>
    </message>
    <message numerus="yes">
        <source>Start of mentoring: mentor %1; %n mentee(s): %2</source>
        <translation>
            <numerusform>Начало наставничества: наставник %1; наставляемый: %2</numerusform>
            <numerusform>Начало наставничества: наставник %1; %n наставляемых: %2</numerusform>
            <numerusform>Начало наставничества: наставник %1; %n наставляемых: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The individual plan is approved.</source>
        <translation>Утверждён индивидуальный план.</translation>
    </message>
    <message>
        <source>no ground given</source>
        <translation>основание не указано</translation>
    </message>
    <message>
        <source>The mentor %1 is replaced by %2 (ground: %3). %4</source>
        <translation>Наставник %1 заменён на %2 (основание: %3). %4</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>The term is extended to %1 (reason: %2). %3</source>
        <translation>Срок продлён до %1 (причина: %2). %3</translation>
    </message>
    <message>
        <source>Mentoring ends early at the initiative of: %1.</source>
        <translation>Наставничество завершено досрочно, инициатива: %1.</translation>
    </message>
    <message>
        <source>Notice given on %1.</source>
        <translation>Уведомление — %1.</translation>
    </message>
    <message>
        <source>Mentoring is completed.</source>
        <translation>Наставничество завершено.</translation>
    </message>
    <message>
        <source>The term ended; the completion is not recorded yet.</source>
        <translation>Срок истёк; завершение ещё не отмечено.</translation>
    </message>
    <message>
        <source>Planned end of mentoring.</source>
        <translation>Плановое окончание наставничества.</translation>
    </message>
    <message>
        <source>The mentor&apos;s report is submitted.</source>
        <translation>Сдан отчёт наставника.</translation>
    </message>
    <message>
        <source>The mentee&apos;s questionnaire is received.</source>
        <translation>Получена анкета наставляемого.</translation>
    </message>
    <message>
        <source>The pair is approved by order № %1 of %2%3.</source>
        <translation>Пара утверждена приказом № %1 от %2%3.</translation>
    </message>
    <message>
        <source>the mentor&apos;s report</source>
        <translation>отчёт наставника</translation>
    </message>
    <message>
        <source>the mentee&apos;s questionnaire</source>
        <translation>анкету наставляемого</translation>
    </message>
    <message>
        <source>Awaited: %1.</source>
        <translation>Осталось получить: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
</context>
<context>
    <name>PairsQuery</name>
    <message>
        <source>planned</source>
        <translation>планируется</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>completed early</source>
        <translation>завершена досрочно</translation>
    </message>
    <message>
        <source>The list of pairs could not be read: %1</source>
        <translation>Не удалось прочитать список пар: %1</translation>
    </message>
</context>
<context>
    <name>PeopleImporter</name>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>%1: «%2» is not a number of years.</source>
        <translation>%1: «%2» — не число лет.</translation>
    </message>
    <message>
        <source>%1: «%2» cannot be negative.</source>
        <translation>%1: «%2» — стаж не может быть отрицательным.</translation>
    </message>
    <message>
        <source>%1: %2 years is more than 80; check the number.</source>
        <translation>%1: %2 — больше 80 лет; проверьте число.</translation>
    </message>
    <message>
        <source>%1: «%2» is not recognised. Write «yes» or «no».</source>
        <translation>%1: значение «%2» не распознано. Укажите «да» или «нет».</translation>
    </message>
    <message>
        <source>%1: the date «%2» does not exist.</source>
        <translation>%1: даты «%2» не существует.</translation>
    </message>
    <message>
        <source>%1: «%2» is not a date. Write it as dd.mm.yyyy, for example 05.03.1987.</source>
        <translation>%1: «%2» — не дата. Укажите её в виде дд.мм.гггг, например 05.03.1987.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>Дата рождения %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900.</source>
        <translation>Дата рождения %1 раньше 1900 года.</translation>
    </message>
    <message>
        <source>%1: «%2» is not recognised. Write «m» or «f».</source>
        <translation>%1: значение «%2» не распознано. Укажите «м» или «ж».</translation>
    </message>
    <message>
        <source>%1: «%2» is not a known kind. Use one of: %3.</source>
        <translation>%1: «%2» — неизвестная категория. Укажите одну из: %3.</translation>
    </message>
    <message>
        <source>%1: «%2» is not recognised. Write «staff» or «external».</source>
        <translation>%1: значение «%2» не распознано. Укажите «штатный» или «внешний».</translation>
    </message>
    <message>
        <source>%1: «%2» does not look like an address (name@example.ru).</source>
        <translation>%1: «%2» не похож на адрес электронной почты (имя@example.ru).</translation>
    </message>
    <message>
        <source>%1: «%2» is not a known category. Use the names of the list of mentee categories, separated by «;».</source>
        <translation>%1: «%2» — неизвестная категория. Укажите названия из перечня категорий наставляемых через «;».</translation>
    </message>
    <message>
        <source>The surname is empty.</source>
        <translation>Не указана фамилия.</translation>
    </message>
    <message>
        <source>Already in the database: %1.</source>
        <translation>Уже есть в базе: %1.</translation>
    </message>
    <message>
        <source>Repeats row %1 of the file.</source>
        <translation>Повторяет строку %1 файла.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Ничего не импортировано. %1</translation>
    </message>
    <message>
        <source>Nothing was imported: no row can be imported. Correct the rows with errors in the file, or change the columns&apos; fields, and try again.</source>
        <translation>Ничего не импортировано: ни одну строку нельзя импортировать. Исправьте строки с ошибками в файле или измените соответствие столбцов и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>PeopleQuery</name>
    <message>
        <source>The list of participants could not be read: %1</source>
        <translation>Не удалось прочитать список участников: %1</translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>The person could not be read: %1</source>
        <translation>Не удалось прочитать карточку участника: %1</translation>
    </message>
    <message>
        <source>The person «%1» is not in the database (it may have been deleted).</source>
        <translation>Участника «%1» нет в базе (возможно, он удалён).</translation>
    </message>
    <message>
        <source>The person&apos;s documents could not be read: %1</source>
        <translation>Не удалось прочитать документы участника: %1</translation>
    </message>
    <message>
        <source>The surname is empty.</source>
        <translation>Не указана фамилия.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>Дата рождения %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900.</source>
        <translation>Дата рождения %1 раньше 1900 года.</translation>
    </message>
    <message>
        <source>The kind of person «%1» is unknown.</source>
        <translation>Неизвестная категория участника «%1».</translation>
    </message>
    <message>
        <source>The gender must be «m», «f» or empty.</source>
        <translation>Пол должен быть «m», «f» или не указан.</translation>
    </message>
    <message>
        <source>A person cannot be their own supervisor.</source>
        <translation>Участник не может быть своим непосредственным руководителем.</translation>
    </message>
    <message>
        <source>The supervisor «%1» is not in the database.</source>
        <translation>Руководителя «%1» нет в базе.</translation>
    </message>
    <message>
        <source>Years of experience must be between 0 and 80.</source>
        <translation>Стаж должен быть от 0 до 80 лет.</translation>
    </message>
    <message>
        <source>The mentee category «%1» is unknown.</source>
        <translation>Неизвестная категория наставляемого «%1».</translation>
    </message>
    <message>
        <source>The e-mail «%1» does not look like an address (name@example.ru).</source>
        <translation>«%1» не похож на адрес электронной почты (имя@example.ru).</translation>
    </message>
    <message>
        <source>The document type «%1» is unknown.</source>
        <translation>Неизвестный вид документа «%1».</translation>
    </message>
    <message>
        <source>«%1»: valid until %2 is before the issue date %3.</source>
        <translation>«%1»: срок действия до %2 раньше даты выдачи %3.</translation>
    </message>
    <message>
        <source>«%1»: the issue date %2 is too far in the future.</source>
        <translation>«%1»: дата выдачи %2 слишком далеко в будущем.</translation>
    </message>
    <message>
        <source>«%1» could not be saved: %2</source>
        <translation>Не удалось сохранить «%1»: %2</translation>
    </message>
    <message>
        <source>The documents of «%1» could not be saved: %2</source>
        <translation>Не удалось сохранить документы участника «%1»: %2</translation>
    </message>
    <message>
        <source>The consent type «%1» is unknown.</source>
        <translation>Неизвестный вид согласия «%1».</translation>
    </message>
    <message>
        <source>«%1»: the date of signing is missing.</source>
        <translation>«%1»: не указана дата подписания.</translation>
    </message>
    <message>
        <source>«%1»: the date of signing %2 is in the future.</source>
        <translation>«%1»: дата подписания %2 ещё не наступила.</translation>
    </message>
    <message>
        <source>«%1»: withdrawn on %2, before it was signed on %3.</source>
        <translation>«%1»: отозвано %2, раньше даты подписания %3.</translation>
    </message>
    <message>
        <source>«%1»: the signer «%2» is not in the database.</source>
        <translation>«%1»: подписавшего «%2» нет в базе.</translation>
    </message>
    <message>
        <source>A consent could not be removed: %1</source>
        <translation>Не удалось удалить согласие: %1</translation>
    </message>
    <message>
        <source>A consent could not be saved: %1</source>
        <translation>Не удалось сохранить согласие: %1</translation>
    </message>
    <message>
        <source>mentor of pair %1</source>
        <translation>наставник в паре %1</translation>
    </message>
    <message>
        <source>mentee in pair %1</source>
        <translation>наставляемый в паре %1</translation>
    </message>
    <message>
        <source>signed a consent for %1</source>
        <translation>подписал(а) согласие за участника %1</translation>
    </message>
    <message>
        <source>supervisor of %1</source>
        <translation>непосредственный руководитель участника %1</translation>
    </message>
    <message>
        <source>head of the organisation</source>
        <translation>руководитель организации</translation>
    </message>
    <message>
        <source>curator of the programme</source>
        <translation>куратор программы наставничества</translation>
    </message>
    <message>
        <source>named in order № %1</source>
        <translation>указан(а) в приказе № %1</translation>
    </message>
    <message>
        <source>This person cannot be deleted because the records refer to them: %1. Archive the person instead: they disappear from the lists but the history stays intact.</source>
        <translation>Этого участника нельзя удалить: на него ссылаются записи (%1). Переведите его в архив: он исчезнет из списков, а история сохранится.</translation>
    </message>
    <message>
        <source>The person could not be deleted: %1</source>
        <translation>Не удалось удалить участника: %1</translation>
    </message>
    <message>
        <source>The person could not be archived: %1</source>
        <translation>Не удалось перевести участника в архив: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: «%1» (%2 of %3) has errors: %4</source>
        <translation>Ничего не сохранено: в записи «%1» (%2 из %3) есть ошибки: %4</translation>
    </message>
    <message>
        <source>Nothing was saved: «%1» could not be written: %2</source>
        <translation>Ничего не сохранено: не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>responsible for «%1» in the roadmap</source>
        <translation>ответственный за «%1» в дорожной карте</translation>
    </message>
    <message numerus="yes">
        <source>answered %n questionnaire(s)</source>
        <translation>
            <numerusform>заполнил(а) %n анкету</numerusform>
            <numerusform>заполнил(а) %n анкеты</numerusform>
            <numerusform>заполнил(а) %n анкет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %n test result(s)</source>
        <translation>
            <numerusform>есть %n результат тестирования</numerusform>
            <numerusform>есть %n результата тестирования</numerusform>
            <numerusform>есть %n результатов тестирования</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>1st half of %1</source>
        <translation>I полугодие %1 г.</translation>
    </message>
    <message>
        <source>2nd half of %1</source>
        <translation>II полугодие %1 г.</translation>
    </message>
    <message>
        <source>school year %1/%2</source>
        <translation>%1/%2 учебный год</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>item %1</source>
        <translation>пункт %1</translation>
    </message>
    <message>
        <source>item %1 «%2»</source>
        <translation>пункт %1 «%2»</translation>
    </message>
    <message>
        <source>Plan, item %1: describe the activity, or remove the empty item.</source>
        <translation>План, пункт %1: опишите мероприятие или удалите пустой пункт.</translation>
    </message>
    <message>
        <source>Plan, %1: the status «%2» is unknown.</source>
        <translation>План, %1: неизвестный статус «%2».</translation>
    </message>
    <message>
        <source>The pair «%1» is not in the database (it may have been deleted).</source>
        <translation>Пары «%1» нет в базе (возможно, её удалили).</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>Не удалось сохранить план: %1</translation>
    </message>
</context>
<context>
    <name>PlanTemplates</name>
    <message>
        <source>%1: not a plan template (&quot;format&quot; must be &quot;nastavnik-plan-template&quot;).</source>
        <translation>%1: это не шаблон плана (&quot;format&quot; должен быть &quot;nastavnik-plan-template&quot;).</translation>
    </message>
    <message>
        <source>%1: the form «%2» is unknown.</source>
        <translation>%1: неизвестная форма «%2».</translation>
    </message>
    <message>
        <source>%1: the template needs an &quot;id&quot; and a &quot;name&quot;.</source>
        <translation>%1: у шаблона должны быть &quot;id&quot; и &quot;name&quot;.</translation>
    </message>
    <message>
        <source>%1: item %2 needs a &quot;title&quot; and a non-negative &quot;offset_days&quot;.</source>
        <translation>%1: у пункта %2 должны быть &quot;title&quot; и неотрицательный &quot;offset_days&quot;.</translation>
    </message>
    <message>
        <source>%1: the template has no items.</source>
        <translation>%1: в шаблоне нет пунктов.</translation>
    </message>
    <message>
        <source>There is no plan template «%1». Known templates: %2.</source>
        <translation>Шаблона плана «%1» нет. Есть шаблоны: %2.</translation>
    </message>
</context>
<context>
    <name>PreferenceRepository</name>
    <message>
        <source>The preference survey could not be read: %1</source>
        <translation>Не удалось прочитать анкеты предпочтений: %1</translation>
    </message>
    <message>
        <source>Choose the participant who answered.</source>
        <translation>Выберите участника, который заполнил анкету.</translation>
    </message>
    <message>
        <source>The participant «%1» is not in the database.</source>
        <translation>Участника «%1» нет в базе.</translation>
    </message>
    <message>
        <source>A participant cannot name themselves.</source>
        <translation>Участник не может выбрать самого себя.</translation>
    </message>
    <message>
        <source>The same person is named twice: leave one choice.</source>
        <translation>Один и тот же участник выбран дважды: оставьте один выбор.</translation>
    </message>
    <message>
        <source>The person «%1» is not in the database.</source>
        <translation>Участника «%1» нет в базе.</translation>
    </message>
    <message>
        <source>The rank of a choice starts at 1.</source>
        <translation>Номер выбора начинается с 1.</translation>
    </message>
    <message>
        <source>The answers could not be saved: %1</source>
        <translation>Не удалось сохранить ответы: %1</translation>
    </message>
    <message>
        <source>The answer could not be removed: %1</source>
        <translation>Не удалось удалить ответ: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1: требуется %2.</translation>
    </message>
    <message>
        <source>an object with «%1» and «clause»</source>
        <translation>объект с полями «%1» и «clause»</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a whole number or null</source>
        <translation>целое число или null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a list of codes</source>
        <translation>список кодов</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>Give the profile an id (Latin letters, digits, «-» or «_»).</source>
        <translation>Укажите идентификатор профиля (латинские буквы, цифры, «-» или «_»).</translation>
    </message>
    <message>
        <source>The profile id «%1» may contain only lower-case Latin letters, digits, «-» and «_».</source>
        <translation>Идентификатор профиля «%1» может содержать только строчные латинские буквы, цифры, «-» и «_».</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Укажите название профиля.</translation>
    </message>
    <message>
        <source>%1: «%2» is not a known code (known: %3).</source>
        <translation>%1: «%2» — неизвестный код (допустимые: %3).</translation>
    </message>
    <message>
        <source>The profile needs at least one form of mentoring.</source>
        <translation>В профиле должна быть хотя бы одна форма наставничества.</translation>
    </message>
    <message>
        <source>Forms of mentoring</source>
        <translation>Формы наставничества</translation>
    </message>
    <message>
        <source>Group forms</source>
        <translation>Групповые формы</translation>
    </message>
    <message>
        <source>The group form «%1» is not among the profile&apos;s forms.</source>
        <translation>Групповая форма «%1» не входит в формы наставничества профиля.</translation>
    </message>
    <message>
        <source>The cap on mentees must be at least 1 (leave it empty for no cap).</source>
        <translation>Предельное число наставляемых должно быть не меньше 1 (оставьте поле пустым, если ограничения нет).</translation>
    </message>
    <message>
        <source>The cap on mentees is given for «%1», which is not a known form.</source>
        <translation>Предельное число наставляемых задано для «%1», но такой формы наставничества нет.</translation>
    </message>
    <message>
        <source>The cap on mentees for «%1» must be at least 1.</source>
        <translation>Предельное число наставляемых для «%1» должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>The longest term must be at least 1 month.</source>
        <translation>Наибольший срок наставничества должен быть не меньше 1 месяца.</translation>
    </message>
    <message>
        <source>The shortest term cannot be negative.</source>
        <translation>Наименьший срок наставничества не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The shortest term (%1 months) is longer than the longest (%2 months).</source>
        <translation>Наименьший срок (%1 мес.) больше наибольшего (%2 мес.).</translation>
    </message>
    <message>
        <source>The plan deadline cannot be negative.</source>
        <translation>Срок утверждения индивидуального плана не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The report deadline cannot be negative.</source>
        <translation>Срок представления отчёта не может быть отрицательным.</translation>
    </message>
    <message>
        <source>A minimum of experience is given for «%1», which is not a known form.</source>
        <translation>Минимальный стаж задан для «%1», но такой формы наставничества нет.</translation>
    </message>
    <message>
        <source>The experience required for «%1» must be pedagogical, managerial or methodical, not «%2».</source>
        <translation>Стаж, требуемый для «%1», должен быть педагогическим, управленческим или методическим, а не «%2».</translation>
    </message>
    <message>
        <source>The years of experience required for «%1» cannot be negative.</source>
        <translation>Требуемый стаж для «%1» не может быть отрицательным.</translation>
    </message>
    <message>
        <source>A credential is required for «%1», which is not a known form.</source>
        <translation>Документ требуется для «%1», но такой формы наставничества нет.</translation>
    </message>
    <message>
        <source>The credential required for «%1» is «%2», which is not a known type.</source>
        <translation>Для «%1» требуется документ «%2», но такого вида документа нет.</translation>
    </message>
    <message>
        <source>A validity is given for «%1», which is not a known credential type.</source>
        <translation>Срок действия задан для «%1», но такого вида документа нет.</translation>
    </message>
    <message>
        <source>The validity of «%1» must be at least 1 month.</source>
        <translation>Срок действия «%1» должен быть не меньше 1 месяца.</translation>
    </message>
    <message>
        <source>Grounds for replacement</source>
        <translation>Основания замены наставника</translation>
    </message>
    <message>
        <source>Reasons for extension</source>
        <translation>Причины продления</translation>
    </message>
    <message>
        <source>Documents of external mentors</source>
        <translation>Документы внешних наставников</translation>
    </message>
    <message>
        <source>Documents of external mentors of pupils</source>
        <translation>Документы внешних наставников обучающихся</translation>
    </message>
    <message>
        <source>The notice before an early completion cannot be negative.</source>
        <translation>Срок предупреждения о досрочном прекращении наставничества не может быть отрицательным.</translation>
    </message>
    <message>
        <source>«%1» is not a rule of the application (known: %2).</source>
        <translation>«%1» — такого правила в программе нет (есть: %2).</translation>
    </message>
    <message>
        <source>The rule %1 is on, but %2 is not set.</source>
        <translation>Правило %1 включено, но не задан параметр: %2.</translation>
    </message>
    <message>
        <source>the longest term</source>
        <translation>наибольший срок наставничества</translation>
    </message>
    <message>
        <source>the shortest term</source>
        <translation>наименьший срок наставничества</translation>
    </message>
    <message>
        <source>the plan deadline</source>
        <translation>срок утверждения индивидуального плана</translation>
    </message>
    <message>
        <source>the report deadline</source>
        <translation>срок представления отчёта</translation>
    </message>
    <message>
        <source>the list of grounds for replacement</source>
        <translation>перечень оснований замены наставника</translation>
    </message>
    <message>
        <source>the list of reasons for extension</source>
        <translation>перечень причин продления</translation>
    </message>
    <message>
        <source>the date from which the supplementary agreement is required</source>
        <translation>дата, с которой требуется дополнительное соглашение</translation>
    </message>
    <message>
        <source>«format» must be «nastavnik-profile».</source>
        <translation>Поле «format» должно быть «nastavnik-profile».</translation>
    </message>
    <message>
        <source>«version» must be 1 (this version of the application reads version 1).</source>
        <translation>Поле «version» должно быть 1 (эта версия программы читает версию 1).</translation>
    </message>
    <message>
        <source>an object with «kind» and «years»</source>
        <translation>объект с полями «kind» и «years»</translation>
    </message>
    <message>
        <source>a credential type</source>
        <translation>вид документа</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD or null</source>
        <translation>дата ГГГГ-ММ-ДД или null</translation>
    </message>
    <message>
        <source>an object: rule id → {enabled, clause}</source>
        <translation>объект: идентификатор правила → {enabled, clause}</translation>
    </message>
    <message>
        <source>The provision profile %1 cannot be read: %2</source>
        <translation>Не удалось прочитать профиль положения %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>не ограничено</translation>
    </message>
    <message>
        <source>Group forms (not counted against the cap)</source>
        <translation>Групповые формы (не учитываются в ограничении)</translation>
    </message>
    <message>
        <source>Mentees of one mentor at once</source>
        <translation>Наставляемых у одного наставника одновременно</translation>
    </message>
    <message>
        <source>Mentees at once: %1</source>
        <translation>Наставляемых одновременно: %1</translation>
    </message>
    <message>
        <source>Longest term</source>
        <translation>Наибольший срок наставничества</translation>
    </message>
    <message>
        <source>Shortest term</source>
        <translation>Наименьший срок наставничества</translation>
    </message>
    <message>
        <source>Individual plan approved</source>
        <translation>Утверждение индивидуального плана</translation>
    </message>
    <message numerus="yes">
        <source>within %n working day(s) of the start</source>
        <translation>
            <numerusform>в течение %n рабочего дня с начала</numerusform>
            <numerusform>в течение %n рабочих дней с начала</numerusform>
            <numerusform>в течение %n рабочих дней с начала</numerusform>
        </translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>срок не установлен</translation>
    </message>
    <message>
        <source>Report and mentee&apos;s questionnaire</source>
        <translation>Отчёт наставника и анкета наставляемого</translation>
    </message>
    <message numerus="yes">
        <source>within %n working day(s) after the end</source>
        <translation>
            <numerusform>в течение %n рабочего дня после окончания</numerusform>
            <numerusform>в течение %n рабочих дней после окончания</numerusform>
            <numerusform>в течение %n рабочих дней после окончания</numerusform>
        </translation>
    </message>
    <message>
        <source>pedagogical</source>
        <translation>педагогический</translation>
    </message>
    <message>
        <source>managerial</source>
        <translation>управленческий</translation>
    </message>
    <message>
        <source>methodical</source>
        <translation>методический</translation>
    </message>
    <message>
        <source>Mentor&apos;s experience: %1</source>
        <translation>Стаж наставника: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, at least %n year(s)</source>
        <translation>
            <numerusform>%1, не менее %n года</numerusform>
            <numerusform>%1, не менее %n лет</numerusform>
            <numerusform>%1, не менее %n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentor&apos;s document: %1</source>
        <translation>Документ наставника: %1</translation>
    </message>
    <message>
        <source>Valid from issue: %1</source>
        <translation>Срок действия с даты выдачи: %1</translation>
    </message>
    <message>
        <source>Grounds for replacing a mentor</source>
        <translation>Основания замены наставника</translation>
    </message>
    <message>
        <source>Reasons for an extension</source>
        <translation>Причины продления срока</translation>
    </message>
    <message>
        <source>Documents of an external mentor</source>
        <translation>Документы внешнего наставника</translation>
    </message>
    <message>
        <source>…and for work with pupils</source>
        <translation>…и для работы с обучающимися</translation>
    </message>
    <message>
        <source>Supplementary agreement of a staff mentor for pairs from</source>
        <translation>Дополнительное соглашение с наставником-работником для пар с</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>не требуется</translation>
    </message>
    <message>
        <source>Notice before an early completion by the employer</source>
        <translation>Предупреждение о досрочном прекращении по инициативе работодателя</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n рабочий день</numerusform>
            <numerusform>%n рабочих дня</numerusform>
            <numerusform>%n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>checked</source>
        <translation>проверяется</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверяется</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>The organisation&apos;s provision</source>
        <translation>Положение организации</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>The custom provision profiles could not be read: %1</source>
        <translation>Не удалось прочитать собственные профили положений: %1</translation>
    </message>
    <message>
        <source>«%1» stored in the database</source>
        <translation>«%1» из базы</translation>
    </message>
    <message>
        <source>The provision profile %1 is damaged (%2). Delete it in Settings → Profile and create it again.</source>
        <translation>Профиль положения %1 повреждён (%2). Удалите его (Настройки → Профиль) и создайте заново.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>это не объект JSON</translation>
    </message>
    <message>
        <source>The organisation&apos;s provision profile could not be read: %1</source>
        <translation>Не удалось прочитать профиль положения организации: %1</translation>
    </message>
    <message>
        <source>«%1» is the id of a built-in profile: give the custom profile an id of its own.</source>
        <translation>«%1» — идентификатор встроенного профиля: дайте собственному профилю другой идентификатор.</translation>
    </message>
    <message>
        <source>A custom profile must be based on a built-in one (%1), not on «%2».</source>
        <translation>Собственный профиль должен быть основан на встроенном (%1), а не на «%2».</translation>
    </message>
    <message>
        <source>The profile «%1» was not saved. %2</source>
        <translation>Профиль «%1» не сохранён. %2</translation>
    </message>
    <message>
        <source>The profile «%1» could not be saved: %2</source>
        <translation>Не удалось сохранить профиль «%1»: %2</translation>
    </message>
    <message>
        <source>«%1» is a built-in profile and cannot be deleted.</source>
        <translation>«%1» — встроенный профиль, его нельзя удалить.</translation>
    </message>
    <message>
        <source>The profile «%1» is the organisation&apos;s active profile and cannot be deleted. Choose another profile for the organisation first.</source>
        <translation>Профиль «%1» выбран для организации, поэтому его нельзя удалить. Сначала выберите для организации другой профиль.</translation>
    </message>
    <message>
        <source>The profile «%1» could not be deleted: %2</source>
        <translation>Не удалось удалить профиль «%1»: %2</translation>
    </message>
    <message>
        <source>There is no custom profile «%1» to delete.</source>
        <translation>Собственного профиля «%1» нет — удалять нечего.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>No provision profile is chosen. Known profiles: %1.</source>
        <translation>Профиль положения не выбран. Доступные профили: %1.</translation>
    </message>
    <message>
        <source>Unknown provision profile «%1». Known profiles: %2.</source>
        <translation>Неизвестный профиль положения «%1». Доступные профили: %2.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireLibrary</name>
    <message>
        <source>The questionnaire needs a title.</source>
        <translation>У анкеты должно быть название.</translation>
    </message>
    <message>
        <source>The questionnaire has no questions: add at least one.</source>
        <translation>В анкете нет вопросов: добавьте хотя бы один.</translation>
    </message>
    <message>
        <source>Question %1 has no id.</source>
        <translation>У вопроса %1 нет идентификатора.</translation>
    </message>
    <message>
        <source>Question %1 has the id «%2» of another question.</source>
        <translation>У вопроса %1 идентификатор «%2» другого вопроса.</translation>
    </message>
    <message>
        <source>Question %1 has no text.</source>
        <translation>У вопроса %1 нет текста.</translation>
    </message>
    <message>
        <source>Question %1 is a choice: give it two options at least, one a line.</source>
        <translation>Вопрос %1 — выбор из вариантов: укажите не меньше двух вариантов.</translation>
    </message>
    <message>
        <source>Question %1 has an empty option.</source>
        <translation>У вопроса %1 есть пустой вариант.</translation>
    </message>
    <message>
        <source>Question %1 is of an unknown kind «%2».</source>
        <translation>Вопрос %1 неизвестного вида «%2».</translation>
    </message>
</context>
<context>
    <name>ReadConnection</name>
    <message>
        <source>The database file «%1» does not exist any more.</source>
        <translation>Файла базы данных «%1» больше нет.</translation>
    </message>
    <message>
        <source>The database «%1» could not be read: %2</source>
        <translation>Не удалось прочитать базу данных «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>«%1» could not be written: %2. Choose another folder or file name.</source>
        <translation>Не удалось записать «%1»: %2. Выберите другую папку или имя файла.</translation>
    </message>
    <message>
        <source>A temporary folder for the workbook could not be made: %1.</source>
        <translation>Не удалось создать временную папку для книги Excel: %1.</translation>
    </message>
    <message>
        <source>The workbook could not be started.</source>
        <translation>Не удалось начать книгу Excel.</translation>
    </message>
    <message>
        <source>The sheet «%1» could not be added to the workbook.</source>
        <translation>Не удалось добавить лист «%1» в книгу Excel.</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1.</source>
        <translation>Не удалось записать книгу Excel: %1.</translation>
    </message>
    <message>
        <source>The workbook could not be read back: %1.</source>
        <translation>Не удалось прочитать записанную книгу Excel: %1.</translation>
    </message>
</context>
<context>
    <name>RoadmapTemplate</name>
    <message>
        <source>The school year %1 is not a year the roadmap can be made for.</source>
        <translation>Для учебного года %1 нельзя составить дорожную карту.</translation>
    </message>
    <message>
        <source>The template of the roadmap is missing from this build.</source>
        <translation>В этой сборке нет шаблона дорожной карты.</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>pedagogical</source>
        <translation>педагогический</translation>
    </message>
    <message>
        <source>managerial</source>
        <translation>управленческий</translation>
    </message>
    <message>
        <source>methodical</source>
        <translation>методический</translation>
    </message>
    <message>
        <source>(The deadline is computed by Labour Code art. 112 alone: the working-day calendar of %1 is not confirmed by a decree.)</source>
        <translation>(Срок рассчитан только по ст. 112 ТК РФ: производственный календарь на %1 год не подтверждён постановлением Правительства.)</translation>
    </message>
    <message numerus="yes">
        <source>Mentor %1 leads %n pair(s) with a single mentee at once on %2 (%4), more than the cap of %3.</source>
        <translation>
            <numerusform>Наставник %1 на %2 одновременно ведёт %n пару с одним наставляемым (%4), а допускается не более %3.</numerusform>
            <numerusform>Наставник %1 на %2 одновременно ведёт %n пары с одним наставляемым (%4), а допускается не более %3.</numerusform>
            <numerusform>Наставник %1 на %2 одновременно ведёт %n пар с одним наставляемым (%4), а допускается не более %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the mentor by order in %n of these pairs or end one of them: a mentor may lead at most %1 mentees at once.</source>
        <translation>
            <numerusform>Замените приказом наставника в %n из этих пар или завершите лишние пары: одновременно наставник может вести не более %1 наставляемых.</numerusform>
            <numerusform>Замените приказом наставника в %n из этих пар или завершите лишние пары: одновременно наставник может вести не более %1 наставляемых.</numerusform>
            <numerusform>Замените приказом наставника в %n из этих пар или завершите лишние пары: одновременно наставник может вести не более %1 наставляемых.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pair «%1» runs from %2 to %3, longer than %n month(s) (until %4 at the latest).</source>
        <translation>
            <numerusform>Пара «%1» работает с %2 по %3 — дольше %n месяца: окончание допустимо не позднее %4.</numerusform>
            <numerusform>Пара «%1» работает с %2 по %3 — дольше %n месяцев: окончание допустимо не позднее %4.</numerusform>
            <numerusform>Пара «%1» работает с %2 по %3 — дольше %n месяцев: окончание допустимо не позднее %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the planned end no later than %1; if the term is extended for a good reason, register the extension by order.</source>
        <translation>Установите плановую дату окончания не позднее %1; если срок продлевается по уважительной причине, оформите продление приказом.</translation>
    </message>
    <message numerus="yes">
        <source>The pair «%1» runs from %2 to %3, shorter than %n month(s) (at least until %4).</source>
        <translation>
            <numerusform>Пара «%1» работает с %2 по %3 — меньше %n месяца: окончание допустимо не ранее %4.</numerusform>
            <numerusform>Пара «%1» работает с %2 по %3 — меньше %n месяцев: окончание допустимо не ранее %4.</numerusform>
            <numerusform>Пара «%1» работает с %2 по %3 — меньше %n месяцев: окончание допустимо не ранее %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the end no earlier than %1; if mentoring ended early, register the early completion.</source>
        <translation>Установите дату окончания не ранее %1; если наставничество завершено досрочно, оформите досрочное завершение.</translation>
    </message>
    <message numerus="yes">
        <source>The individual plan of the pair «%1» was approved on %2, after the deadline %3 (%n working day(s) after the start on %4).</source>
        <translation>
            <numerusform>Индивидуальный план пары «%1» утверждён %2 — позже срока %3 (%n рабочий день после начала %4).</numerusform>
            <numerusform>Индивидуальный план пары «%1» утверждён %2 — позже срока %3 (%n рабочих дня после начала %4).</numerusform>
            <numerusform>Индивидуальный план пары «%1» утверждён %2 — позже срока %3 (%n рабочих дней после начала %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve individual plans within %n working day(s) of the start of mentoring.</source>
        <translation>
            <numerusform>Утверждайте индивидуальный план в течение %n рабочего дня с начала наставничества.</numerusform>
            <numerusform>Утверждайте индивидуальный план в течение %n рабочих дней с начала наставничества.</numerusform>
            <numerusform>Утверждайте индивидуальный план в течение %n рабочих дней с начала наставничества.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The individual plan of the pair «%1» is not approved; it was due by %2 (%n working day(s) after the start on %3).</source>
        <translation>
            <numerusform>Индивидуальный план пары «%1» не утверждён, хотя срок (%2 — %n рабочий день после начала %3) истёк.</numerusform>
            <numerusform>Индивидуальный план пары «%1» не утверждён, хотя срок (%2 — %n рабочих дня после начала %3) истёк.</numerusform>
            <numerusform>Индивидуальный план пары «%1» не утверждён, хотя срок (%2 — %n рабочих дней после начала %3) истёк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw up the individual plan with the mentor, approve it and enter the approval date in the pair.</source>
        <translation>Разработайте индивидуальный план совместно с наставником, утвердите его и укажите дату утверждения в карточке пары.</translation>
    </message>
    <message>
        <source>the mentor&apos;s report is dated %1, after the deadline</source>
        <translation>отчёт наставника датирован %1 — позже срока</translation>
    </message>
    <message>
        <source>the mentor&apos;s report is missing</source>
        <translation>отчёт наставника не представлен</translation>
    </message>
    <message>
        <source>the mentee&apos;s questionnaire is dated %1, after the deadline</source>
        <translation>анкета наставляемого датирована %1 — позже срока</translation>
    </message>
    <message>
        <source>the mentee&apos;s questionnaire is missing</source>
        <translation>анкета наставляемого не заполнена</translation>
    </message>
    <message numerus="yes">
        <source>Pair «%1»: %2. The deadline was %3 (%n working day(s) after the end on %4).</source>
        <translation>
            <numerusform>Пара «%1»: %2. Срок — %3 (%n рабочий день после окончания %4).</numerusform>
            <numerusform>Пара «%1»: %2. Срок — %3 (%n рабочих дня после окончания %4).</numerusform>
            <numerusform>Пара «%1»: %2. Срок — %3 (%n рабочих дней после окончания %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Have the mentor&apos;s report approved by the head and the mentee&apos;s questionnaire filled in within %n working day(s) of the end, and enter their dates in the pair.</source>
        <translation>
            <numerusform>В течение %n рабочего дня после окончания наставничества утвердите у руководителя отчёт наставника, получите анкету наставляемого и укажите их даты в карточке пары.</numerusform>
            <numerusform>В течение %n рабочих дней после окончания наставничества утвердите у руководителя отчёт наставника, получите анкету наставляемого и укажите их даты в карточке пары.</numerusform>
            <numerusform>В течение %n рабочих дней после окончания наставничества утвердите у руководителя отчёт наставника, получите анкету наставляемого и укажите их даты в карточке пары.</numerusform>
        </translation>
    </message>
    <message>
        <source>mentor %1: %2 experience is not recorded</source>
        <translation>наставник %1: %2 стаж не указан</translation>
    </message>
    <message numerus="yes">
        <source>mentor %1: %2 experience of %n year(s)</source>
        <translation>
            <numerusform>наставник %1: %2 стаж — %n год</numerusform>
            <numerusform>наставник %1: %2 стаж — %n года</numerusform>
            <numerusform>наставник %1: %2 стаж — %n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pair «%1» (%2): the mentor needs %3 experience of at least %n year(s); %4.</source>
        <translation>
            <numerusform>Пара «%1» (%2): наставнику требуется %3 стаж не менее %n года; %4.</numerusform>
            <numerusform>Пара «%1» (%2): наставнику требуется %3 стаж не менее %n лет; %4.</numerusform>
            <numerusform>Пара «%1» (%2): наставнику требуется %3 стаж не менее %n лет; %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a mentor with the required experience, or enter the mentor&apos;s experience in their card if it is not recorded.</source>
        <translation>Назначьте наставника с требуемым стажем или, если стаж не указан, внесите его в карточку наставника.</translation>
    </message>
    <message>
        <source>mentor %1: %2 was valid through %3, before %4 when the mentor began leading the pair</source>
        <translation>наставник %1: %2 — срок действия по %3, а работу с парой наставник начал %4</translation>
    </message>
    <message>
        <source>mentor %1: %2 was issued on %3, after %4 when the mentor began leading the pair</source>
        <translation>наставник %1: %2 — дата выдачи %3, позже %4, когда наставник начал работу с парой</translation>
    </message>
    <message>
        <source>mentor %1 has none</source>
        <translation>наставник %1: документ отсутствует</translation>
    </message>
    <message>
        <source>Pair «%1» (%2) needs a mentor holding a %3: %4.</source>
        <translation>Пара «%1» (%2): наставнику необходимо иметь документ — %3; %4.</translation>
    </message>
    <message>
        <source>Enter the mentor&apos;s valid document with its number and dates, or choose a mentor who holds one.</source>
        <translation>Внесите действующий документ наставника с номером и датами или назначьте наставника, у которого такой документ есть.</translation>
    </message>
    <message>
        <source>mentor %1 withdrew the consent to act as a mentor on %2</source>
        <translation>наставник %1: согласие на осуществление наставничества отозвано %2</translation>
    </message>
    <message>
        <source>mentor %1 signed the consent to act as a mentor on %2, after %3 when the mentor began leading the pair</source>
        <translation>наставник %1: согласие на осуществление наставничества подписано %2 — позже %3, когда наставник начал работу с парой</translation>
    </message>
    <message>
        <source>the consent of mentor %1 to act as a mentor has no date</source>
        <translation>наставник %1: в согласии на осуществление наставничества не указана дата</translation>
    </message>
    <message>
        <source>mentor %1 has no written consent to act as a mentor</source>
        <translation>наставник %1: нет письменного согласия на осуществление наставничества</translation>
    </message>
    <message>
        <source>the supplementary agreement of mentor %1 is dated %2, after %3 when the mentor began leading the pair</source>
        <translation>наставник %1: дополнительное соглашение к трудовому договору датировано %2 — позже %3, когда наставник начал работу с парой</translation>
    </message>
    <message>
        <source>mentor %1, an employee, has no supplementary agreement to the labour contract on mentoring</source>
        <translation>наставник %1 (работник организации): нет дополнительного соглашения к трудовому договору о наставничестве</translation>
    </message>
    <message>
        <source>Pair «%1»: %2.</source>
        <translation>Пара «%1»: %2.</translation>
    </message>
    <message>
        <source>Obtain the mentor&apos;s written consent before they begin and conclude a supplementary agreement to the labour contract on mentoring (Labour Code art. 351.8); enter both with their dates.</source>
        <translation>До начала наставничества получите письменное согласие наставника и заключите с ним дополнительное соглашение к трудовому договору (ст. 351.8 ТК РФ); внесите оба документа с датами.</translation>
    </message>
    <message>
        <source>Obtain the mentor&apos;s written consent to act as a mentor before they begin and enter it with its date.</source>
        <translation>До начала наставничества получите письменное согласие наставника и внесите его с датой.</translation>
    </message>
    <message>
        <source>the consent is dated %1, later than today</source>
        <translation>согласие датировано %1 — позже сегодняшнего дня</translation>
    </message>
    <message>
        <source>the consent was withdrawn on %1</source>
        <translation>согласие отозвано %1</translation>
    </message>
    <message>
        <source>the consent of %1 was signed by the minor themselves, not by a parent or legal representative</source>
        <translation>согласие от %1 подписано самим несовершеннолетним, а не родителем (законным представителем)</translation>
    </message>
    <message>
        <source>no consent to the processing of personal data</source>
        <translation>нет согласия на обработку персональных данных</translation>
    </message>
    <message numerus="yes">
        <source>%1 (pair %2): %3.</source>
        <translation>
            <numerusform>%1 (пара %2): %3.</numerusform>
            <numerusform>%1 (пары %2): %3.</numerusform>
            <numerusform>%1 (пары %2): %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Obtain a consent to the processing of personal data signed by a parent or legal representative of the minor and enter it.</source>
        <translation>Получите согласие на обработку персональных данных, подписанное родителем (законным представителем) несовершеннолетнего, и внесите его.</translation>
    </message>
    <message>
        <source>Obtain a written consent to the processing of personal data and enter it in the participant&apos;s card.</source>
        <translation>Получите письменное согласие на обработку персональных данных и внесите его в карточку участника.</translation>
    </message>
    <message>
        <source>external mentor %1 lacks: %2</source>
        <translation>внешний наставник %1: нет документов — %2</translation>
    </message>
    <message>
        <source>Conclude a cooperation agreement with the external mentor and obtain the certificate of no criminal record and the medical certificate for work with pupils.</source>
        <translation>Заключите с внешним наставником договор о сотрудничестве и получите справку об отсутствии судимости и медицинскую справку для работы с обучающимися.</translation>
    </message>
    <message>
        <source>Conclude a cooperation agreement with the external mentor.</source>
        <translation>Заключите с внешним наставником договор о сотрудничестве.</translation>
    </message>
    <message>
        <source>The pair «%1» is approved by the order № %2 of %3, dated after the start of mentoring on %4.</source>
        <translation>Пара «%1» утверждена приказом № %2 от %3 — позже начала наставничества %4.</translation>
    </message>
    <message>
        <source>Pairs are approved by order before mentoring starts: correct the start date or the date of the order.</source>
        <translation>Пары утверждаются приказом до начала наставничества: исправьте дату начала или дату приказа.</translation>
    </message>
    <message>
        <source>The pair «%1» is only in the order № %2, which has no date (not signed yet).</source>
        <translation>Пара «%1» включена только в приказ № %2 без даты (приказ не подписан).</translation>
    </message>
    <message>
        <source>Have the order signed and enter its date.</source>
        <translation>Подпишите приказ у руководителя и укажите его дату.</translation>
    </message>
    <message>
        <source>The pair «%1» is not in any order approving pairs.</source>
        <translation>Пара «%1» не включена ни в один приказ об утверждении наставнических пар.</translation>
    </message>
    <message>
        <source>Include the pair in the order approving mentoring pairs and groups.</source>
        <translation>Включите пару в приказ об утверждении наставнических пар и групп.</translation>
    </message>
    <message>
        <source>no ground is given</source>
        <translation>не указано основание</translation>
    </message>
    <message>
        <source>the ground «%1» is not in the profile&apos;s list</source>
        <translation>основание «%1» не входит в перечень профиля</translation>
    </message>
    <message>
        <source>there is no order</source>
        <translation>нет приказа</translation>
    </message>
    <message>
        <source>the replacement of the mentor on %1: %2</source>
        <translation>замена наставника %1: %2</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(без даты)</translation>
    </message>
    <message>
        <source>A mentor is replaced by order on one of the grounds: %1.</source>
        <translation>Замена наставника производится приказом по одному из оснований: %1.</translation>
    </message>
    <message>
        <source>the extension on %1 has no reason</source>
        <translation>продление %1: не указана причина</translation>
    </message>
    <message>
        <source>the extension on %1 has the reason «%2», which is not in the profile&apos;s list</source>
        <translation>продление %1: причина «%2» не входит в перечень профиля</translation>
    </message>
    <message>
        <source>The term of mentoring is extended only for one of the reasons: %1.</source>
        <translation>Срок наставничества продлевается только по одной из причин: %1.</translation>
    </message>
    <message>
        <source>mentor %1 is the direct supervisor of %2</source>
        <translation>наставник %1 — непосредственный руководитель наставляемого: %2</translation>
    </message>
    <message>
        <source>Choose a mentor who is not the mentee&apos;s direct supervisor.</source>
        <translation>Назначьте наставника, который не является непосредственным руководителем наставляемого.</translation>
    </message>
    <message>
        <source>mentor %1 has a disciplinary sanction</source>
        <translation>наставник %1: имеется дисциплинарное взыскание</translation>
    </message>
    <message>
        <source>Choose a mentor without a disciplinary sanction, or clear the mark in the mentor&apos;s card if the sanction has been lifted.</source>
        <translation>Назначьте наставника без дисциплинарного взыскания или, если взыскание снято, уберите отметку в карточке наставника.</translation>
    </message>
    <message>
        <source>the early completion on %1 at the employer&apos;s initiative has no notice to mentor %2</source>
        <translation>досрочное прекращение %1 по инициативе работодателя: не указана дата предупреждения наставника (%2)</translation>
    </message>
    <message numerus="yes">
        <source>the early completion on %1 at the employer&apos;s initiative comes less than %n working day(s) after the notice to mentor %2 of %3 (%4 at the earliest)</source>
        <translation>
            <numerusform>досрочное прекращение %1 по инициативе работодателя — менее чем через %n рабочий день после предупреждения наставника (%2) от %3; допустимо не ранее %4</numerusform>
            <numerusform>досрочное прекращение %1 по инициативе работодателя — менее чем через %n рабочих дня после предупреждения наставника (%2) от %3; допустимо не ранее %4</numerusform>
            <numerusform>досрочное прекращение %1 по инициативе работодателя — менее чем через %n рабочих дней после предупреждения наставника (%2) от %3; допустимо не ранее %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notify the mentor in writing at least %n working day(s) before ending mentoring early.</source>
        <translation>
            <numerusform>Предупредите наставника в письменной форме не менее чем за %n рабочий день до досрочного прекращения наставничества.</numerusform>
            <numerusform>Предупредите наставника в письменной форме не менее чем за %n рабочих дня до досрочного прекращения наставничества.</numerusform>
            <numerusform>Предупредите наставника в письменной форме не менее чем за %n рабочих дней до досрочного прекращения наставничества.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many mentees for one mentor</source>
        <translation>Превышено число наставляемых у наставника</translation>
    </message>
    <message>
        <source>Term of mentoring too long</source>
        <translation>Срок наставничества больше допустимого</translation>
    </message>
    <message>
        <source>Term of mentoring too short</source>
        <translation>Срок наставничества меньше допустимого</translation>
    </message>
    <message>
        <source>Individual plan not approved in time</source>
        <translation>Индивидуальный план не утверждён в срок</translation>
    </message>
    <message>
        <source>Report and questionnaire not submitted in time</source>
        <translation>Отчёт и анкета не представлены в срок</translation>
    </message>
    <message>
        <source>Mentor&apos;s experience too short</source>
        <translation>Недостаточный стаж наставника</translation>
    </message>
    <message>
        <source>Mentor lacks the required status or certificate</source>
        <translation>У наставника нет требуемого статуса или удостоверения</translation>
    </message>
    <message>
        <source>Mentor&apos;s consent or supplementary agreement missing</source>
        <translation>Нет согласия наставника или дополнительного соглашения</translation>
    </message>
    <message>
        <source>No valid consent to the processing of personal data</source>
        <translation>Нет действующего согласия на обработку персональных данных</translation>
    </message>
    <message>
        <source>External mentor&apos;s documents missing</source>
        <translation>Нет документов внешнего наставника</translation>
    </message>
    <message>
        <source>Pair not approved by order in time</source>
        <translation>Пара не утверждена приказом своевременно</translation>
    </message>
    <message>
        <source>Replacement of a mentor without ground or order</source>
        <translation>Замена наставника без основания или приказа</translation>
    </message>
    <message>
        <source>Extension without a valid reason</source>
        <translation>Продление без уважительной причины</translation>
    </message>
    <message>
        <source>Mentor is the mentee&apos;s direct supervisor</source>
        <translation>Наставник — непосредственный руководитель наставляемого</translation>
    </message>
    <message>
        <source>Mentor has a disciplinary sanction</source>
        <translation>У наставника есть дисциплинарное взыскание</translation>
    </message>
    <message>
        <source>no mentees</source>
        <translation>без наставляемых</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Early completion without the required notice</source>
        <translation>Досрочное прекращение без своевременного предупреждения</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Списки (*.xlsx *.csv *.txt);;Книги Excel (*.xlsx);;Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>«%1» is a folder. Choose a list saved as .xlsx or .csv.</source>
        <translation>«%1» — это папка. Выберите список, сохранённый в формате .xlsx или .csv.</translation>
    </message>
    <message>
        <source>The file «%1» could not be opened: %2. Check that it exists and is not open in another program, then try again.</source>
        <translation>Не удалось открыть файл «%1»: %2. Проверьте, что он существует и не открыт в другой программе, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The file «%1» is in the old Excel 97–2003 format (.xls), which cannot be read. Open it in Excel and save it as «Excel Workbook» (.xlsx) or «CSV (semicolon delimited)» (.csv), then import that file.</source>
        <translation>Файл «%1» сохранён в старом формате Excel 97–2003 (.xls), который не читается. Откройте его в Excel и сохраните как «Книга Excel» (.xlsx) или «CSV (разделители — точка с запятой)» (.csv), затем импортируйте этот файл.</translation>
    </message>
    <message>
        <source>The file «%1» is damaged or is not an Excel workbook (.xlsx). Open it in Excel and save it again as .xlsx or .csv.</source>
        <translation>Файл «%1» повреждён или не является книгой Excel (.xlsx). Откройте его в Excel и сохраните заново как .xlsx или .csv.</translation>
    </message>
    <message>
        <source>The file «%1» is neither a CSV file nor an Excel workbook. Open the list in Excel and save it as .xlsx or .csv.</source>
        <translation>Файл «%1» не является ни файлом CSV, ни книгой Excel. Откройте список в Excel и сохраните его как .xlsx или .csv.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start saving: %1</source>
        <translation>Не удалось начать сохранение: %1</translation>
    </message>
    <message>
        <source>Nothing to save: the change was already undone.</source>
        <translation>Нечего сохранять: изменение уже отменено.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Не удалось сохранить изменение: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Pupil</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель (законный представитель)</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Выпускник</translation>
    </message>
    <message>
        <source>Employer&apos;s staff</source>
        <translation>Сотрудник предприятия</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Предприниматель</translation>
    </message>
    <message>
        <source>Veteran of teaching</source>
        <translation>Ветеран педагогического труда</translation>
    </message>
    <message>
        <source>Civil servant</source>
        <translation>Гражданский служащий</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Status «Mentor»</source>
        <translation>Статус «Ментор»</translation>
    </message>
    <message>
        <source>Tutor certificate</source>
        <translation>Удостоверение тьютора</translation>
    </message>
    <message>
        <source>Coach training</source>
        <translation>Подготовка коуча</translation>
    </message>
    <message>
        <source>Certificate of no criminal record</source>
        <translation>Справка об отсутствии судимости</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>Медицинская справка</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Договор о сотрудничестве</translation>
    </message>
    <message>
        <source>Supplementary agreement (Labour Code art. 351.8)</source>
        <translation>Дополнительное соглашение (ст. 351.8 ТК РФ)</translation>
    </message>
    <message>
        <source>Processing of personal data</source>
        <translation>На обработку персональных данных</translation>
    </message>
    <message>
        <source>Publication of personal data</source>
        <translation>На распространение (публикацию) персональных данных</translation>
    </message>
    <message>
        <source>Consent to act as a mentor</source>
        <translation>На осуществление наставничества</translation>
    </message>
    <message>
        <source>Pupil – pupil</source>
        <translation>Ученик – ученик</translation>
    </message>
    <message>
        <source>Teacher – teacher</source>
        <translation>Учитель – учитель</translation>
    </message>
    <message>
        <source>Student – pupil</source>
        <translation>Студент – ученик</translation>
    </message>
    <message>
        <source>Employer – pupil</source>
        <translation>Работодатель – ученик</translation>
    </message>
    <message>
        <source>Employer – student</source>
        <translation>Работодатель – студент</translation>
    </message>
    <message>
        <source>Teacher – pupil</source>
        <translation>Учитель – ученик</translation>
    </message>
    <message>
        <source>Traditional mentoring</source>
        <translation>Традиционное наставничество</translation>
    </message>
    <message>
        <source>Mentoring (mentor – mentee)</source>
        <translation>Менторство</translation>
    </message>
    <message>
        <source>Tutoring</source>
        <translation>Тьюторство</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Коучинг</translation>
    </message>
    <message>
        <source>Mentoring in the civil service</source>
        <translation>Наставничество на гражданской службе</translation>
    </message>
    <message>
        <source>Mentoring of the management reserve</source>
        <translation>Наставничество в резерве управленческих кадров</translation>
    </message>
    <message>
        <source>The mentor&apos;s employment ended</source>
        <translation>Прекращение наставником трудовых отношений</translation>
    </message>
    <message>
        <source>Psychological incompatibility</source>
        <translation>Психологическая несовместимость наставника и наставляемого</translation>
    </message>
    <message>
        <source>The mentor systematically fails their duties</source>
        <translation>Систематическое неисполнение наставником своих обязанностей</translation>
    </message>
    <message>
        <source>Disciplinary action against the mentor</source>
        <translation>Привлечение наставника к дисциплинарной ответственности</translation>
    </message>
    <message>
        <source>A justified request of the mentor or the mentee</source>
        <translation>Обоснованная просьба наставника или наставляемого</translation>
    </message>
    <message>
        <source>Temporary incapacity for work</source>
        <translation>Временная нетрудоспособность</translation>
    </message>
    <message>
        <source>Business trip</source>
        <translation>Командировка</translation>
    </message>
    <message>
        <source>Other long absence for a good reason</source>
        <translation>Иное продолжительное отсутствие по уважительной причине</translation>
    </message>
    <message>
        <source>The mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>The employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Agreement of the parties</source>
        <translation>Соглашение сторон</translation>
    </message>
    <message>
        <source>Appointment of the curator</source>
        <translation>О назначении куратора</translation>
    </message>
    <message>
        <source>Approval of the roadmap</source>
        <translation>Об утверждении дорожной карты</translation>
    </message>
    <message>
        <source>Approval of pairs and groups</source>
        <translation>Об утверждении наставнических пар и групп</translation>
    </message>
    <message>
        <source>Replacement of a mentor</source>
        <translation>О замене наставника</translation>
    </message>
    <message>
        <source>Extension of mentoring</source>
        <translation>О продлении срока наставничества</translation>
    </message>
    <message>
        <source>Early completion of mentoring</source>
        <translation>О досрочном завершении наставничества</translation>
    </message>
    <message>
        <source>Rewards to participants</source>
        <translation>О поощрении участников</translation>
    </message>
    <message>
        <source>Conduct of the final event</source>
        <translation>О проведении итогового мероприятия</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Replacement of the mentor</source>
        <translation>Замена наставника</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>Early completion</source>
        <translation>Досрочное завершение</translation>
    </message>
    <message>
        <source>First (organisational) meeting</source>
        <translation>Первая (организационная) встреча</translation>
    </message>
    <message>
        <source>Trial (working) meeting</source>
        <translation>Пробная (рабочая) встреча</translation>
    </message>
    <message>
        <source>Planning meeting</source>
        <translation>Встреча-планирование</translation>
    </message>
    <message>
        <source>Regular meeting</source>
        <translation>Регулярная встреча</translation>
    </message>
    <message>
        <source>Final meeting</source>
        <translation>Заключительная встреча</translation>
    </message>
    <message>
        <source>Shows outstanding abilities</source>
        <translation>Проявляет выдающиеся способности</translation>
    </message>
    <message>
        <source>Unsatisfactory results</source>
        <translation>Неудовлетворительные образовательные результаты</translation>
    </message>
    <message>
        <source>Special educational needs</source>
        <translation>Ограниченные возможности здоровья</translation>
    </message>
    <message>
        <source>In a difficult life situation</source>
        <translation>Трудная жизненная ситуация</translation>
    </message>
    <message>
        <source>Behaviour problems</source>
        <translation>Проблемы с поведением</translation>
    </message>
    <message>
        <source>Not involved in school life</source>
        <translation>Не участвует в жизни школы</translation>
    </message>
    <message>
        <source>Young specialist</source>
        <translation>Молодой специалист</translation>
    </message>
    <message>
        <source>Emotional burnout</source>
        <translation>Эмоциональное выгорание</translation>
    </message>
    <message>
        <source>Adapting to a new workplace</source>
        <translation>Адаптация на новом месте работы</translation>
    </message>
    <message>
        <source>Wants to master digital skills</source>
        <translation>Хочет освоить цифровые навыки</translation>
    </message>
    <message>
        <source>Newly appointed</source>
        <translation>Вновь назначенный</translation>
    </message>
    <message>
        <source>In the management reserve</source>
        <translation>В резерве управленческих кадров</translation>
    </message>
    <message>
        <source>Manager with under 3 years&apos; experience</source>
        <translation>Руководитель со стажем до 3 лет</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>Labour Code art. 112 (no decree data)</source>
        <translation>ст. 112 ТК РФ (нет данных постановления о переносе выходных дней)</translation>
    </message>
    <message>
        <source>The year %1 is out of range: enter a year from %2 to %3.</source>
        <translation>Год %1 вне допустимого диапазона: введите год с %2 по %3.</translation>
    </message>
    <message>
        <source>A non-working day of %1 is not a valid date: use YYYY-MM-DD.</source>
        <translation>Один из нерабочих дней %1 года — недопустимая дата: используйте формат ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The non-working day %1 is not in %2: list only dates of that year.</source>
        <translation>Нерабочий день %1 не относится к %2 году: указывайте только даты этого года.</translation>
    </message>
    <message>
        <source>The non-working day %1 is a %2: list only weekdays that are not worked (Saturdays and Sundays are days off anyway).</source>
        <translation>Нерабочий день %1 — %2: указывайте только нерабочие дни с понедельника по пятницу (суббота и воскресенье и так выходные).</translation>
    </message>
    <message>
        <source>A working weekend day of %1 is not a valid date: use YYYY-MM-DD.</source>
        <translation>Один из рабочих выходных дней %1 года — недопустимая дата: используйте формат ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The working day %1 is not in %2: list only dates of that year.</source>
        <translation>Рабочий день %1 не относится к %2 году: указывайте только даты этого года.</translation>
    </message>
    <message>
        <source>The working day %1 is a %2: list only Saturdays and Sundays that are worked (weekdays are working anyway).</source>
        <translation>Рабочий день %1 — %2: указывайте только субботы и воскресенья, объявленные рабочими (будни и так рабочие).</translation>
    </message>
    <message>
        <source>%1 is a public holiday (Labour Code art. 112) and cannot be a working day.</source>
        <translation>%1 — нерабочий праздничный день (ст. 112 ТК РФ), он не может быть рабочим.</translation>
    </message>
    <message>
        <source>%1 (%2) is a public holiday (Labour Code art. 112): add it to the non-working days.</source>
        <translation>%1 (%2) — нерабочий праздничный день (ст. 112 ТК РФ): добавьте его в нерабочие дни.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>its data is damaged</source>
        <translation>данные повреждены</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>Open it in Excel and save it again as .xlsx or .csv.</source>
        <translation>Откройте его в Excel и сохраните заново как .xlsx или .csv.</translation>
    </message>
    <message>
        <source>The file «%1» is damaged: the part «%2» of the workbook is missing.</source>
        <translation>Файл «%1» повреждён: в книге нет части «%2».</translation>
    </message>
    <message>
        <source>The file «%1» is damaged: the part «%2» cannot be read (%3).</source>
        <translation>Файл «%1» повреждён: часть «%2» не читается (%3).</translation>
    </message>
    <message>
        <source>The file «%1» is damaged or is not an Excel workbook (.xlsx).</source>
        <translation>Файл «%1» повреждён или не является книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file «%1» is an OpenDocument spreadsheet (.ods), not an Excel workbook. Save it as .xlsx or .csv (in LibreOffice: File → Save As) and import that file.</source>
        <translation>Файл «%1» — таблица OpenDocument (.ods), а не книга Excel. Сохраните её как .xlsx или .csv (в LibreOffice: Файл → Сохранить как) и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>The file «%1» is a zip archive but not an Excel workbook (.xlsx): it has no worksheets. Open the list in the program it came from and save it as .xlsx or .csv.</source>
        <translation>Файл «%1» — архив ZIP, но не книга Excel (.xlsx): в нём нет листов. Откройте список в программе, в которой он составлен, и сохраните его как .xlsx или .csv.</translation>
    </message>
    <message>
        <source>The workbook «%1» has no worksheets.</source>
        <translation>В книге «%1» нет ни одного листа.</translation>
    </message>
    <message>
        <source>The workbook «%1» has no sheet number %2.</source>
        <translation>В книге «%1» нет листа с номером %2.</translation>
    </message>
    <message>
        <source>sheet «%1»</source>
        <translation>лист «%1»</translation>
    </message>
    <message>
        <source>TRUE</source>
        <translation>ИСТИНА</translation>
    </message>
    <message>
        <source>FALSE</source>
        <translation>ЛОЖЬ</translation>
    </message>
    <message>
        <source>a cell refers to a text that is not there</source>
        <translation>ячейка ссылается на отсутствующий текст</translation>
    </message>
</context>
<context>
    <name>nastavnik::PairsTableModel</name>
    <message>
        <source>no plan</source>
        <translation>нет плана</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, %n overdue</source>
        <translation>
            <numerusform>%1 из %2, %n просрочен</numerusform>
            <numerusform>%1 из %2, %n просрочено</numerusform>
            <numerusform>%1 из %2, %n просрочено</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 (pair %2)</source>
        <translation>%1 (пара %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the individual plan are past their due date.</source>
        <translation>
            <numerusform>%n пункт индивидуального плана просрочен.</numerusform>
            <numerusform>%n пункта индивидуального плана просрочены.</numerusform>
            <numerusform>%n пунктов индивидуального плана просрочены.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting is recorded yet.</source>
        <translation>Встречи ещё не записаны.</translation>
    </message>
    <message>
        <source>№ / group</source>
        <translation>№ / группа</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Наставляемые</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Последняя встреча</translation>
    </message>
    <message>
        <source>The mentor leading the pair today (after replacements).</source>
        <translation>Наставник, который ведёт пару сегодня (с учётом замен).</translation>
    </message>
    <message>
        <source>The actual end, else the end after the last extension, else the planned end.</source>
        <translation>Фактическое окончание, иначе окончание после последнего продления, иначе плановое окончание.</translation>
    </message>
    <message>
        <source>Items of the individual plan done, of those not cancelled.</source>
        <translation>Выполнено пунктов индивидуального плана из неотменённых.</translation>
    </message>
</context>
<context>
    <name>nastavnik::PeopleTableModel</name>
    <message>
        <source>external</source>
        <translation>внешний</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>штатный</translation>
    </message>
    <message>
        <source>mentor, mentee</source>
        <translation>наставник, наставляемый</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>наставник</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>наставляемый</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <source>no parent&apos;s signature</source>
        <translation>нет подписи родителя</translation>
    </message>
    <message>
        <source>%1 is in the archive: kept for the history, not offered for new pairs.</source>
        <translation>%1 — в архиве: сведения сохраняются для истории, в новые пары не предлагается.</translation>
    </message>
    <message>
        <source>The consent to the processing of personal data was signed by the participant while a minor: a parent or legal representative must sign it (002, item 4.17).</source>
        <translation>Согласие на обработку персональных данных подписал сам участник, будучи несовершеннолетним: его должен подписать родитель или законный представитель (002, п. 4.17).</translation>
    </message>
    <message>
        <source>The consent to the processing of personal data was withdrawn.</source>
        <translation>Согласие на обработку персональных данных отозвано.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Staff / external</source>
        <translation>Штат / внешний</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Personal data consent</source>
        <translation>Согласие на ПДн</translation>
    </message>
    <message>
        <source>Mentor: in the base of mentors or leading a pair that has not ended. Mentee: in the base of mentees or in such a pair.</source>
        <translation>Наставник — в базе наставников или ведёт незавершённую пару. Наставляемый — в базе наставляемых или состоит в такой паре.</translation>
    </message>
    <message>
        <source>The consent to the processing of personal data (152-FZ, art. 9); for a minor, signed by a parent or legal representative.</source>
        <translation>Согласие на обработку персональных данных (ст. 9 152-ФЗ); за несовершеннолетнего его подписывает родитель или законный представитель.</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::ActivityEditor</name>
    <message>
        <source>Type a surname to choose from the base</source>
        <translation>Начните вводить фамилию, чтобы выбрать из базы</translation>
    </message>
    <message>
        <source>e.g. «Order», «Minutes of the teachers&apos; council»</source>
        <translation>например, «Приказ», «Протокол педсовета»</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <source>deadline:</source>
        <translation>срок:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Result or document:</source>
        <translation>Результат, документ:</translation>
    </message>
    <message>
        <source>done on:</source>
        <translation>выполнено:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>An activity that is neither done nor cancelled after its deadline is overdue: it is marked red here and listed in «Today».</source>
        <translation>Мероприятие, не выполненное и не отменённое к сроку, считается просроченным: оно выделяется красным и попадает в «Сегодня».</translation>
    </message>
    <message>
        <source>New activity of the roadmap</source>
        <translation>Новое мероприятие дорожной карты</translation>
    </message>
    <message>
        <source>Activity of the roadmap</source>
        <translation>Мероприятие дорожной карты</translation>
    </message>
    <message>
        <source>The roadmap has no stages: add a stage first.</source>
        <translation>В дорожной карте нет этапов: сначала добавьте этап.</translation>
    </message>
    <message>
        <source>Activity: describe what is to be done.</source>
        <translation>Мероприятие: опишите, что нужно сделать.</translation>
    </message>
    <message>
        <source>Start: «%1» is not a date; type it as 05.09.2026.</source>
        <translation>Начало: «%1» — не дата; введите в виде 05.09.2026.</translation>
    </message>
    <message>
        <source>Deadline: «%1» is not a date; type it as 05.09.2026.</source>
        <translation>Срок: «%1» — не дата; введите в виде 05.09.2026.</translation>
    </message>
    <message>
        <source>The deadline %1 is before the start %2.</source>
        <translation>Срок %1 раньше начала %2.</translation>
    </message>
    <message>
        <source>Done on: «%1» is not a date.</source>
        <translation>Дата выполнения: «%1» — не дата.</translation>
    </message>
    <message>
        <source>Responsible: choose a person from the list, or clear the field.</source>
        <translation>Ответственный: выберите человека из списка или очистите поле.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База не открыта.</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::AnswerEntry</name>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>Сохранить и следующий</translation>
    </message>
    <message>
        <source>Type a surname of the respondent; empty: anonymous</source>
        <translation>Начните вводить фамилию; пусто — анонимная анкета</translation>
    </message>
    <message>
        <source>Store the answers and clear the form for the next questionnaire (Ctrl+Enter)</source>
        <translation>Сохранить ответы и очистить форму для следующей анкеты (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Анкета:</translation>
    </message>
    <message>
        <source>Filled in on:</source>
        <translation>Дата заполнения:</translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>Кто заполнил:</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>Пара:</translation>
    </message>
    <message>
        <source>Scale: a digit 1–10. One choice: the number of the option. Several choices: numbers with spaces, e.g. «1 3». Enter moves to the next answer; Ctrl+Enter saves and starts the next questionnaire.</source>
        <translation>Шкала — число 1–10. Один вариант — номер варианта. Несколько вариантов — номера через пробел, например «1 3». Enter — к следующему ответу; Ctrl+Enter — сохранить и перейти к следующей анкете.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (версия %2)</translation>
    </message>
    <message>
        <source>(no pair)</source>
        <translation>(без пары)</translation>
    </message>
    <message>
        <source>1–10</source>
        <translation>1–10</translation>
    </message>
    <message>
        <source>several: </source>
        <translation>несколько: </translation>
    </message>
    <message>
        <source>free answer</source>
        <translation>свободный ответ</translation>
    </message>
    <message>
        <source>Choose a questionnaire.</source>
        <translation>Выберите анкету.</translation>
    </message>
    <message>
        <source>Question %1: type a number from 1 to 10.</source>
        <translation>Вопрос %1: введите число от 1 до 10.</translation>
    </message>
    <message>
        <source>Question %1: %2 is not an option; type a number from 1 to %3.</source>
        <translation>Вопрос %1: варианта %2 нет; введите число от 1 до %3.</translation>
    </message>
    <message>
        <source>Question %1: one option only.</source>
        <translation>Вопрос %1: только один вариант.</translation>
    </message>
    <message>
        <source>Filled in on: type the date the questionnaire was filled in, e.g. 20.05.2026.</source>
        <translation>Дата заполнения: введите дату, когда заполнена анкета, например 20.05.2026.</translation>
    </message>
    <message>
        <source>Respondent: choose a person from the list, or clear the field for an anonymous questionnaire.</source>
        <translation>Кто заполнил: выберите человека из списка или очистите поле для анонимной анкеты.</translation>
    </message>
    <message>
        <source>No answer is typed in.</source>
        <translation>Не введено ни одного ответа.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База не открыта.</translation>
    </message>
    <message>
        <source>Saved: %1. Next questionnaire.</source>
        <translation>Сохранено: %1. Следующая анкета.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>аноним</translation>
    </message>
    <message>
        <source>Correcting the questionnaire of %1 filled in on %2: saving replaces it.</source>
        <translation>Исправление анкеты (%1, заполнена %2): при сохранении она будет заменена.</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::CalendarPage</name>
    <message>
        <source>built in</source>
        <translation>встроен в программу</translation>
    </message>
    <message>
        <source>entered by the user</source>
        <translation>введён пользователем</translation>
    </message>
    <message>
        <source>art. 112 only, not confirmed</source>
        <translation>только ст. 112 ТК РФ, не подтверждён</translation>
    </message>
    <message>
        <source>&amp;Enter the decree…</source>
        <translation>&amp;Ввести постановление…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Production calendar</source>
        <translation>Производственный календарь</translation>
    </message>
    <message>
        <source>Deadlines of «N working days» count only working days, from the day after the event. A year&apos;s days off move by the Government&apos;s yearly decree: enter it when it is published, and deadlines in that year are no longer marked as unconfirmed.</source>
        <translation>Сроки «N рабочих дней» считаются только по рабочим дням, начиная со дня, следующего за событием. Выходные дни года переносит ежегодное постановление Правительства РФ: введите его, когда оно опубликовано, — и сроки этого года перестанут отмечаться как неподтверждённые.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Постановление</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:#fbdcd8; color:#b3261e&quot;&gt;&amp;nbsp;&lt;b&gt;9&lt;/b&gt;&amp;nbsp;&lt;/span&gt; weekday off &amp;nbsp;&amp;nbsp; &lt;span style=&quot;background:#d9e8fa; color:#1f5fa8&quot;&gt;&amp;nbsp;&lt;b&gt;&lt;u&gt;1&lt;/u&gt;&lt;/b&gt;&amp;nbsp;&lt;/span&gt; working Saturday or Sunday &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:#8a939b&quot;&gt;&amp;nbsp;7&amp;nbsp;&lt;/span&gt; day off</source>
        <translation>&lt;span style=&quot;background:#fbdcd8; color:#b3261e&quot;&gt;&amp;nbsp;&lt;b&gt;9&lt;/b&gt;&amp;nbsp;&lt;/span&gt; нерабочий будний день &amp;nbsp;&amp;nbsp; &lt;span style=&quot;background:#d9e8fa; color:#1f5fa8&quot;&gt;&amp;nbsp;&lt;b&gt;&lt;u&gt;1&lt;/u&gt;&lt;/b&gt;&amp;nbsp;&lt;/span&gt; рабочая суббота или воскресенье &amp;nbsp;&amp;nbsp; &lt;span style=&quot;color:#8a939b&quot;&gt;&amp;nbsp;7&amp;nbsp;&lt;/span&gt; выходной</translation>
    </message>
    <message>
        <source>Working days calculator</source>
        <translation>Расчёт рабочих дней</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От даты</translation>
    </message>
    <message>
        <source>working days:</source>
        <translation>раб. дн.:</translation>
    </message>
    <message>
        <source>No decree on transfers of days off is known for %1: deadlines in it are counted by Labour Code art. 112 alone and marked as not confirmed.</source>
        <translation>Постановление о переносе выходных дней на %1 год не введено: сроки в этом году считаются только по ст. 112 ТК РФ и отмечаются как неподтверждённые.</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) in the year</source>
        <translation>
            <numerusform>%n рабочий день в году</numerusform>
            <numerusform>%n рабочих дня в году</numerusform>
            <numerusform>%n рабочих дней в году</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Delete the calendar of %1 entered in this database? The decree built into Nastavnik applies again.</source>
        <translation>Удалить календарь %1 года, введённый в этой базе? Снова будет действовать постановление, встроенное в программу.</translation>
    </message>
    <message>
        <source>Delete the calendar of %1 entered in this database? Deadlines in %1 will be counted by Labour Code art. 112 alone and marked as not confirmed.</source>
        <translation>Удалить календарь %1 года, введённый в этой базе? Сроки в %1 году будут считаться только по ст. 112 ТК РФ и отмечаться как неподтверждённые.</translation>
    </message>
    <message>
        <source>Delete a year</source>
        <translation>Удаление года</translation>
    </message>
    <message>
        <source>enter a date</source>
        <translation>введите дату</translation>
    </message>
    <message>
        <source>not confirmed by the production calendar: a year without a decree</source>
        <translation>не подтверждено производственным календарём: год без постановления</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::CalendarYearEditor</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>e.g. Government Decree of 04.10.2024 No. 1335 «On the transfer of days off in 2025»</source>
        <translation>например, Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»</translation>
    </message>
    <message>
        <source>&amp;Decree:</source>
        <translation>&amp;Постановление:</translation>
    </message>
    <message>
        <source>Click a day to change it: a weekday becomes a day off (a transferred day off), a Saturday or Sunday becomes a working day. Public holidays (Labour Code art. 112) stay days off.</source>
        <translation>Щёлкните день, чтобы изменить его: будний день станет нерабочим (перенесённый выходной), суббота или воскресенье — рабочим днём. Нерабочие праздничные дни (ст. 112 ТК РФ) остаются выходными.</translation>
    </message>
    <message>
        <source>Production calendar of %1</source>
        <translation>Производственный календарь на %1 год</translation>
    </message>
    <message>
        <source>Starts from the decree built into Nastavnik; what you save replaces it for this database.</source>
        <translation>За основу взято постановление, встроенное в программу; сохранённые изменения заменят его для этой базы.</translation>
    </message>
    <message>
        <source>Entered in this database earlier.</source>
        <translation>Введено в этой базе ранее.</translation>
    </message>
    <message>
        <source>No decree for %1 is known yet: the days below follow Labour Code art. 112 alone. Change them as the decree says.</source>
        <translation>Постановление на %1 год ещё не введено: дни ниже рассчитаны только по ст. 112 ТК РФ. Измените их по тексту постановления.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weekdays off:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Working Saturdays and Sundays:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Нерабочие будние дни:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Рабочие субботы и воскресенья:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Decree: name the decree the days come from (its date and number), so that everyone can check them.</source>
        <translation>Постановление: укажите постановление, по которому установлены дни (его дату и номер), чтобы их можно было проверить.</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::ChecksSection</name>
    <message>
        <source>By &amp;rule</source>
        <translation>По &amp;правилам</translation>
    </message>
    <message>
        <source>By &amp;participant or pair</source>
        <translation>По &amp;участникам и парам</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Save as &amp;text…</source>
        <translation>Сохранить в &amp;текст…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;заново</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Filter: a name, a word of the message, a clause</source>
        <translation>Отбор: фамилия, слово из текста, пункт положения</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группировать:</translation>
    </message>
    <message>
        <source>Copy the findings shown to the clipboard, as text</source>
        <translation>Скопировать показанные нарушения в буфер обмена текстом</translation>
    </message>
    <message>
        <source>Save the findings shown to a text file</source>
        <translation>Сохранить показанные нарушения в текстовый файл</translation>
    </message>
    <message>
        <source>Check the whole database again now</source>
        <translation>Проверить всю базу заново сейчас</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Идёт проверка…</translation>
    </message>
    <message>
        <source>Checking the data against the rules of the provision…</source>
        <translation>Данные проверяются по правилам положения…</translation>
    </message>
    <message>
        <source>The data could not be checked.

%1</source>
        <translation>Данные не удалось проверить.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Rules of the profile «%1» on %2: %n finding(s).</source>
        <translation>
            <numerusform>Правила профиля «%1» на %2: %n нарушение.</numerusform>
            <numerusform>Правила профиля «%1» на %2: %n нарушения.</numerusform>
            <numerusform>Правила профиля «%1» на %2: %n нарушений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: %1.</source>
        <translation>Показано: %1.</translation>
    </message>
    <message>
        <source>The last check failed: %1</source>
        <translation>Последняя проверка не удалась: %1</translation>
    </message>
    <message>
        <source>No findings: the data meets every rule of the profile «%1».

The check runs again after every change.</source>
        <translation>Нарушений нет: данные соответствуют всем правилам профиля «%1».

Проверка повторяется после каждого изменения.</translation>
    </message>
    <message>
        <source>No finding contains «%1».</source>
        <translation>Нет нарушений, содержащих «%1».</translation>
    </message>
    <message>
        <source>Choose a finding to see what to do. Double-click opens the participant&apos;s card.</source>
        <translation>Выберите нарушение, чтобы увидеть, что сделать. Двойной щелчок открывает карточку участника.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Что сделать: %1</translation>
    </message>
    <message>
        <source>the value is reported by secondary sources only; confirm it in the organisation&apos;s own provision</source>
        <translation>значение известно только по вторичным источникам; уточните его по положению организации</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <source>Rule: %1 (%2)</source>
        <translation>Правило: %1 (%2)</translation>
    </message>
    <message>
        <source>pair %1</source>
        <translation>пара %1</translation>
    </message>
    <message>
        <source>Concerns:</source>
        <translation>Касается:</translation>
    </message>
    <message>
        <source>check-%1.txt</source>
        <translation>проверка-%1.txt</translation>
    </message>
    <message>
        <source>Save the findings</source>
        <translation>Сохранение нарушений</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>«%1» could not be written: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::DateEdit</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
        <source>«%1» is not a date. Type it as dd.mm.yyyy, for example 05.06.2026.</source>
        <translation>«%1» — не дата. Введите её в виде дд.мм.гггг, например 05.06.2026.</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::DeadlinesModel</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <source>In the next 14 days</source>
        <translation>В ближайшие 14 дней</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>the deadline is not confirmed by the production calendar</source>
        <translation>срок не подтверждён производственным календарём</translation>
    </message>
    <message>
        <source>%1: the year has no decree on transfers of days off in the calendar yet; the date is counted by Labour Code art. 112 alone. Enter the decree in Settings → Production calendar.</source>
        <translation>%1: постановление о переносе выходных дней на этот год ещё не введено, дата рассчитана только по ст. 112 ТК РФ. Введите постановление: Сервис → Настройки → Производственный календарь.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::DocumentEditorDialog</name>
    <message>
        <source>The order is signed and can no longer be changed. Corrections are made by a new order.</source>
        <translation>Приказ подписан, изменить его нельзя. Исправления вносятся новым приказом.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Подчёркнутый</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>По левому краю</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>По центру</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>По правому краю</translation>
    </message>
    <message>
        <source>Justify</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Размер шрифта</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Нумерованный список</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save as ODT…</source>
        <translation>Сохранить в ODT…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Store the edited text in the orders journal</source>
        <translation>Сохранить исправленный текст в журнале приказов</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Предварительный просмотр — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Текст OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Сохранение документа</translation>
    </message>
    <message>
        <source>Only the text of an order is kept in the journal; save the document as PDF or ODT.</source>
        <translation>В журнале хранится только текст приказов; сохраните документ в формате PDF или ODT.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The text of the order was changed. Save the changes?</source>
        <translation>Текст приказа изменён. Сохранить изменения?</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::EditorBase</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>«%1» has unsaved changes. Save them?</source>
        <translation>В карточке «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::EditorDialog</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::FindingsModel</name>
    <message>
        <source>Pair %1</source>
        <translation>Пара %1</translation>
    </message>
    <message>
        <source>%1 (by secondary sources — confirm)</source>
        <translation>%1 (по вторичным источникам — уточните)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Что сделать: %1</translation>
    </message>
    <message>
        <source>Clause: %1</source>
        <translation>Основание: %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Кого касается</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Check of the rules of the profile «%1» on %2</source>
        <translation>Проверка по правилам профиля «%1» на %2</translation>
    </message>
    <message>
        <source>Only findings containing «%1»</source>
        <translation>Только нарушения, содержащие «%1»</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Нарушений: %1</translation>
    </message>
    <message>
        <source>(by secondary sources — confirm)</source>
        <translation>(по вторичным источникам — уточните)</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::FindingsPanel</name>
    <message>
        <source>Checking the rules of the provision…</source>
        <translation>Идёт проверка по правилам положения…</translation>
    </message>
    <message>
        <source>The rules could not be checked: %1</source>
        <translation>Проверку выполнить не удалось: %1</translation>
    </message>
    <message>
        <source>The check finds nothing to correct here (profile «%1»).</source>
        <translation>Проверка не нашла нарушений (профиль «%1»).</translation>
    </message>
    <message>
        <source>checking again…</source>
        <translation>проверка обновляется…</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s) to correct</source>
        <translation>
            <numerusform>Проверка нашла %n нарушение</numerusform>
            <numerusform>Проверка нашла %n нарушения</numerusform>
            <numerusform>Проверка нашла %n нарушений</numerusform>
        </translation>
    </message>
    <message>
        <source>(by secondary sources — confirm)</source>
        <translation>(по вторичным источникам — уточните)</translation>
    </message>
    <message>
        <source>Clause: %1</source>
        <translation>Основание: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Что сделать: %1</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::FirstRunWidget</name>
    <message>
        <source>Nastavnik</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Mentorship programmes of a school or an HR department: the bases of mentors and mentees, pairs, plans, orders and monitoring. All data stays in one file on this computer.</source>
        <translation>Наставничество в школе и на службе: базы наставников и наставляемых, пары, планы, приказы и мониторинг. Все данные хранятся в одном файле на этом компьютере.</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Создать новую базу данных</translation>
    </message>
    <message>
        <source>An empty database for your organisation. You choose where the file is kept, then enter the organisation&apos;s name and provision.</source>
        <translation>Пустая база для вашей организации. Вы выбираете, где хранить файл, затем указываете наименование организации и положение, по которому она работает.</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Открыть существующую базу…</translation>
    </message>
    <message>
        <source>A .sqlite file of Nastavnik: your own, a copy, or a backup.</source>
        <translation>Файл .sqlite программы «Наставник»: ваша база, её копия или резервная копия.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Открыть демонстрационную базу</translation>
    </message>
    <message>
        <source>A village school with mentors, pairs, plans and orders, to see how everything works. Recreated fresh every time; your own data is not touched.</source>
        <translation>Сельская школа с наставниками, парами, планами и приказами — чтобы посмотреть, как всё устроено. Каждый раз создаётся заново; ваши данные не затрагиваются.</translation>
    </message>
    <message>
        <source>Recent databases:</source>
        <translation>Недавние базы:</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::ImportPeopleDialog</name>
    <message>
        <source>Import participants from a table</source>
        <translation>Импорт участников из таблицы</translation>
    </message>
    <message>
        <source>Import a list of staff or pupils kept in Excel. Choose the file, check which field each column goes to and who the people are. Nothing changes in the database until you press «Import».</source>
        <translation>Импорт списка сотрудников или обучающихся из Excel. Выберите файл, проверьте, какие сведения записаны в каждом столбце и кто эти люди. До нажатия кнопки «Импортировать» в базе ничего не меняется.</translation>
    </message>
    <message>
        <source>1. File with the list</source>
        <translation>1. Файл со списком</translation>
    </message>
    <message>
        <source>No file chosen: an Excel workbook (.xlsx) or a CSV file</source>
        <translation>Файл не выбран: книга Excel (.xlsx) или файл CSV</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Юникод)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (текст в Юникоде)</translation>
    </message>
    <message>
        <source>Detected automatically. If the letters look garbled, choose the other encoding.</source>
        <translation>Определена автоматически. Если вместо букв видны непонятные символы, выберите другую кодировку.</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Detected from the first line. If all values stand in one column, choose another delimiter.</source>
        <translation>Определён по первой строке. Если все значения оказались в одном столбце, выберите другой разделитель.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>The first row holds the column &amp;headers</source>
        <translation>Первая строка содержит &amp;заголовки столбцов</translation>
    </message>
    <message>
        <source>2. Who the people are</source>
        <translation>2. Кого импортируем</translation>
    </message>
    <message>
        <source>&amp;Kind of participant:</source>
        <translation>К&amp;атегория участника:</translation>
    </message>
    <message>
        <source>E&amp;xternal participants (not employees or pupils of the organisation)</source>
        <translation>&amp;Внешние участники (не работают и не обучаются в организации)</translation>
    </message>
    <message>
        <source>Add to the &amp;mentor base</source>
        <translation>Включить в базу &amp;наставников</translation>
    </message>
    <message>
        <source>Add to the mentee &amp;base</source>
        <translation>Включить в базу на&amp;ставляемых</translation>
    </message>
    <message>
        <source>Where the file has a column for any of these, its value applies to that row.</source>
        <translation>Если в файле есть столбец с этими сведениями, для строки действует значение из файла.</translation>
    </message>
    <message>
        <source>3. Columns and check of the rows</source>
        <translation>3. Столбцы и проверка строк</translation>
    </message>
    <message>
        <source>Under the header of each column choose what it holds. Rows with errors are tinted red and will be skipped; the first column says why.</source>
        <translation>Под заголовком каждого столбца выберите, какие сведения в нём записаны. Строки с ошибками выделены красным и не будут импортированы; причина указана в первом столбце.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;Choose the file with the list.&lt;/p&gt;&lt;p&gt;It may be an Excel workbook (.xlsx) or a CSV file saved from Excel or another program. Usually the first row holds the headers: «Фамилия», «Имя», «Отчество» (or «ФИО» in one column), «Дата рождения», «Должность», «Класс», «Телефон», «Эл. почта»… The columns are recognised by these headers.&lt;/p&gt;&lt;p&gt;An old Excel file (.xls) must first be saved as .xlsx or .csv.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Выберите файл со списком.&lt;/p&gt;&lt;p&gt;Подойдёт книга Excel (.xlsx) или файл CSV, сохранённый из Excel или другой программы. Обычно в первой строке записаны заголовки: «Фамилия», «Имя», «Отчество» (или «ФИО» в одном столбце), «Дата рождения», «Должность», «Класс», «Телефон», «Эл. почта»… По ним столбцы распознаются автоматически.&lt;/p&gt;&lt;p&gt;Файл старого формата Excel (.xls) сначала сохраните как .xlsx или .csv.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Choose the list to import</source>
        <translation>Выбор списка для импорта</translation>
    </message>
    <message>
        <source>The file has no rows with data.</source>
        <translation>В файле нет строк с данными.</translation>
    </message>
    <message>
        <source>Choose the columns first: nothing can be imported yet.</source>
        <translation>Сначала укажите столбцы: пока ничего нельзя импортировать.</translation>
    </message>
    <message>
        <source>Will be imported: %1 of %2, skipped: %3</source>
        <translation>Будет импортировано %1 из %2, пропущено %3</translation>
    </message>
    <message numerus="yes">
        <source>Show only rows with errors (%n)</source>
        <translation>
            <numerusform>Показать только строки с ошибками (%n)</numerusform>
            <numerusform>Показать только строки с ошибками (%n)</numerusform>
            <numerusform>Показать только строки с ошибками (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n person(s)</source>
        <translation>
            <numerusform>Импортировать %n участника</numerusform>
            <numerusform>Импортировать %n участников</numerusform>
            <numerusform>Импортировать %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) from «%1» added to the database.</source>
        <translation>
            <numerusform>Из файла «%1» в базу добавлен %n участник.</numerusform>
            <numerusform>Из файла «%1» в базу добавлены %n участника.</numerusform>
            <numerusform>Из файла «%1» в базу добавлено %n участников.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row of the file was imported.</source>
        <translation>Импортированы все строки файла.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors were skipped. Correct them in the file and import it again: the people already added will be recognised and skipped.</source>
        <translation>
            <numerusform>Пропущена %n строка с ошибками. Исправьте её в файле и импортируйте файл ещё раз: уже добавленные участники будут распознаны и пропущены.</numerusform>
            <numerusform>Пропущены %n строки с ошибками. Исправьте их в файле и импортируйте файл ещё раз: уже добавленные участники будут распознаны и пропущены.</numerusform>
            <numerusform>Пропущено %n строк с ошибками. Исправьте их в файле и импортируйте файл ещё раз: уже добавленные участники будут распознаны и пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::ImportPreviewModel</name>
    <message>
        <source>Will be imported</source>
        <translation>Будет импортирована</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (и ещё %n)</numerusform>
            <numerusform>%1 (и ещё %n)</numerusform>
            <numerusform>%1 (и ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 will not be imported:</source>
        <translation>Строка %1 не будет импортирована:</translation>
    </message>
    <message>
        <source>Row %1 will be imported.</source>
        <translation>Строка %1 будет импортирована.</translation>
    </message>
    <message>
        <source>Row %1 of the file</source>
        <translation>Строка %1 файла</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>Whether the row will be imported, or why not</source>
        <translation>Будет ли строка импортирована, а если нет — почему</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>Столбец %1 файла</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::IndicatorsModel</name>
    <message>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>%1 p.p.</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Previous evaluation</source>
        <translation>Предыдущая оценка</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::MainWindow</name>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <source>Create an empty database in a new file</source>
        <translation>Создать пустую базу данных в новом файле</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Открыть файл базы данных</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Write a copy of the open database to another file (for a flash drive or an archive)</source>
        <translation>Записать копию открытой базы в другой файл (на флешку или в архив)</translation>
    </message>
    <message>
        <source>&amp;Import people from CSV/XLSX…</source>
        <translation>&amp;Импорт участников из CSV/XLSX…</translation>
    </message>
    <message>
        <source>Add staff or pupil lists from a spreadsheet</source>
        <translation>Добавить списки сотрудников или обучающихся из таблицы</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;About Nastavnik</source>
        <translation>&amp;О программе «Наставник»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Недавних файлов нет</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n пара</numerusform>
            <numerusform>%n пары</numerusform>
            <numerusform>%n пар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the archive</source>
        <translation>
            <numerusform>%n в архиве</numerusform>
            <numerusform>%n в архиве</numerusform>
            <numerusform>%n в архиве</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
    <message>
        <source>The database could not be created</source>
        <translation>Не удалось создать базу данных</translation>
    </message>
    <message>
        <source>The demo could not be opened</source>
        <translation>Не удалось открыть демонстрационную базу</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Nastavnik databases (*.sqlite)</source>
        <translation>Базы данных «Наставника» (*.sqlite)</translation>
    </message>
    <message>
        <source>The new database is ready. Enter the organisation&apos;s name and choose the provision it works under: documents and checks use them.</source>
        <translation>Новая база готова. Укажите наименование организации и положение, по которому она работает: они нужны для документов и проверок.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Nastavnik databases (*.sqlite);;All files (*)</source>
        <translation>Базы данных «Наставника» (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1-copy-%2.sqlite</source>
        <translation>%1-копия-%2.sqlite</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Сохранить копию базы данных</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранение копии</translation>
    </message>
    <message>
        <source>«%1» is the open database itself. Choose another name for the copy.</source>
        <translation>«%1» — это сама открытая база. Выберите для копии другое имя.</translation>
    </message>
    <message>
        <source>«%1» already exists. Replace it with the copy?</source>
        <translation>Файл «%1» уже существует. Заменить его копией?</translation>
    </message>
    <message>
        <source>A copy was saved to «%1».</source>
        <translation>Копия сохранена в «%1».</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>Data file: %1&lt;br&gt;Backup copies: %2</source>
        <translation>Файл данных: %1&lt;br&gt;Резервные копии: %2</translation>
    </message>
    <message>
        <source>Runs the mentorship programme of a school, a municipal education department or a civil-service HR department: the bases of mentors and mentees, pairs and groups, individual plans, orders and documents, deadlines and monitoring, under the provision the organisation works under.</source>
        <translation>Ведение программы наставничества в школе, муниципальном органе управления образованием или кадровой службе государственного органа: базы наставников и наставляемых, пары и группы, индивидуальные планы, приказы и документы, сроки и мониторинг — по положению, которое действует в организации.</translation>
    </message>
    <message>
        <source>Built with Qt %1. The data is one SQLite file on this computer; nothing is sent anywhere.</source>
        <translation>Собрано с Qt %1. Данные — один файл SQLite на этом компьютере; никуда не передаются.</translation>
    </message>
    <message>
        <source>About Nastavnik</source>
        <translation>О программе «Наставник»</translation>
    </message>
    <message>
        <source>&amp;Export to an exchange file…</source>
        <translation>&amp;Экспорт в файл обмена…</translation>
    </message>
    <message>
        <source>Write the whole database to a JSON exchange file (for the municipal centre or another school)</source>
        <translation>Выгрузить всю базу в файл обмена JSON (для муниципального центра или другой школы)</translation>
    </message>
    <message>
        <source>Import from an e&amp;xchange file…</source>
        <translation>Импорт из файла о&amp;бмена…</translation>
    </message>
    <message>
        <source>Replace the content of the database with a JSON exchange file</source>
        <translation>Заменить содержимое базы данными из файла обмена JSON</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>It stays open read-only so that you can look at the data and export it; nothing will be saved into it.</source>
        <translation>Она остаётся открытой только для чтения: данные можно просмотреть и выгрузить, но ничего не будет в неё записано.</translation>
    </message>
    <message>
        <source> (damaged, read-only)</source>
        <translation> (повреждена, только чтение)</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::MappingHeaderView</name>
    <message>
        <source>Field for column %1</source>
        <translation>Поле для столбца %1</translation>
    </message>
    <message>
        <source>Where the values of this column go</source>
        <translation>Куда записываются значения этого столбца</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::MatchingDialog</name>
    <message>
        <source>Find a mentor</source>
        <translation>Подбор наставника</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Подбор</translation>
    </message>
    <message>
        <source>Preference survey</source>
        <translation>Анкета предпочтений</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Waiting for a mentor:</source>
        <translation>&amp;Ожидают наставника:</translation>
    </message>
    <message>
        <source>People of the base of mentees without a pair that has not ended. Select several with Ctrl or Shift to find one mentor for them.</source>
        <translation>Участники базы наставляемых без действующей или планируемой пары. Выделите нескольких с Ctrl или Shift, чтобы подобрать им одного наставника.</translation>
    </message>
    <message>
        <source>Or another mentee:</source>
        <translation>Или другой наставляемый:</translation>
    </message>
    <message>
        <source>as one group</source>
        <translation>одной группой</translation>
    </message>
    <message>
        <source>One pair with all the selected mentees (a group form, exempt from the cap); otherwise one pair for each.</source>
        <translation>Одна пара со всеми выбранными наставляемыми (групповая форма, ограничение числа наставляемых не действует); иначе — отдельная пара для каждого.</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>Почему здесь</translation>
    </message>
    <message>
        <source>To arrange</source>
        <translation>Оформить</translation>
    </message>
    <message>
        <source>Show who is excluded and why</source>
        <translation>Показать, кто исключён и почему</translation>
    </message>
    <message>
        <source>Create the pair</source>
        <translation>Создать пару</translation>
    </message>
    <message>
        <source>After the group meeting of mentors and mentees each participant names whom they would like to work with (002, roadmap). Type the participant&apos;s surname, then their choices in order; Enter records the answer and starts the next one. Mutual choices rank first in matching.</source>
        <translation>После групповой встречи наставников и наставляемых каждый участник называет, с кем хотел бы работать (002, дорожная карта). Введите фамилию участника, затем его выбор по порядку; Enter записывает ответ и начинает следующий. Взаимный выбор ставится при подборе на первое место.</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Участник:</translation>
    </message>
    <message>
        <source>whom they would like first</source>
        <translation>кого выбрал первым</translation>
    </message>
    <message>
        <source>next choice (optional)</source>
        <translation>следующий выбор (необязательно)</translation>
    </message>
    <message>
        <source>Choice &amp;%1:</source>
        <translation>Выбор &amp;%1:</translation>
    </message>
    <message>
        <source>&amp;Date of the survey:</source>
        <translation>&amp;Дата анкетирования:</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Записать ответ</translation>
    </message>
    <message>
        <source>Remove the answer</source>
        <translation>Удалить ответ</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Would like</source>
        <translation>Хотел бы работать с</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Запрос: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting: everyone in the base of mentees has a mentor.</source>
        <translation>Никто не ожидает: у всех из базы наставляемых есть наставник.</translation>
    </message>
    <message>
        <source>Chosen by name: not in the list of those waiting.</source>
        <translation>Выбран по фамилии: не из списка ожидающих.</translation>
    </message>
    <message>
        <source>Select a mentee on the left (or several), or choose one by name.</source>
        <translation>Выберите наставляемого слева (или нескольких) либо найдите по фамилии.</translation>
    </message>
    <message numerus="yes">
        <source>For %1: %n possible mentor(s)</source>
        <translation>
            <numerusform>Для: %1 — %n возможный наставник</numerusform>
            <numerusform>Для: %1 — %n возможных наставника</numerusform>
            <numerusform>Для: %1 — %n возможных наставников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n исключён</numerusform>
            <numerusform>%n исключены</numerusform>
            <numerusform>%n исключены</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranked by mutual choice in the survey, a choice one way, competencies matching the request, the same unit and a lower load.</source>
        <translation>Порядок: взаимный выбор в анкете, выбор одной из сторон, совпадение компетенций с запросом, то же подразделение, меньшая нагрузка.</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>исключён: %1</translation>
    </message>
    <message>
        <source>Create the group</source>
        <translation>Создать группу</translation>
    </message>
    <message numerus="yes">
        <source>Create %n pair(s)</source>
        <translation>
            <numerusform>Создать %n пару</numerusform>
            <numerusform>Создать %n пары</numerusform>
            <numerusform>Создать %n пар</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in the base of mentors can take these mentees on these dates. Tick «Show who is excluded and why», change the dates or the form, or add mentors to the base.</source>
        <translation>Никто из базы наставников не может взять этих наставляемых в эти сроки. Отметьте «Показать, кто исключён и почему», измените сроки или форму либо добавьте наставников в базу.</translation>
    </message>
    <message>
        <source>Offers: %1</source>
        <translation>Может предложить: %1</translation>
    </message>
    <message>
        <source>%1 chose them in the survey (choice %2)</source>
        <translation>анкета предпочтений: %1 — выбор %2</translation>
    </message>
    <message>
        <source>Cannot be proposed:</source>
        <translation>Не может быть предложен:</translation>
    </message>
    <message>
        <source>Rank %1, because:</source>
        <translation>Место %1, потому что:</translation>
    </message>
    <message>
        <source>To arrange before the start:</source>
        <translation>Оформить до начала:</translation>
    </message>
    <message>
        <source>Choose a mentor among the possible ones (not an excluded person).</source>
        <translation>Выберите наставника среди возможных (не исключённого).</translation>
    </message>
    <message numerus="yes">
        <source>Created: mentor %1 with %2 (%n pair(s)). Open them in «Pairs and groups» to fill in the individual plan.</source>
        <translation>
            <numerusform>Создано: наставник %1 и %2 (%n пара). Откройте её в разделе «Пары и группы», чтобы заполнить индивидуальный план.</numerusform>
            <numerusform>Создано: наставник %1 и %2 (%n пары). Откройте их в разделе «Пары и группы», чтобы заполнить индивидуальные планы.</numerusform>
            <numerusform>Создано: наставник %1 и %2 (%n пар). Откройте их в разделе «Пары и группы», чтобы заполнить индивидуальные планы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order approving the pairs</source>
        <translation>Приказ об утверждении пар</translation>
    </message>
    <message>
        <source>Pairs and groups are approved by order of the head before mentoring starts. Draft the order approving the new pair(s) now?</source>
        <translation>Пары и группы утверждаются приказом руководителя до начала наставничества. Подготовить проект приказа об утверждении новых пар сейчас?</translation>
    </message>
    <message>
        <source>Participant: choose who answered from the list that drops down.</source>
        <translation>Участник: выберите заполнившего анкету в раскрывающемся списке.</translation>
    </message>
    <message>
        <source>Choice %1: «%2» was not chosen from the list.</source>
        <translation>Выбор %1: «%2» не выбран из списка.</translation>
    </message>
    <message>
        <source>Date of the survey: «%1» is not a date (dd.mm.yyyy).</source>
        <translation>Дата анкетирования: «%1» — не дата (дд.мм.гггг).</translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %1 named %n person(s).</source>
        <translation>
            <numerusform>Записано: %1 — %n выбор.</numerusform>
            <numerusform>Записано: %1 — %n выбора.</numerusform>
            <numerusform>Записано: %1 — %n выборов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::MonitoringSection</name>
    <message>
        <source>Report to the director (PDF)…</source>
        <translation>Отчёт директору (PDF)…</translation>
    </message>
    <message>
        <source>Mentors&apos; register for the website…</source>
        <translation>Реестр наставников для сайта…</translation>
    </message>
    <message>
        <source>Save the SWOT analysis</source>
        <translation>Сохранить SWOT-анализ</translation>
    </message>
    <message>
        <source>Save the half-year&apos;s evaluation</source>
        <translation>Сохранить оценку полугодия</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>The indicators of the programme for a period and a form, the charts, the SWOT analysis and the half-yearly evaluation (002, section VIII).</source>
        <translation>Показатели программы наставничества за период и по форме, диаграммы, SWOT-анализ и оценка за полугодие (002, раздел VIII).</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Полугодие</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Календарный год</translation>
    </message>
    <message>
        <source>Any days</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Форма:</translation>
    </message>
    <message>
        <source>Export the registers</source>
        <translation>Выгрузить реестры</translation>
    </message>
    <message>
        <source>All registers in one Excel workbook (XLSX)…</source>
        <translation>Все реестры в одной книге Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Mentors (CSV)…</source>
        <translation>Наставники (CSV)…</translation>
    </message>
    <message>
        <source>Mentees (CSV)…</source>
        <translation>Наставляемые (CSV)…</translation>
    </message>
    <message>
        <source>Pairs and groups (CSV)…</source>
        <translation>Пары и группы (CSV)…</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Form of mentoring:</source>
        <translation>Форма наставничества:</translation>
    </message>
    <message>
        <source>Strengths (S)</source>
        <translation>Сильные стороны (S)</translation>
    </message>
    <message>
        <source>Weaknesses (W)</source>
        <translation>Слабые стороны (W)</translation>
    </message>
    <message>
        <source>Opportunities (O)</source>
        <translation>Возможности (O)</translation>
    </message>
    <message>
        <source>Threats (T)</source>
        <translation>Угрозы (T)</translation>
    </message>
    <message>
        <source>One point a line</source>
        <translation>По одному пункту в строке</translation>
    </message>
    <message>
        <source>The curator&apos;s SWOT analysis of each form of mentoring, kept with the half-year (002 cl. 5.1, 8.1); it goes into the director&apos;s report.</source>
        <translation>SWOT-анализ куратора по каждой форме наставничества за полугодие (002 пп. 5.1, 8.1); включается в отчёт директору.</translation>
    </message>
    <message>
        <source>SWOT analysis</source>
        <translation>SWOT-анализ</translation>
    </message>
    <message>
        <source>The curator&apos;s conclusions on the half-year: what worked, what did not, what is to be done in the next half-year.</source>
        <translation>Выводы куратора за полугодие: что получилось, что нет, что сделать в следующем полугодии.</translation>
    </message>
    <message>
        <source>Conclusions of the curator:</source>
        <translation>Выводы куратора:</translation>
    </message>
    <message>
        <source>Saved evaluations:</source>
        <translation>Сохранённые оценки:</translation>
    </message>
    <message>
        <source>Half-year&apos;s evaluation</source>
        <translation>Оценка полугодия</translation>
    </message>
    <message>
        <source>An evaluation of this period was saved on %1. Replace it with the indicators as they are now and these conclusions?</source>
        <translation>Оценка за этот период уже сохранена %1. Заменить её текущими показателями и этими выводами?</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Все формы</translation>
    </message>
    <message>
        <source>The programme as a whole</source>
        <translation>Программа в целом</translation>
    </message>
    <message>
        <source>%1, states on %2.</source>
        <translation>%1, состояние на %2.</translation>
    </message>
    <message>
        <source>Compared with the evaluation of %1 saved on %2.</source>
        <translation>Сравнение с оценкой за %1, сохранённой %2.</translation>
    </message>
    <message>
        <source>No evaluation of an earlier period is saved: nothing to compare with yet.</source>
        <translation>Оценка за предыдущий период не сохранена: сравнивать пока не с чем.</translation>
    </message>
    <message>
        <source>Half-year: %1</source>
        <translation>Полугодие: %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База не открыта.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>Сохранена</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>all forms</source>
        <translation>все формы</translation>
    </message>
    <message>
        <source>The evaluation of %1 was saved on %2; saving again replaces it.</source>
        <translation>Оценка за %1 сохранена %2; повторное сохранение заменит её.</translation>
    </message>
    <message>
        <source>The evaluation of %1 is not saved yet. Saving keeps the indicators as they are now with your conclusions, so that the next half-year can be compared with them (002 cl. 8.2).</source>
        <translation>Оценка за %1 ещё не сохранена. При сохранении текущие показатели фиксируются вместе с выводами, чтобы следующее полугодие можно было сравнить с ними (002 п. 8.2).</translation>
    </message>
    <message>
        <source>Registers of mentoring %1.xlsx</source>
        <translation>Реестры наставничества %1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Наставники</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Наставляемые</translation>
    </message>
    <message>
        <source>Pairs and groups</source>
        <translation>Пары и группы</translation>
    </message>
    <message>
        <source>%1 %2.csv</source>
        <translation>%1 %2.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>Written to «%1».</source>
        <translation>Записано в «%1».</translation>
    </message>
    <message>
        <source>Mentors&apos; register for the website</source>
        <translation>Реестр наставников для сайта</translation>
    </message>
    <message>
        <source>Register of mentors.html</source>
        <translation>Реестр наставников.html</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Веб-страницы (*.html)</translation>
    </message>
    <message>
        <source>Written to «%1». Only mentors with a consent to the publication of their data are listed, with their name, position and competencies.</source>
        <translation>Записано в «%1». В реестр включены только наставники с согласием на распространение персональных данных: ФИО, должность и компетенции.</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::OrganizationEditor</name>
    <message>
        <source>The organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>as in the charter: Municipal general education institution «…»</source>
        <translation>как в уставе: Муниципальное общеобразовательное учреждение «…»</translation>
    </message>
    <message>
        <source>e.g. МОУ «Ялунинская СОШ»</source>
        <translation>например, МОУ «Ялунинская СОШ»</translation>
    </message>
    <message>
        <source>town or village, for the heading of orders</source>
        <translation>город или село — для реквизитов приказов</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Полное &amp;наименование:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Краткое наименование:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Населённый &amp;пункт:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>&amp;Руководитель:</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;position:</source>
        <translation>&amp;Должность руководителя:</translation>
    </message>
    <message>
        <source>&amp;Curator of the programme:</source>
        <translation>&amp;Куратор программы:</translation>
    </message>
    <message>
        <source>The head and the curator are chosen from the base of participants: add them there first.</source>
        <translation>Руководитель и куратор выбираются из базы участников: сначала добавьте их туда.</translation>
    </message>
    <message>
        <source>Mentoring programme</source>
        <translation>Программа наставничества</translation>
    </message>
    <message>
        <source>The provision the organisation works under: its rules are checked for every pair and person.</source>
        <translation>Положение о наставничестве, по которому работает организация: его правила проверяются для каждой пары и каждого участника.</translation>
    </message>
    <message>
        <source>Order journal &amp;index:</source>
        <translation>&amp;Индекс журнала приказов:</translation>
    </message>
    <message>
        <source>Added to the numbers of orders: with «о», order 12 is numbered «12-о».</source>
        <translation>Добавляется к номерам приказов: с индексом «о» приказ № 12 получит номер «12-о».</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>The full name of the organisation is empty: documents print it in their heading.</source>
        <translation>Не указано полное наименование организации: оно печатается в шапке документов.</translation>
    </message>
    <message>
        <source>Head: «%1» was not chosen from the list.</source>
        <translation>Руководитель: «%1» не выбран из списка.</translation>
    </message>
    <message>
        <source>Curator: «%1» was not chosen from the list.</source>
        <translation>Куратор: «%1» не выбран из списка.</translation>
    </message>
    <message>
        <source>Provision profile:</source>
        <translation>Профиль положения:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::PairActionDialog</name>
    <message>
        <source>Replace the mentor</source>
        <translation>Замена наставника</translation>
    </message>
    <message>
        <source>Extend the term</source>
        <translation>Продление срока наставничества</translation>
    </message>
    <message>
        <source>Complete early</source>
        <translation>Досрочное завершение</translation>
    </message>
    <message>
        <source>Complete mentoring</source>
        <translation>Завершение наставничества</translation>
    </message>
    <message>
        <source>Report and questionnaire</source>
        <translation>Отчёт и анкета</translation>
    </message>
    <message>
        <source>Pair «%1», term %2 – %3.</source>
        <translation>Пара «%1», срок %2 – %3.</translation>
    </message>
    <message>
        <source>none yet — offer to draft one after recording</source>
        <translation>пока нет — предложить подготовить после записи</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Приказ:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;New mentor:</source>
        <translation>&amp;Новый наставник:</translation>
    </message>
    <message>
        <source>Choose the ground…</source>
        <translation>Выберите основание…</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>The term of mentoring does not change when the mentor is replaced (002 4.16). The replacement is made by order of the head on one of the grounds (002 4.15).</source>
        <translation>При замене наставника период наставничества не меняется (002 п. 4.16). Замена производится приказом руководителя по одному из оснований (002 п. 4.15).</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Дата решения:</translation>
    </message>
    <message>
        <source>New &amp;end:</source>
        <translation>Новое &amp;окончание:</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>The term may be extended for the mentor&apos;s or the mentee&apos;s temporary incapacity for work, business trip or other long absence for a good reason (002 4.14).</source>
        <translation>Срок может быть продлён в случае временной нетрудоспособности, командировки или иного продолжительного отсутствия по уважительным причинам наставника или наставляемого (002 п. 4.14).</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Дата завершения:</translation>
    </message>
    <message>
        <source>Choose who initiates…</source>
        <translation>Выберите инициатора…</translation>
    </message>
    <message>
        <source>&amp;Initiative of:</source>
        <translation>&amp;По инициативе:</translation>
    </message>
    <message>
        <source>Notice &amp;given on:</source>
        <translation>Дата &amp;уведомления:</translation>
    </message>
    <message>
        <source>e.g. the mentee mastered the competencies ahead of time</source>
        <translation>например: наставляемый досрочно освоил необходимые компетенции</translation>
    </message>
    <message>
        <source>Mentoring may end early when the mentee has mastered the competencies quickly, by agreement with the mentor and the curator (002 4.14). At the employer&apos;s initiative a mentor who is an employee is notified in writing at least 3 working days in advance (Labour Code art. 351.8).</source>
        <translation>Наставничество может быть завершено досрочно при быстром и успешном освоении наставляемым необходимых компетенций по согласованию с наставником и куратором (002 п. 4.14). По инициативе работодателя наставника-работника письменно предупреждают не менее чем за 3 рабочих дня (ст. 351.8 ТК РФ).</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Дата окончания:</translation>
    </message>
    <message numerus="yes">
        <source>Afterwards the mentor&apos;s report and the mentee&apos;s questionnaire are due within %n working day(s) (%1): by %2; the deadline appears in «Today».</source>
        <translation>
            <numerusform>После завершения отчёт наставника и анкету наставляемого нужно сдать в течение %n рабочего дня (%1): до %2; срок появится в разделе «Сегодня».</numerusform>
            <numerusform>После завершения отчёт наставника и анкету наставляемого нужно сдать в течение %n рабочих дней (%1): до %2; срок появится в разделе «Сегодня».</numerusform>
            <numerusform>После завершения отчёт наставника и анкету наставляемого нужно сдать в течение %n рабочих дней (%1): до %2; срок появится в разделе «Сегодня».</numerusform>
        </translation>
    </message>
    <message>
        <source>Afterwards record the mentor&apos;s report and the mentee&apos;s questionnaire when they are in.</source>
        <translation>Затем отметьте отчёт наставника и анкету наставляемого, когда они поступят.</translation>
    </message>
    <message>
        <source>Mentor&apos;s &amp;report submitted:</source>
        <translation>Отчёт &amp;наставника сдан:</translation>
    </message>
    <message>
        <source>Mentee&apos;s &amp;questionnaire received:</source>
        <translation>Анкета на&amp;ставляемого получена:</translation>
    </message>
    <message>
        <source>Leave a field empty while the document is not in.</source>
        <translation>Оставьте поле пустым, пока документ не поступил.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>«%1» is not a date: type it as dd.mm.yyyy, for example 05.06.2026.</source>
        <translation>«%1» — не дата: введите её в виде дд.мм.гггг, например 05.06.2026.</translation>
    </message>
    <message>
        <source>New mentor: «%1» was not chosen from the list. Choose the person in the list that drops down.</source>
        <translation>Новый наставник: «%1» не выбран из списка. Выберите участника в раскрывающемся списке.</translation>
    </message>
    <message>
        <source>Record the early completion on this date anyway?</source>
        <translation>Всё равно записать досрочное завершение на эту дату?</translation>
    </message>
    <message>
        <source>The replacement is recorded. A mentor is replaced by order of the head (002 4.15). Draft the order on the replacement of the mentor now?</source>
        <translation>Замена записана. Замена наставника производится приказом руководителя (002 п. 4.15). Подготовить проект приказа о замене наставника сейчас?</translation>
    </message>
    <message>
        <source>The extension is recorded. Draft the order on the extension of the term now?</source>
        <translation>Продление записано. Подготовить проект приказа о продлении срока наставничества сейчас?</translation>
    </message>
    <message>
        <source>The early completion is recorded. Draft the order on the early completion of mentoring now?</source>
        <translation>Досрочное завершение записано. Подготовить проект приказа о досрочном завершении наставничества сейчас?</translation>
    </message>
    <message>
        <source>Replacement &amp;date:</source>
        <translation>&amp;Дата замены:</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::PairEditor</name>
    <message>
        <source>Main</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Наставник:</translation>
    </message>
    <message>
        <source>Double-click a mentee to open their card.</source>
        <translation>Двойной щелчок открывает карточку наставляемого.</translation>
    </message>
    <message>
        <source>Add a mentee: type a surname…</source>
        <translation>Добавить наставляемого: начните вводить фамилию…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected mentee from the pair</source>
        <translation>Убрать выбранного наставляемого из пары</translation>
    </message>
    <message>
        <source>M&amp;entees:</source>
        <translation>Наставля&amp;емые:</translation>
    </message>
    <message>
        <source>planned end:</source>
        <translation>плановое окончание:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>for a group: its name, e.g. «Агроклассы»</source>
        <translation>для группы — её название, например «Агроклассы»</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the order in the document editor: preview, print, PDF</source>
        <translation>Открыть приказ в редакторе документов: просмотр, печать, PDF</translation>
    </message>
    <message>
        <source>Prepare an order</source>
        <translation>Подготовить приказ</translation>
    </message>
    <message>
        <source>Draft a new order approving this pair and open it</source>
        <translation>Подготовить проект приказа об утверждении этой пары и открыть его</translation>
    </message>
    <message>
        <source>Approved by &amp;order:</source>
        <translation>Утверждена &amp;приказом:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Plan &amp;approved on:</source>
        <translation>План &amp;утверждён:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Actual result</source>
        <translation>Фактический результат</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Fill from a template</source>
        <translation>Заполнить по шаблону</translation>
    </message>
    <message>
        <source>Copy from a pair…</source>
        <translation>Скопировать из пары…</translation>
    </message>
    <message>
        <source>Plan document…</source>
        <translation>Документ плана…</translation>
    </message>
    <message>
        <source>The individual plan as a document: preview, print, PDF, ODT</source>
        <translation>Индивидуальный план как документ: просмотр, печать, PDF, ODT</translation>
    </message>
    <message>
        <source>The meetings of the mentor and the mentee: the first (organisational), the trial (working) and the planning meetings, then regular meetings and the final one (002, roadmap). How many is up to the pair (002 4.21).</source>
        <translation>Встречи наставника и наставляемого: первая (организационная), пробная (рабочая), встреча-планирование, затем регулярные встречи и заключительная (002, дорожная карта). Количество встреч пара определяет сама (002 п. 4.21).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation>Добавить встречу</translation>
    </message>
    <message>
        <source>Replace the mentor…</source>
        <translation>Заменить наставника…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Продлить…</translation>
    </message>
    <message>
        <source>Complete early…</source>
        <translation>Завершить досрочно…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Завершить…</translation>
    </message>
    <message>
        <source>Report submitted…</source>
        <translation>Отчёт сдан…</translation>
    </message>
    <message>
        <source>no order yet</source>
        <translation>приказа пока нет</translation>
    </message>
    <message>
        <source> — draft</source>
        <translation> — проект</translation>
    </message>
    <message>
        <source>Order «%1»</source>
        <translation>Приказ «%1»</translation>
    </message>
    <message>
        <source>(deleted person %1)</source>
        <translation>(удалённый участник %1)</translation>
    </message>
    <message>
        <source>no mentor</source>
        <translation>нет наставника</translation>
    </message>
    <message>
        <source>no mentees</source>
        <translation>нет наставляемых</translation>
    </message>
    <message>
        <source>New pair</source>
        <translation>Новая пара</translation>
    </message>
    <message>
        <source>Pair %1</source>
        <translation>Пара %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранена</translation>
    </message>
    <message numerus="yes">
        <source>group of %n mentee(s)</source>
        <translation>
            <numerusform>группа из %n наставляемого</numerusform>
            <numerusform>группа из %n наставляемых</numerusform>
            <numerusform>группа из %n наставляемых</numerusform>
        </translation>
    </message>
    <message>
        <source>Term: %1 – %2</source>
        <translation>Срок: %1 – %2</translation>
    </message>
    <message>
        <source>completed early on %1</source>
        <translation>завершена досрочно %1</translation>
    </message>
    <message>
        <source>completed on %1</source>
        <translation>завершена %1</translation>
    </message>
    <message>
        <source>extended from the planned end %1</source>
        <translation>продлена после планового окончания %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n month(s) under the profile (%1)</source>
        <translation>
            <numerusform>по профилю — не более %n месяца (%1)</numerusform>
            <numerusform>по профилю — не более %n месяцев (%1)</numerusform>
            <numerusform>по профилю — не более %n месяцев (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the mentor&apos;s card</source>
        <translation>Открыть карточку наставника</translation>
    </message>
    <message>
        <source>since %1 the pair is led by %2 (replacement)</source>
        <translation>с %1 пару ведёт %2 (замена)</translation>
    </message>
    <message>
        <source>Cards: %1</source>
        <translation>Карточки: %1</translation>
    </message>
    <message>
        <source>Overdue: due %1 and not done.</source>
        <translation>Просрочено: срок %1, не выполнено.</translation>
    </message>
    <message>
        <source>no items</source>
        <translation>нет пунктов</translation>
    </message>
    <message>
        <source>%1 of %2 done (%3%)</source>
        <translation>выполнено %1 из %2 (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>The plan is to be approved by %1: %n working day(s) after the start (%2).</source>
        <translation>
            <numerusform>План нужно утвердить до %1: %n рабочий день с начала наставничества (%2).</numerusform>
            <numerusform>План нужно утвердить до %1: %n рабочих дня с начала наставничества (%2).</numerusform>
            <numerusform>План нужно утвердить до %1: %n рабочих дней с начала наставничества (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>Срок пропущен.</translation>
    </message>
    <message>
        <source>The plan is not approved yet: enter the date once the head approves it.</source>
        <translation>План ещё не утверждён: укажите дату, когда руководитель его утвердит.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) past the due date (highlighted).</source>
        <translation>
            <numerusform>%n пункт просрочен (выделен).</numerusform>
            <numerusform>%n пункта просрочены (выделены).</numerusform>
            <numerusform>%n пунктов просрочены (выделены).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n встреча</numerusform>
            <numerusform>%n встречи</numerusform>
            <numerusform>%n встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last on %1, %n day(s) ago</source>
        <translation>
            <numerusform>последняя %1, %n день назад</numerusform>
            <numerusform>последняя %1, %n дня назад</numerusform>
            <numerusform>последняя %1, %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the pair first: replacement, extension and completion are recorded for a saved pair.</source>
        <translation>Сначала сохраните пару: замена, продление и завершение записываются для сохранённой пары.</translation>
    </message>
    <message>
        <source>Mentoring is completed: only the report and the mentee&apos;s questionnaire remain to be recorded.</source>
        <translation>Наставничество завершено: осталось отметить отчёт наставника и анкету наставляемого.</translation>
    </message>
    <message>
        <source>Each action is recorded at once as a new step of the history; nothing recorded before is changed.</source>
        <translation>Каждое действие сразу записывается новым шагом истории; записанное ранее не изменяется.</translation>
    </message>
    <message>
        <source>The history begins when the pair is saved.</source>
        <translation>История начнётся, когда пара будет сохранена.</translation>
    </message>
    <message>
        <source>open the order</source>
        <translation>открыть приказ</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>впереди</translation>
    </message>
    <message>
        <source>Check under the profile «%1»</source>
        <translation>Проверка по профилю «%1»</translation>
    </message>
    <message>
        <source>No findings: the pair meets the rules of the profile as far as the data shows.</source>
        <translation>Замечаний нет: по имеющимся данным пара соответствует правилам профиля.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Что сделать:</translation>
    </message>
    <message>
        <source>A group: give it a title, so that lists and orders name it.</source>
        <translation>Это группа: дайте ей название, чтобы её так называли списки и приказы.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Plan approved on</source>
        <translation>План утверждён</translation>
    </message>
    <message>
        <source>%1: «%2» is not a date. Type it as dd.mm.yyyy, for example 15.09.2026.</source>
        <translation>%1: «%2» — не дата. Введите её в виде дд.мм.гггг, например 15.09.2026.</translation>
    </message>
    <message>
        <source>Mentor: «%1» was not chosen from the list. Choose the person in the list that drops down.</source>
        <translation>Наставник: «%1» не выбран из списка. Выберите участника в раскрывающемся списке.</translation>
    </message>
    <message>
        <source>Order approving the pair</source>
        <translation>Приказ об утверждении пары</translation>
    </message>
    <message>
        <source>The pair is saved. Pairs and groups are approved by order of the head before mentoring starts. Draft the order approving this pair now?</source>
        <translation>Пара сохранена. Пары и группы утверждаются приказом руководителя до начала наставничества. Подготовить проект приказа об утверждении этой пары сейчас?</translation>
    </message>
    <message>
        <source>Save the pair first.</source>
        <translation>Сначала сохраните пару.</translation>
    </message>
    <message>
        <source>Individual plan</source>
        <translation>Индивидуальный план</translation>
    </message>
    <message numerus="yes">
        <source>The plan already has %n item(s). Replace them with %1?</source>
        <translation>
            <numerusform>В плане уже есть %n пункт. Заменить его на %1?</numerusform>
            <numerusform>В плане уже есть %n пункта. Заменить их на %1?</numerusform>
            <numerusform>В плане уже есть %n пунктов. Заменить их на %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the start of mentoring first: the due dates count from it.</source>
        <translation>Сначала укажите начало наставничества: сроки отсчитываются от него.</translation>
    </message>
    <message>
        <source>the template «%1»</source>
        <translation>шаблон «%1»</translation>
    </message>
    <message>
        <source>the plan of the pair «%1»</source>
        <translation>план пары «%1»</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::PairPickerDialog</name>
    <message>
        <source>Copy the plan from another pair</source>
        <translation>Скопировать план из другой пары</translation>
    </message>
    <message>
        <source>Choose the pair whose individual plan to copy. The due dates move by the difference of the starts; what was done is not copied.</source>
        <translation>Выберите пару, индивидуальный план которой нужно скопировать. Сроки сдвигаются на разницу дат начала; отметки о выполнении не копируются.</translation>
    </message>
    <message>
        <source>Search by the mentor&apos;s or a mentee&apos;s surname</source>
        <translation>Поиск по фамилии наставника или наставляемого</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Скопировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 · %3 · from %4 · %n plan item(s)</source>
        <translation>
            <numerusform>%1 – %2 · %3 · с %4 · %n пункт плана</numerusform>
            <numerusform>%1 – %2 · %3 · с %4 · %n пункта плана</numerusform>
            <numerusform>%1 – %2 · %3 · с %4 · %n пунктов плана</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::PairTableDelegate</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::PairsSection</name>
    <message>
        <source>Overdue plan items</source>
        <translation>Просрочены пункты плана</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>С замечаниями</translation>
    </message>
    <message>
        <source>No meeting for more than</source>
        <translation>Нет встреч более</translation>
    </message>
    <message>
        <source>&amp;New pair</source>
        <translation>&amp;Новая пара</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Find a &amp;mentor…</source>
        <translation>Подобрать &amp;наставника…</translation>
    </message>
    <message>
        <source>Pairs and groups</source>
        <translation>Пары и группы</translation>
    </message>
    <message>
        <source>Mentors with their mentees: individual plans, meetings, replacements, extensions and completion.</source>
        <translation>Наставники и их наставляемые: индивидуальные планы, встречи, замены, продления и завершение.</translation>
    </message>
    <message>
        <source>Search by the surname of the mentor or a mentee, or the group&apos;s title</source>
        <translation>Поиск по фамилии наставника или наставляемого либо по названию группы</translation>
    </message>
    <message>
        <source>A new pair or group (Ctrl+N)</source>
        <translation>Новая пара или группа (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the pair: plan, meetings, history (Enter or double-click)</source>
        <translation>Открыть пару: план, встречи, история (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Delete the pair (Del); a pair in the orders journal is kept</source>
        <translation>Удалить пару (Del); пара из журнала приказов сохраняется</translation>
    </message>
    <message>
        <source>Rank possible mentors for the mentees waiting for one, and create pairs</source>
        <translation>Подобрать наставников для ожидающих наставляемых и создать пары</translation>
    </message>
    <message>
        <source>any mentor</source>
        <translation>любой наставник</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Pairs with items of the individual plan past their due date and not done</source>
        <translation>Пары, в индивидуальном плане которых есть невыполненные пункты с истёкшим сроком</translation>
    </message>
    <message>
        <source>Pairs with findings of «Check» under the active profile</source>
        <translation>Пары с замечаниями «Проверки» по действующему профилю</translation>
    </message>
    <message>
        <source>Active pairs without a meeting in the log for this many days</source>
        <translation>Действующие пары, у которых столько дней нет встреч в журнале</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>There are no pairs yet.

Create one with «New pair» (Ctrl+N), or let «Find a mentor…» propose mentors for the mentees waiting in the base of participants.</source>
        <translation>Пар пока нет.

Создайте пару кнопкой «Новая пара» (Ctrl+N) или поручите «Подобрать наставника…» предложить наставников для ожидающих наставляемых из базы участников.</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Все формы</translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation>Все состояния (%1)</translation>
    </message>
    <message>
        <source>Active (%1)</source>
        <translation>Действуют (%1)</translation>
    </message>
    <message>
        <source>Planned (%1)</source>
        <translation>Планируются (%1)</translation>
    </message>
    <message>
        <source>Completed (%1)</source>
        <translation>Завершены (%1)</translation>
    </message>
    <message>
        <source>Completed early (%1)</source>
        <translation>Завершены досрочно (%1)</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message>
        <source>Delete the pair</source>
        <translation>Удаление пары</translation>
    </message>
    <message numerus="yes">
        <source>Delete the pair %1 with its plan (%n item(s)), meetings and history? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить пару %1 вместе с планом (%n пункт), встречами и историей? Отменить это будет нельзя.</numerusform>
            <numerusform>Удалить пару %1 вместе с планом (%n пункта), встречами и историей? Отменить это будет нельзя.</numerusform>
            <numerusform>Удалить пару %1 вместе с планом (%n пунктов), встречами и историей? Отменить это будет нельзя.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::PeopleSection</name>
    <message>
        <source>Without personal data consent</source>
        <translation>Без согласия на обработку ПДн</translation>
    </message>
    <message>
        <source>Show the archive</source>
        <translation>Показывать архив</translation>
    </message>
    <message>
        <source>&amp;Add a participant</source>
        <translation>&amp;Добавить участника</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>The bases of mentors and mentees: employees, pupils, students, parents and external mentors.</source>
        <translation>Базы наставников и наставляемых: сотрудники, обучающиеся, студенты, родители и внешние наставники.</translation>
    </message>
    <message>
        <source>Search by surname, name, patronymic or position</source>
        <translation>Поиск по фамилии, имени, отчеству или должности</translation>
    </message>
    <message>
        <source>A new participant (Ctrl+N)</source>
        <translation>Новый участник (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the participant&apos;s card (Enter or double-click)</source>
        <translation>Открыть карточку участника (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Delete the participant (Del)</source>
        <translation>Удалить участника (Del)</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Все участники</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Наставники</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Наставляемые</translation>
    </message>
    <message>
        <source>Leading a pair now</source>
        <translation>Ведут пару сейчас</translation>
    </message>
    <message>
        <source>Mentees in a pair now</source>
        <translation>Наставляемые в паре сейчас</translation>
    </message>
    <message>
        <source>Mentors: in the base of mentors or leading a pair that has not ended. Mentees: in the base of mentees or in such a pair.</source>
        <translation>Наставники — в базе наставников или ведут незавершённую пару. Наставляемые — в базе наставляемых или состоят в такой паре.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Staff and external</source>
        <translation>Штатные и внешние</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Только штатные</translation>
    </message>
    <message>
        <source>External only</source>
        <translation>Только внешние</translation>
    </message>
    <message>
        <source>People without a valid consent to the processing of personal data: none, withdrawn, or signed by a minor instead of a parent.</source>
        <translation>Участники без действующего согласия на обработку персональных данных: согласия нет, оно отозвано или его подписал несовершеннолетний вместо родителя.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>The base of participants is empty.

Add the first participant with «Add a participant» (Ctrl+N),
or import a staff or pupil list from CSV/XLSX (File menu).</source>
        <translation>База участников пока пуста.

Добавьте первого участника кнопкой «Добавить участника» (Ctrl+N)
или импортируйте список сотрудников или обучающихся из CSV/XLSX (меню «Файл»).</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message>
        <source>Delete a participant</source>
        <translation>Удаление участника</translation>
    </message>
    <message>
        <source>The participant cannot be deleted</source>
        <translation>Участника нельзя удалить</translation>
    </message>
    <message>
        <source>Archive a participant</source>
        <translation>Перенос участника в архив</translation>
    </message>
    <message>
        <source>Delete «%1» from the base of participants, with their documents and consents? This cannot be undone.</source>
        <translation>Удалить «%1» из базы участников вместе с документами и согласиями? Отменить удаление будет нельзя.</translation>
    </message>
    <message>
        <source>«%1» is already in the archive and cannot be deleted: the records refer to them (%2).</source>
        <translation>«%1» уже в архиве, и удалить этого участника нельзя: на него ссылаются записи (%2).</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::PersonChooser</name>
    <message>
        <source>Type a surname to choose…</source>
        <translation>Начните вводить фамилию…</translation>
    </message>
    <message>
        <source>(deleted person %1)</source>
        <translation>(удалённый участник %1)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>Nobody found: check the spelling, or add the person first</source>
        <translation>Никто не найден: проверьте написание или сначала добавьте человека в базу</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::PersonEditor</name>
    <message>
        <source>not known</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Наставничество</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>Anything the curator should remember about the person</source>
        <translation>Всё, что куратору стоит помнить об участнике</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>by the patronymic</source>
        <translation>по отчеству</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>Used to decline the name in documents. Leave «by the patronymic» unless the patronymic is missing or unusual.</source>
        <translation>Нужен, чтобы склонять ФИО в документах. Оставьте «по отчеству», если отчество есть и обычное.</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>External participant (does not work in the organisation)</source>
        <translation>Внешний участник (не работает в организации)</translation>
    </message>
    <message>
        <source>e.g. teacher of mathematics; for a pupil, the class: 7 «Б»</source>
        <translation>например, учитель математики; для обучающегося — класс: 7 «Б»</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>Дол&amp;жность:</translation>
    </message>
    <message>
        <source>department, methodical association, school</source>
        <translation>отдел, методическое объединение, школа</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Подр&amp;азделение:</translation>
    </message>
    <message>
        <source>Direct s&amp;upervisor:</source>
        <translation>Непосредственный &amp;руководитель:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Эл. по&amp;чта:</translation>
    </message>
    <message>
        <source>In the archive: kept for the history, not offered for new pairs</source>
        <translation>В архиве: сведения сохраняются для истории, в новые пары не предлагается</translation>
    </message>
    <message>
        <source>Bases of participants</source>
        <translation>Базы участников</translation>
    </message>
    <message>
        <source>In the base of mentors</source>
        <translation>В базе наставников</translation>
    </message>
    <message>
        <source>In the base of mentees</source>
        <translation>В базе наставляемых</translation>
    </message>
    <message>
        <source>Experience, years</source>
        <translation>Стаж, лет</translation>
    </message>
    <message>
        <source>Pedagogical:</source>
        <translation>Педагогический:</translation>
    </message>
    <message>
        <source>Managerial:</source>
        <translation>Управленческий:</translation>
    </message>
    <message>
        <source>Methodical:</source>
        <translation>Методический:</translation>
    </message>
    <message>
        <source>Has a disciplinary sanction</source>
        <translation>Имеет дисциплинарное взыскание</translation>
    </message>
    <message>
        <source>What the mentor offers (competencies)</source>
        <translation>Компетенции наставника</translation>
    </message>
    <message>
        <source>e.g. preparation for the state exams, classroom management</source>
        <translation>например, подготовка к ОГЭ и ЕГЭ, управление классом</translation>
    </message>
    <message>
        <source>Mentee categories</source>
        <translation>Категории наставляемого</translation>
    </message>
    <message>
        <source>The mentee&apos;s request («запрос»)</source>
        <translation>Запрос наставляемого</translation>
    </message>
    <message>
        <source>What the mentee wants to achieve with a mentor</source>
        <translation>Чего наставляемый хочет достичь с наставником</translation>
    </message>
    <message>
        <source>Status «Mentor», tutor and coach certificates, certificates an external mentor needs, the cooperation agreement and the supplementary agreement to the labour contract (Labour Code art. 351.8).</source>
        <translation>Статус «Ментор», сертификаты тьютора и коуча, справки, нужные внешнему наставнику, соглашение о сотрудничестве и дополнительное соглашение к трудовому договору (ст. 351.8 ТК РФ).</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Удалить документ</translation>
    </message>
    <message>
        <source>Written consents: to the processing of personal data (for a minor, signed by a parent or legal representative), to publication, to act as a mentor. Leave «Signed by» empty when the participant signed it themselves.</source>
        <translation>Письменные согласия: на обработку персональных данных (за несовершеннолетнего подписывает родитель или законный представитель), на распространение, на осуществление наставничества. Если согласие подписал сам участник, оставьте поле «Подписал» пустым.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Add a consent</source>
        <translation>Добавить согласие</translation>
    </message>
    <message>
        <source>Remove the consent</source>
        <translation>Удалить согласие</translation>
    </message>
    <message>
        <source>the participant</source>
        <translation>сам участник</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>Participant without a name</source>
        <translation>Участник без фамилии</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old, a minor</source>
        <translation>
            <numerusform>%n год — несовершеннолетний участник</numerusform>
            <numerusform>%n года — несовершеннолетний участник</numerusform>
            <numerusform>%n лет — несовершеннолетний участник</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>Birth date: «%1» is not a date. Type it as dd.mm.yyyy, for example 05.06.2010, or leave it empty.</source>
        <translation>Дата рождения: «%1» — не дата. Введите её в виде дд.мм.гггг, например 05.06.2010, или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Direct supervisor: «%1» was not chosen from the list. Choose the person in the list that drops down, or clear the field.</source>
        <translation>Непосредственный руководитель: «%1» не выбран из списка. Выберите человека в раскрывающемся списке или очистите поле.</translation>
    </message>
    <message>
        <source>Documents, «%1»: «%2» is not a date (dd.mm.yyyy).</source>
        <translation>Документы, «%1»: «%2» — не дата (дд.мм.гггг).</translation>
    </message>
    <message>
        <source>Consents, «%1»: «%2» is not a date (dd.mm.yyyy).</source>
        <translation>Согласия, «%1»: «%2» — не дата (дд.мм.гггг).</translation>
    </message>
    <message>
        <source>Consents, «%1»: the signer «%2» was not chosen from the list.</source>
        <translation>Согласия, «%1»: подписавший «%2» не выбран из списка.</translation>
    </message>
    <message>
        <source>The participant was a minor on %1, so the consent to the processing of personal data must be signed by a parent or legal representative (002, item 4.17; 152-FZ art. 9). Choose the signer in «Consents».</source>
        <translation>На %1 участник был несовершеннолетним, поэтому согласие на обработку персональных данных должен подписать родитель или законный представитель (002, п. 4.17; ст. 9 152-ФЗ). Выберите подписавшего на вкладке «Согласия».</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::ProfileEditor</name>
    <message>
        <source>pedagogical</source>
        <translation>педагогический</translation>
    </message>
    <message>
        <source>managerial</source>
        <translation>управленческий</translation>
    </message>
    <message>
        <source>methodical</source>
        <translation>методический</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Forms and mentors</source>
        <translation>Формы и наставники</translation>
    </message>
    <message>
        <source>Terms and deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Перечни</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>e.g. Provision of our school of 01.09.2025</source>
        <translation>например, Положение о наставничестве СОШ № 1 от 01.09.2025</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>Latin letters, digits, «-» and «_»: exchange files and the command line name the profile by it. It cannot be changed later.</source>
        <translation>Латинские буквы, цифры, «-» и «_»: по коду профиль называют файлы обмена и командная строка. Позже код изменить нельзя.</translation>
    </message>
    <message>
        <source>Based on:</source>
        <translation>На основе:</translation>
    </message>
    <message>
        <source>&amp;Source document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>&amp;Clause of changed values:</source>
        <translation>&amp;Основание изменённых значений:</translation>
    </message>
    <message>
        <source>A value you change no longer comes from the built-in provision: findings then cite this instead of its clause, e.g. «Положение о наставничестве, п. 3.2».</source>
        <translation>Изменённое значение уже не взято из встроенного положения: нарушения будут ссылаться на указанное здесь основание, например «Положение о наставничестве, п. 3.2».</translation>
    </message>
    <message>
        <source>Forms of mentoring</source>
        <translation>Формы наставничества</translation>
    </message>
    <message>
        <source>Group forms (not counted against the cap)</source>
        <translation>Групповые формы (не учитываются в ограничении)</translation>
    </message>
    <message>
        <source>Per form</source>
        <translation>По формам</translation>
    </message>
    <message>
        <source>The cap on mentees of one mentor in this form (empty: the general cap of «Terms and deadlines»), the experience a mentor needs and the document a mentor must have.</source>
        <translation>Сколько наставляемых может быть у одного наставника в этой форме («общее» — ограничение со вкладки «Сроки»), какой опыт нужен наставнику и какой документ он должен иметь.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Cap on mentees</source>
        <translation>Наставляемых не более</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Стаж</translation>
    </message>
    <message>
        <source>Years at least</source>
        <translation>Лет не менее</translation>
    </message>
    <message>
        <source>Mentor&apos;s document</source>
        <translation>Документ наставника</translation>
    </message>
    <message>
        <source>general</source>
        <translation>общее</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>не требуется</translation>
    </message>
    <message>
        <source>Mentees and terms</source>
        <translation>Наставляемые и сроки наставничества</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>не ограничено</translation>
    </message>
    <message>
        <source>&amp;Mentees of one mentor at once:</source>
        <translation>&amp;Наставляемых у одного наставника:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>&amp;Longest term:</source>
        <translation>&amp;Наибольший срок:</translation>
    </message>
    <message>
        <source>&amp;Shortest term:</source>
        <translation>Н&amp;аименьший срок:</translation>
    </message>
    <message>
        <source>Deadlines in working days</source>
        <translation>Сроки в рабочих днях</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> раб. дн.</translation>
    </message>
    <message>
        <source>Individual &amp;plan after the start:</source>
        <translation>Индивидуальный &amp;план после начала:</translation>
    </message>
    <message>
        <source>&amp;Report and questionnaire after the end:</source>
        <translation>&amp;Отчёт и анкета после окончания:</translation>
    </message>
    <message>
        <source>&amp;Notice of an early completion:</source>
        <translation>П&amp;редупреждение о досрочном прекращении:</translation>
    </message>
    <message>
        <source>Labour Code art. 351.8</source>
        <translation>Статья 351.8 ТК РФ</translation>
    </message>
    <message>
        <source>Supplementary &amp;agreement for pairs from:</source>
        <translation>Дополнительное &amp;соглашение для пар с:</translation>
    </message>
    <message>
        <source>Empty: not required.</source>
        <translation>Пусто — не требуется.</translation>
    </message>
    <message>
        <source>Validity of documents</source>
        <translation>Срок действия документов</translation>
    </message>
    <message>
        <source>Months from issue, for documents without a «valid until» date (0: without a limit).</source>
        <translation>Месяцев со дня выдачи — для документов без даты «действителен до» (0 — без ограничения).</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцев</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>Grounds for replacing a mentor</source>
        <translation>Основания замены наставника</translation>
    </message>
    <message>
        <source>Reasons for an extension</source>
        <translation>Причины продления</translation>
    </message>
    <message>
        <source>Documents of an external mentor</source>
        <translation>Документы внешнего наставника</translation>
    </message>
    <message>
        <source>…in addition, for work with pupils</source>
        <translation>…дополнительно для работы с обучающимися</translation>
    </message>
    <message>
        <source>The rules checked under this profile. A rule that is on needs its numbers and lists (a deadline, a list of grounds).</source>
        <translation>Правила, проверяемые по этому профилю. Для включённого правила должны быть заданы его числа и перечни (срок, перечень оснований).</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>%1 — own provision</source>
        <translation>%1 — собственное положение</translation>
    </message>
    <message>
        <source>%1 — own provision %2</source>
        <translation>%1 — собственное положение %2</translation>
    </message>
    <message>
        <source>New provision profile</source>
        <translation>Новый профиль положения</translation>
    </message>
    <message>
        <source>New provision profile «%1»</source>
        <translation>Новый профиль положения «%1»</translation>
    </message>
    <message>
        <source>Provision profile «%1»</source>
        <translation>Профиль положения «%1»</translation>
    </message>
    <message>
        <source>Clause of changed values: name your provision (and its point), e.g. «%1».</source>
        <translation>Основание изменённых значений: укажите ваше положение (и его пункт), например «%1».</translation>
    </message>
    <message>
        <source>The id «%1» is taken by another profile: choose another.</source>
        <translation>Код «%1» уже занят другим профилем: выберите другой.</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::ProfilePage</name>
    <message>
        <source>Make &amp;active</source>
        <translation>Сделать &amp;действующим</translation>
    </message>
    <message>
        <source>Create &amp;own profile based on…</source>
        <translation>Создать &amp;свой профиль на основе…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Provision profile</source>
        <translation>Профиль положения</translation>
    </message>
    <message>
        <source>The rules of the profile are checked for every pair and person («Check», «Today», the cards). An organisation whose own provision differs creates its own profile as a copy of a built-in one and changes the numbers and lists.</source>
        <translation>Правила профиля проверяются для каждой пары и каждого участника («Проверка», «Сегодня», карточки). Если положение организации отличается, создайте свой профиль — копию встроенного — и измените в нём числа и перечни.</translation>
    </message>
    <message>
        <source>The organisation works under the profile shown; saved with «Save»</source>
        <translation>Организация работает по показанному профилю; сохраняется кнопкой «Сохранить»</translation>
    </message>
    <message>
        <source>Change the numbers and lists of your own profile</source>
        <translation>Изменить числа и перечни своего профиля</translation>
    </message>
    <message>
        <source>Delete your own profile (not the active one)</source>
        <translation>Удалить свой профиль (кроме действующего)</translation>
    </message>
    <message>
        <source>own profile, based on «%1»</source>
        <translation>свой профиль на основе «%1»</translation>
    </message>
    <message>
        <source>The organisation works under: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Организация работает по профилю: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changed: takes effect when you press «Save».</source>
        <translation>Изменено: вступит в силу после нажатия «Сохранить».</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>The active profile.</source>
        <translation>Действующий профиль.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>Choose the provision profile the organisation works under.</source>
        <translation>Выберите профиль положения, по которому работает организация.</translation>
    </message>
    <message>
        <source>Create own profile</source>
        <translation>Создание своего профиля</translation>
    </message>
    <message>
        <source>Delete a profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <source>The profile «%1» is chosen as the organisation&apos;s active profile. Choose another profile for the organisation first.</source>
        <translation>Профиль «%1» выбран действующим профилем организации. Сначала выберите для организации другой профиль.</translation>
    </message>
    <message>
        <source>Delete your own profile «%1»? This cannot be undone.</source>
        <translation>Удалить свой профиль «%1»? Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::ProfileRowsModel</name>
    <message>
        <source>by secondary sources — confirm</source>
        <translation>по вторичным источникам — уточните</translation>
    </message>
    <message>
        <source>%1, by secondary sources — confirm</source>
        <translation>%1, по вторичным источникам — уточните</translation>
    </message>
    <message>
        <source>Clause: %1</source>
        <translation>Основание: %1</translation>
    </message>
    <message>
        <source>The value is reported by secondary sources only (Government Decree № 1296 of 2019 is not among the source documents): confirm it in the organisation&apos;s own provision.</source>
        <translation>Значение известно только по вторичным источникам (постановления Правительства РФ № 1296 от 2019 года нет среди исходных документов): уточните его по положению организации.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Основание</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::QuestionnaireEditor</name>
    <message>
        <source>e.g. 002 cl. 8.3</source>
        <translation>например, 002 п. 8.3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Options (separated by «;»)</source>
        <translation>Варианты (через «;»)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>answers:</source>
        <translation>заполняет:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Назначение:</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>Пункт положения:</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation>Инструкция:</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>A scale question is answered with a number from 1 to 10; a choice needs two options at least.</source>
        <translation>На вопрос со шкалой отвечают числом от 1 до 10; у вопроса с выбором должно быть не меньше двух вариантов.</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation>Новая анкета</translation>
    </message>
    <message numerus="yes">
        <source>This version has %n answer(s). The questions changed: saving stores them as version %1; the answers given stay with version %2.</source>
        <translation>
            <numerusform>На эту версию уже есть %n ответ. Вопросы изменены: при сохранении они станут версией %1, а данные ответы останутся при версии %2.</numerusform>
            <numerusform>На эту версию уже есть %n ответа. Вопросы изменены: при сохранении они станут версией %1, а данные ответы останутся при версии %2.</numerusform>
            <numerusform>На эту версию уже есть %n ответов. Вопросы изменены: при сохранении они станут версией %1, а данные ответы останутся при версии %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This version has %n answer(s): its title and instruction change in place; a change of the questions is saved as a new version.</source>
        <translation>
            <numerusform>На эту версию уже есть %n ответ: название и инструкция меняются на месте, а изменение вопросов сохраняется как новая версия.</numerusform>
            <numerusform>На эту версию уже есть %n ответа: название и инструкция меняются на месте, а изменение вопросов сохраняется как новая версия.</numerusform>
            <numerusform>На эту версию уже есть %n ответов: название и инструкция меняются на месте, а изменение вопросов сохраняется как новая версия.</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База не открыта.</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::QuestionnaireListModel</name>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation>Кто заполняет</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответов</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::QuestionnairesSection</name>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Blank to print…</source>
        <translation>Бланк для печати…</translation>
    </message>
    <message>
        <source>Enter answers</source>
        <translation>Ввести ответы</translation>
    </message>
    <message>
        <source>Delete the version</source>
        <translation>Удалить версию</translation>
    </message>
    <message>
        <source>Questionnaires and tests</source>
        <translation>Анкеты и тесты</translation>
    </message>
    <message>
        <source>Satisfaction questionnaires (002 cl. 8.3), the mentee&apos;s final evaluation (004 cl. 6.1), the curator&apos;s questionnaire, the preference survey; entry and final testing (000 cl. 5.3.1).</source>
        <translation>Анкеты удовлетворённости (002 п. 8.3), итоговая оценка наставничества наставляемым (004 п. 6.1), анкета куратора, анкета предпочтений; входное и итоговое тестирование (000 п. 5.3.1).</translation>
    </message>
    <message>
        <source>New questionnaire…</source>
        <translation>Новая анкета…</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>Entry of answers</source>
        <translation>Ввод ответов</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <source>Delete this version of the questionnaire?</source>
        <translation>Удалить эту версию анкеты?</translation>
    </message>
    <message>
        <source>All questionnaires</source>
        <translation>Все анкеты</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> от %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>current</source>
        <translation>текущая</translation>
    </message>
    <message>
        <source>built in, not changed</source>
        <translation>встроенная, без изменений</translation>
    </message>
    <message>
        <source>answers: %1</source>
        <translation>заполняет: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation>Новая анкета</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s) filled in</source>
        <translation>
            <numerusform>Заполнена %n анкета</numerusform>
            <numerusform>Заполнено %n анкеты</numerusform>
            <numerusform>Заполнено %n анкет</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the answers</source>
        <translation>Удалить ответы</translation>
    </message>
    <message>
        <source>Delete this filled-in questionnaire?</source>
        <translation>Удалить эту заполненную анкету?</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::ResponsesModel</name>
    <message>
        <source>anonymous</source>
        <translation>аноним</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (версия %2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Кто заполнил</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответов</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::RoadmapModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>выполнено %1 из %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Выполнено %1</translation>
    </message>
    <message>
        <source>Overdue: the deadline was %1 and the activity is not done.</source>
        <translation>Просрочено: срок был %1, мероприятие не выполнено.</translation>
    </message>
    <message>
        <source>Stage and activity</source>
        <translation>Этап и мероприятие</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Result, document</source>
        <translation>Результат, документ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::RoadmapSection</name>
    <message>
        <source>Create from the template for a school year…</source>
        <translation>Создать по шаблону на учебный год…</translation>
    </message>
    <message>
        <source>&amp;Add an activity</source>
        <translation>&amp;Добавить мероприятие</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Печать / PDF…</translation>
    </message>
    <message>
        <source>Prepare the approval order</source>
        <translation>Подготовить приказ об утверждении</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>The stages and activities of the target model of mentoring for the school year, with deadlines and the people responsible (002, Appendix 1).</source>
        <translation>Этапы и мероприятия реализации целевой модели наставничества на учебный год со сроками и ответственными (002, приложение 1).</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>Add a stage…</source>
        <translation>Добавить этап…</translation>
    </message>
    <message>
        <source>Rename the stage…</source>
        <translation>Переименовать этап…</translation>
    </message>
    <message>
        <source>Delete this roadmap…</source>
        <translation>Удалить эту дорожную карту…</translation>
    </message>
    <message>
        <source>Delete the roadmap</source>
        <translation>Удалить дорожную карту</translation>
    </message>
    <message>
        <source>Delete the roadmap «%1» with all its activities? This cannot be undone.</source>
        <translation>Удалить дорожную карту «%1» со всеми мероприятиями? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>График</translation>
    </message>
    <message>
        <source>There is no roadmap yet.

Create the roadmap of a school year from the built-in template of the school roadmap (002, Appendix 1): «Create from the template for a school year…».
Then adjust dates, responsible people and activities to your school.</source>
        <translation>Дорожной карты пока нет.

Создайте дорожную карту учебного года по встроенному шаблону школьной дорожной карты (002, приложение 1): «Создать по шаблону на учебный год…».
Затем уточните сроки, ответственных и мероприятия для своей школы.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies): </source>
        <translation>
            <numerusform>%n мероприятие: </numerusform>
            <numerusform>%n мероприятия: </numerusform>
            <numerusform>%n мероприятий: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 in progress, %3 overdue</source>
        <translation>выполнено %1, выполняется %2, просрочено %3</translation>
    </message>
    <message>
        <source>no approval order yet</source>
        <translation>приказа об утверждении пока нет</translation>
    </message>
    <message>
        <source>Open the approval order</source>
        <translation>Открыть приказ об утверждении</translation>
    </message>
    <message>
        <source>Roadmap from the template</source>
        <translation>Дорожная карта по шаблону</translation>
    </message>
    <message>
        <source>The school year the roadmap is for (dates are moved to it):</source>
        <translation>Учебный год дорожной карты (сроки будут перенесены на него):</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База не открыта.</translation>
    </message>
    <message>
        <source>There is already a roadmap for the school year %1/%2: it is shown now.</source>
        <translation>Дорожная карта на %1/%2 учебный год уже есть — она показана.</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <source>Title of the stage:</source>
        <translation>Название этапа:</translation>
    </message>
    <message>
        <source>Create or choose a roadmap first.</source>
        <translation>Сначала создайте или выберите дорожную карту.</translation>
    </message>
    <message>
        <source>Rename the stage</source>
        <translation>Переименовать этап</translation>
    </message>
    <message>
        <source>Choose a stage first.</source>
        <translation>Сначала выберите этап.</translation>
    </message>
    <message>
        <source>Delete the activity «%1» from the roadmap?</source>
        <translation>Удалить мероприятие «%1» из дорожной карты?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage «%1» with its %n activity(ies)?</source>
        <translation>
            <numerusform>Удалить этап «%1» и его %n мероприятие?</numerusform>
            <numerusform>Удалить этап «%1» и его %n мероприятия?</numerusform>
            <numerusform>Удалить этап «%1» и его %n мероприятий?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Approval order</source>
        <translation>Приказ об утверждении</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::RoadmapTimeline</name>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>%1
%2 – %3</source>
        <translation>%1
%2 – %3</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>As in the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>The new language is applied after Nastavnik is restarted. Documents are always in Russian.</source>
        <translation>Новый язык будет применён после перезапуска программы. Документы всегда формируются на русском языке.</translation>
    </message>
    <message>
        <source>Backup copies</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Daily copies to &amp;keep:</source>
        <translation>&amp;Хранить ежедневных копий:</translation>
    </message>
    <message>
        <source>Once a day, when a database is opened, a copy is written to the folder «&lt;name&gt;-backups» beside the file; older copies beyond this number are removed.</source>
        <translation>Раз в день при открытии базы её копия записывается в папку «&lt;имя&gt;-backups» рядом с файлом; более старые копии сверх этого числа удаляются.</translation>
    </message>
    <message>
        <source>Provision profile</source>
        <translation>Профиль положения</translation>
    </message>
    <message>
        <source>Production calendar</source>
        <translation>Производственный календарь</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::TestResultsModel</name>
    <message>
        <source>%1 (%2 p.p.)</source>
        <translation>%1 (%2 п. п.)</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Наставляемый</translation>
    </message>
    <message>
        <source>Form of mentoring</source>
        <translation>Форма наставничества</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Входное</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Итоговое</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Прирост</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::TestsPanel</name>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add a result…</source>
        <translation>Добавить результат…</translation>
    </message>
    <message>
        <source>Delete the result</source>
        <translation>Удалить результат</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Тесты</translation>
    </message>
    <message>
        <source>New test…</source>
        <translation>Новый тест…</translation>
    </message>
    <message>
        <source>Results at the entry and at the end</source>
        <translation>Результаты входного и итогового тестирования</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>Add the entry and final tests (000 cl. 5.3.1) with «New test…».</source>
        <translation>Добавьте тесты для входного и итогового тестирования (000 п. 5.3.1) кнопкой «Новый тест…».</translation>
    </message>
    <message>
        <source>Growth: no mentee has both results yet.</source>
        <translation>Прирост: ни у одного наставляемого пока нет обоих результатов.</translation>
    </message>
    <message>
        <source>Average growth: %1 p.p. of the maximum score</source>
        <translation>Средний прирост: %1 п. п. от максимального балла</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База не открыта.</translation>
    </message>
    <message>
        <source>New test</source>
        <translation>Новый тест</translation>
    </message>
    <message>
        <source>any form</source>
        <translation>любая форма</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Maximum score:</source>
        <translation>Максимальный балл:</translation>
    </message>
    <message>
        <source>For the form:</source>
        <translation>Для формы:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Delete the test</source>
        <translation>Удалить тест</translation>
    </message>
    <message>
        <source>Delete the test «%1» with all its results (%2)?</source>
        <translation>Удалить тест «%1» со всеми результатами (%2)?</translation>
    </message>
    <message>
        <source>Result of «%1»</source>
        <translation>Результат: «%1»</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> из %1</translation>
    </message>
    <message>
        <source>Mentee:</source>
        <translation>Наставляемый:</translation>
    </message>
    <message>
        <source>Testing:</source>
        <translation>Тестирование:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Балл:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Choose the mentee from the base of participants.</source>
        <translation>Выберите наставляемого из базы участников.</translation>
    </message>
    <message>
        <source>Delete the %1 result of %2?</source>
        <translation>Удалить результат (%1) участника %2?</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::TodaySection</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Deadlines of the pairs: individual plans, reports and questionnaires, the end of mentoring, plan items and documents of the participants.</source>
        <translation>Сроки по парам: индивидуальные планы, отчёты и анкеты, окончание наставничества, мероприятия планов и документы участников.</translation>
    </message>
    <message>
        <source>The deadlines could not be read.

%1</source>
        <translation>Сроки не удалось прочитать.

%1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>на этой неделе</translation>
    </message>
    <message>
        <source>in the next 14 days</source>
        <translation>в ближайшие 14 дней</translation>
    </message>
    <message>
        <source>No deadlines: nothing is overdue, and nothing falls due in the next 14 days.</source>
        <translation>Сроков нет: ничего не просрочено, и в ближайшие 14 дней ничего не наступает.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n нарушение</numerusform>
            <numerusform>%n нарушения</numerusform>
            <numerusform>%n нарушений</numerusform>
        </translation>
    </message>
    <message>
        <source>against the rules of the profile «%1»:</source>
        <translation>правил профиля «%1»:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more rule(s)</source>
        <translation>
            <numerusform>…и ещё %n правило</numerusform>
            <numerusform>…и ещё %n правила</numerusform>
            <numerusform>…и ещё %n правил</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the changes…</source>
        <translation>Проверяются изменения…</translation>
    </message>
    <message>
        <source>Checked on %1; the check runs again after every change.</source>
        <translation>Проверено на %1; проверка повторяется после каждого изменения.</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Проверка:</translation>
    </message>
    <message>
        <source>checking the data…</source>
        <translation>идёт проверка данных…</translation>
    </message>
    <message>
        <source>no findings, the data meets the rules of the profile «%1».</source>
        <translation>нарушений нет, данные соответствуют правилам профиля «%1».</translation>
    </message>
    <message>
        <source>Reading the deadlines…</source>
        <translation>Читаются сроки…</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::Workspace</name>
    <message>
        <source>«%1» already exists, and a new database is only created as a new file. Choose another name, or open that file with File → Open.</source>
        <translation>Файл «%1» уже существует, а новая база создаётся только в новом файле. Выберите другое имя или откройте этот файл через «Файл → Открыть».</translation>
    </message>
    <message>
        <source>The database was opened, but today&apos;s backup copy could not be written: %1</source>
        <translation>База открыта, но сегодняшнюю резервную копию записать не удалось: %1</translation>
    </message>
</context>
<context>
    <name>nastavnik::ui::YearCalendarView</name>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной день</translation>
    </message>
    <message>
        <source>public holiday (Labour Code art. 112)</source>
        <translation>нерабочий праздничный день (ст. 112 ТК РФ)</translation>
    </message>
</context>
</TS>
