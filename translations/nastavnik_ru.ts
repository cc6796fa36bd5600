<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Cli</name>
    <message>
        <source>Usage:
  nastavnik-cli demo DB
  nastavnik-cli import FILE.json DB
  nastavnik-cli export DB FILE.json
  nastavnik-cli check (DB | FILE.json) [--profile ID] [--today YYYY-MM-DD] [--format text|json]
  nastavnik-cli workdays add DATE N
  nastavnik-cli render DB KIND ID OUT.(pdf|odt)
</source>
        <translation>Использование:
  nastavnik-cli demo БАЗА
  nastavnik-cli import ФАЙЛ.json БАЗА
  nastavnik-cli export БАЗА ФАЙЛ.json
  nastavnik-cli check (БАЗА | ФАЙЛ.json) [--profile ПРОФИЛЬ] [--today ГГГГ-ММ-ДД] [--format text|json]
  nastavnik-cli workdays add ДАТА N
  nastavnik-cli render БАЗА ВИД ID ВЫХОД.(pdf|odt)
</translation>
    </message>
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
        <source>check: reading exchange files is not supported yet: «%1». Import the file into a database and check the database.</source>
        <translation>check: проверка файлов обмена пока не поддерживается: «%1». Импортируйте файл в базу и проверьте базу.</translation>
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
        <source>row counts</source>
        <translation>число строк</translation>
    </message>
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
    <name>XlsxReader</name>
    <message>
        <source>it cannot be unpacked</source>
        <translation>его не удаётся распаковать</translation>
    </message>
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
    <name>OdtPageStyle</name>
    <message>
        <source>The OpenDocument file could not be assembled.</source>
        <translation>Не удалось собрать файл OpenDocument.</translation>
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
</TS>
